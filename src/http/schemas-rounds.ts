// OpenAPI schemas of the rounds, ITAs and applications routes' answers (src/http/routes/rounds.ts); the web takes its
// types from them.
import { z } from '@hono/zod-openapi';
import { APPLICATION_STATUSES } from '../app/ports/applications.ts';
import { ITA_STATUSES, ROUND_STATUSES } from '../app/ports/rounds.ts';
import { type DdField } from '../domain/round-report.ts';
import { CRS_BANDS, ROUND_PROGRAMS, ROUND_TYPE_CODES } from '../domain/rounds.ts';
import { PROGRAMS, PROVINCES } from '../domain/vocabulary.ts';
import { instant } from './schemas.ts';

const day = z.string().openapi({ format: 'date', example: '2026-10-18' });
const program = z.enum(ROUND_PROGRAMS);

export const bandSchema = z.object({ band: z.string().openapi({ example: '451-500' }), from: z.number().int(), to: z.number().int(), count: z.number().int() }).openapi('CrsBandCount');
export const labelSchema = z.object({ en: z.string(), fr: z.string() });

export const roundSpecSchema = z
  .object({
    type: z.enum(ROUND_TYPE_CODES),
    program: program.optional().openapi({ description: 'Only for a program round' }),
    category: z.string().optional().openapi({ description: 'Only for a category round: french, healthcare, stem, trades, transport, agriculture, education, …', example: 'french' }),
    size: z.number().int().optional().openapi({ description: 'Number of invitations at most (≥ 1); give size, minimumCrs or both' }),
    minimumCrs: z.number().int().optional().openapi({ description: 'Lowest CRS score invited (0–1200)' }),
    instant: instant.openapi({ description: 'When the round runs, ISO 8601 UTC: the pool, the rules and eligibility are taken at it' }),
  })
  .strict()
  .openapi('RoundSpec');

export const countsSchema = z.object({
  byProgram: z.record(z.string(), z.number().int()),
  byCategory: z.record(z.string(), z.number().int()),
  byProvince: z.record(z.string(), z.number().int()),
  byBand: z.array(bandSchema),
});

export const outcomeFields = {
  cutoff: z.number().int().nullable().openapi({ description: 'Lowest score invited; null when nobody is' }),
  tieBreak: instant.nullable().openapi({ description: 'Submission instant of the last invited candidate' }),
  invitedCount: z.number().int(),
  poolSize: z.number().int().openapi({ description: 'Profiles in the pool at the round’s instant' }),
  eligibleCount: z.number().int().openapi({ description: 'Of those, profiles the round could invite' }),
  counts: countsSchema.openapi({ description: 'Invited candidates by program, category, province and IRCC band' }),
  poolDistribution: z.array(bandSchema).openapi({ description: 'The whole pool at the instant, in IRCC’s bands' }),
};
export const outcomeSummarySchema = z.object(outcomeFields).openapi('RoundOutcomeSummary');
export const invitationSchema = z.object({ profileId: z.string(), candidateId: z.string(), score: z.number().int(), submittedAt: instant, program });
export const outcomeSchema = z
  .object({ ...outcomeFields, invited: z.array(invitationSchema).openapi({ description: 'Who would be invited, in rank order' }) })
  .openapi('RoundOutcome');

const ddFields = Object.fromEntries(CRS_BANDS.map((_b, i) => [`dd${i + 1}`, z.string()])) as Record<DdField, z.ZodString>;

export const roundReportSchema = z
  .object({
    drawNumber: z.string(),
    drawDate: z.string(),
    drawDateFull: z.string(),
    drawName: z.string(),
    drawSize: z.string(),
    drawCRS: z.string(),
    drawText2: z.string(),
    drawDateTime: z.string(),
    drawCutOff: z.string(),
    drawDistributionAsOn: z.string(),
    ...ddFields,
    number: z.number().int(),
    numberSuffix: z.string().optional(),
    date: day,
    instant,
    name: labelSchema,
    type: z.enum(ROUND_TYPE_CODES),
    program: program.nullable(),
    category: z.string().nullable(),
    categoryVersion: z.string().nullable(),
    eligiblePrograms: z.array(program),
    size: z.number().int(),
    cutoff: z.number().int().nullable(),
    tieBreak: instant.nullable(),
    rulesVersion: day,
    distributionAsOf: day,
    distribution: z.array(bandSchema),
  })
  .openapi('RoundReport', {
    description:
      'A published round: the fields of IRCC’s feed (drawNumber … dd18, texts formatted as IRCC does) followed by clean typed fields ' +
      '(ISO 8601 UTC instants, enumerated type, program and category, counts as numbers).',
  });

