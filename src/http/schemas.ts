// OpenAPI schemas of the API's responses (zod from @hono/zod-openapi). Request bodies reuse the shared input schemas
// of src/app/schemas.ts (registered as components); they are validated by the use cases, not duplicated here.
import { z } from '@hono/zod-openapi';
import { toJSONSchema } from 'zod';
import { crsFactorsSchema, profileSchema } from '../app/schemas.ts';
import { isIsoDate } from '../domain/dates.ts';
import { EPOCH } from '../domain/rules/index.ts';
import { LANGS } from '../i18n/index.ts';

/** Registered as components by createHttpApp so request bodies can point at them. */
export const INPUT_COMPONENTS = { CrsFactors: crsFactorsSchema, Profile: profileSchema } as const;

/**
 * The shared input schemas as JSON Schema (draft 2020-12, the dialect of OpenAPI 3.1), converted by zod itself: the
 * schemas stay plain zod in src/app (no OpenAPI extension needed there).
 */
export function inputComponentSchemas(): Record<keyof typeof INPUT_COMPONENTS, Record<string, unknown>> {
  const convert = (schema: z.ZodType) => {
    const { $schema: _dialect, ...json } = toJSONSchema(schema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
    return json;
  };
  return { CrsFactors: convert(crsFactorsSchema), Profile: convert(profileSchema) };
}

/** A body validated by the use case (field errors come from app/schemas.ts), described in OpenAPI by reference. */
export function inputBody(description: string, refs: readonly (keyof typeof INPUT_COMPONENTS)[]) {
  const oneOf = refs.map((r) => ({ $ref: `#/components/schemas/${r}` }));
  return {
    required: true,
    description,
    content: {
      'application/json': {
        schema: z.unknown().openapi(oneOf.length === 1 ? oneOf[0]! : { oneOf }),
      },
    },
  };
}

/** An instant, ISO 8601 UTC. */
export const instant = z.string().openapi({ format: 'date-time', example: '2025-06-01T12:00:00.000Z' });

export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).openapi({ format: 'date', example: '2025-06-01' });

/** `?asOf=`: a calendar day on or after 2015-01-01 (default: today, UTC). */
export const asOfQuery = z
  .string()
  .refine((v) => isIsoDate(v) && v >= EPOCH, { message: `date (YYYY-MM-DD) on or after ${EPOCH}` })
  .optional()
  .openapi({ param: { name: 'asOf', in: 'query' }, description: `Evaluate with the rules in force on this day (YYYY-MM-DD, ≥ ${EPOCH}); default today (UTC).`, example: '2025-06-01' });

export const langQuery = z
  .enum(LANGS)
  .optional()
  .openapi({ param: { name: 'lang', in: 'query' }, description: 'Language of the worded parts of the answer (default: cookie ee_lang, then Accept-Language, then fr).' });

const paramValue = z.union([z.string(), z.number(), z.boolean()]);

export const findingSchema = z
  .object({
    code: z.string(),
    severity: z.enum(['info', 'warning']),
    params: z.record(z.string(), paramValue).optional(),
    message: z.string().openapi({ description: 'The finding in words, in the language of the response' }),
  })
  .openapi('Finding');

export const explanationLineSchema = z
  .object({
    block: z.enum(['core', 'spouse', 'transferability', 'additional']),
    factor: z.string().openapi({ example: 'age' }),
    label: z.string().openapi({ description: 'The factor in words', example: 'Âge' }),
    input: z.union([z.string(), z.number(), z.boolean(), z.null()]),
    points: z.number().int(),
    parameter: z.string().openapi({ description: 'Id of the rule parameter applied (GET /api/rules/{id})', example: 'crs.core.age' }),
    reference: z.string(),
  })
  .openapi('ExplanationLine');

export const crsScoreSchema = z
  .object({
    asOf: isoDate,
    rulesVersion: isoDate.openapi({ description: 'The latest rule change on or before asOf' }),
    total: z.number().int(),
    core: z.number().int(),
    spouse: z.number().int(),
    transferability: z.number().int(),
    additional: z.number().int(),
    lines: z.array(explanationLineSchema),
    findings: z.array(findingSchema),
  })
  .openapi('CrsScore');

const fswGridSchema = z.object({
  language: z.number(),
  education: z.number(),
  experience: z.number(),
  age: z.number(),
  arrangedEmployment: z.number(),
  adaptability: z.number(),
  total: z.number(),
  passMark: z.number(),
});

const programResultSchema = z.object({
  program: z.enum(['fsw', 'cec', 'fst']),
  eligible: z.boolean(),
  reasons: z.array(findingSchema),
  fswGrid: fswGridSchema.optional(),
});

export const eligibilitySchema = z
  .object({
    asOf: isoDate,
    rulesVersion: isoDate,
    expressEntryEligible: z.boolean(),
    programs: z.object({ fsw: programResultSchema, cec: programResultSchema, fst: programResultSchema }),
    findings: z.array(findingSchema),
  })
  .openapi('Eligibility');

export const adviceSchema = z
  .object({
    asOf: isoDate,
    rulesVersion: isoDate,
    current: z.number().int(),
    suggestions: z.array(
      z.object({
        code: z.string(),
        pointsGained: z.number().int(),
        params: z.record(z.string(), paramValue),
        on: isoDate.optional(),
        message: z.string(),
      }),
    ),
    warnings: z.array(findingSchema),
  })
  .openapi('Advice');

export const nocHitSchema = z
  .object({
    code: z.string().openapi({ example: '21231' }),
    teer: z.number().int().min(0).max(5),
    majorGroup: z.string(),
    title: z.string().openapi({ description: 'Title in the language of the response' }),
    titleEn: z.string(),
    titleFr: z.string(),
    match: z.enum(['code', 'code_prefix', 'title_prefix', 'title_words', 'example_title']),
    matchedLang: z.enum(['en', 'fr']),
    matchedExample: z.string().optional(),
  })
  .openapi('NocHit');

export const nocSearchSchema = z.object({ query: z.string(), hits: z.array(nocHitSchema) }).openapi('NocSearch');

const labelSchema = z.object({ en: z.string(), fr: z.string() });
const referenceSchema = z.object({ title: z.string(), url: z.string().optional() });

export const ruleInForceSchema = z
  .object({
    id: z.string(),
    label: labelSchema,
    from: isoDate,
    value: z.unknown(),
    references: z.array(referenceSchema).readonly(),
    unsure: z.string().optional(),
    versions: z.number().int(),
  })
  .openapi('RuleInForce');

export const ruleListSchema = z.object({ asOf: isoDate, rulesVersion: isoDate, rules: z.array(ruleInForceSchema) }).openapi('RuleList');

export const ruleSchema = z
  .object({
    id: z.string(),
    label: labelSchema,
    description: labelSchema.optional(),
    values: z
      .array(
        z.object({ from: isoDate, value: z.unknown(), references: z.array(referenceSchema).readonly(), unsure: z.string().optional(), note: z.string().optional() }),
      )
      .readonly(),
  })
  .openapi('Rule');

export const healthSchema = z
  .object({
    status: z.enum(['ok', 'degraded']),
    time: z.string(),
    rulesVersion: isoDate,
    checks: z.record(z.string(), z.enum(['ok', 'down'])),
  })
  .openapi('Health');

/** A 200 JSON response for the OpenAPI route declaration. */
export function jsonResponse<S extends z.ZodType>(schema: S, description: string) {
  return { description, content: { 'application/json': { schema } } };
}