export const roundViewSchema = z
  .object({
    number: z.number().int(),
    status: z.enum(ROUND_STATUSES),
    statusText: z.string(),
    name: labelSchema.openapi({ description: 'The round’s public name in English and French' }),
    spec: roundSpecSchema,
    instant,
    draftedBy: z.string().openapi({ format: 'uuid' }),
    approvedBy: z.string().nullable(),
    executedAt: instant.nullable(),
    cutoff: z.number().int().nullable(),
    tieBreak: instant.nullable(),
    rulesVersion: day.nullable(),
    result: outcomeSummarySchema.nullable().openapi({ description: 'The last simulation’s outcome, or the execution’s (without the list of names)' }),
    report: roundReportSchema.nullable().openapi({ description: 'Once published' }),
    createdAt: instant,
    updatedAt: instant,
  })
  .openapi('RoundView');

export const itaViewSchema = z
  .object({
    id: z.string().openapi({ format: 'uuid' }),
    roundNumber: z.number().int(),
    profileId: z.string(),
    candidateId: z.string(),
    program,
    programText: z.string(),
    score: z.number().int(),
    issuedAt: instant,
    deadline: day.openapi({ description: 'Last day to answer (60 days after the day of issue)' }),
    status: z.enum(ITA_STATUSES),
    statusText: z.string(),
    answeredAt: instant.nullable(),
  })
  .openapi('ItaView');

export const applicationViewSchema = z
  .object({
    id: z.string().openapi({ format: 'uuid' }),
    itaId: z.string(),
    profileId: z.string(),
    candidateId: z.string(),
    program,
    programText: z.string(),
    status: z.enum(APPLICATION_STATUSES),
    statusText: z.string(),
    submitBy: day.openapi({ description: 'Last day to submit the application: the ITA’s deadline' }),
    createdAt: instant,
    updatedAt: instant,
  })
  .openapi('ApplicationView');

export const reasonSchema = z.object({
  code: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  message: z.string().openapi({ description: 'The reason in words, in the language of the response' }),
});

export const whyNotInvitedSchema = z
  .object({
    round: z.number().int(),
    invited: z.boolean(),
    reasons: z.array(reasonSchema).openapi({ description: '[] when invited (or when the candidate had no profile in the pool)' }),
    score: z.number().int().nullable(),
    cutoff: z.number().int().nullable(),
    tieBreak: instant.nullable(),
  })
  .openapi('WhyNotInvited');

export const irccRoundSchema = z
  .object({
    number: z.number().int(),
    numberSuffix: z.string().optional(),
    drawNumber: z.string(),
    date: day,
    instant,
    name: z.string(),
    type: z.enum(ROUND_TYPE_CODES).nullable(),
    program: program.nullable(),
    category: z.string().nullable(),
    categoryVersion: z.string().nullable(),
    eligiblePrograms: z.array(program),
    size: z.number().int(),
    cutoff: z.number().int(),
    tieBreak: instant.nullable(),
    distributionAsOf: day,
    distribution: z.array(bandSchema),
    notes: z.array(z.string()).openapi({ description: 'Oddities of IRCC’s record, kept as published (ircc.note.<code>)' }),
  })
  .openapi('IrccRound');

export const poolEntrySchema = z
  .object({
    id: z.string().openapi({ format: 'uuid', description: 'The profile (GET /api/officer/profiles/{id} reads the file, audited)' }),
    number: z.number().int(),
    candidateId: z.string(),
    scoreTotal: z.number().int(),
    submittedAt: instant,
    expiresAt: instant,
    eligiblePrograms: z.array(z.enum(PROGRAMS)),
    intendedProvince: z.enum(PROVINCES).nullable(),
    rulesVersion: day.nullable(),
  })
  .openapi('PoolEntry');
