// Public routes (no account): CRS score, eligibility, advice, NOC search, the rules as code, health.
import { z, type OpenAPIHono } from '@hono/zod-openapi';
import { adviceForInput, eligibilityOfInput, scoreInput } from '../../app/evaluate.ts';
import { listRules, showRule } from '../../app/rules-catalog.ts';
import { rulesVersion } from '../../domain/rules/index.ts';
import { defineRoute } from '../access.ts';
import type { AppEnv } from '../deps.ts';
import { useLang } from '../lang.ts';
import { notFound, validationProblem } from '../problem.ts';
import { presentAdvice, presentEligibility, presentNocHit, presentScored } from '../present.ts';
import {
  adviceSchema,
  asOfQuery,
  crsScoreSchema,
  eligibilitySchema,
  healthSchema,
  inputBody,
  jsonResponse,
  langQuery,
  nocSearchSchema,
  ruleListSchema,
  ruleSchema,
} from '../schemas.ts';

const evaluationQuery = z.object({ asOf: asOfQuery, lang: langQuery });

const AS_OF_NOTE =
  'An `asOf` inside the body wins over the query parameter. Field errors (422) name each field, say what was expected, and word it in French or English.';

export const crsScoreRoute = defineRoute({
  access: 'public',
  method: 'post',
  path: '/api/crs/score',
  operationId: 'scoreCrs',
  tags: ['public'],
  summary: 'CRS score with its explanation / Note SCG et son explication',
  description: `Body: a CRS factors object or a full profile. ${AS_OF_NOTE}`,
  request: { query: evaluationQuery, body: inputBody('CRS factors or a full profile', ['CrsFactors', 'Profile']) },
  responses: { 200: jsonResponse(crsScoreSchema, 'The score, block by block, one line per factor') },
});

export const eligibilityRoute = defineRoute({
  access: 'public',
  method: 'post',
  path: '/api/eligibility',
  operationId: 'checkEligibility',
  tags: ['public'],
  summary: 'Eligibility per program (FSW, CEC, FST) / Admissibilité par programme',
  description: `Body: a full profile. ${AS_OF_NOTE}`,
  request: { query: evaluationQuery, body: inputBody('A full profile', ['Profile']) },
  responses: { 200: jsonResponse(eligibilitySchema, 'Eligibility with reasons') },
});

export const adviceRoute = defineRoute({
  access: 'public',
  method: 'post',
  path: '/api/advice',
  operationId: 'adviseCrs',
  tags: ['public'],
  summary: 'What could raise a CRS score / Ce qui pourrait augmenter une note SCG',
  description: `Body: a full profile. ${AS_OF_NOTE}`,
  request: { query: evaluationQuery, body: inputBody('A full profile', ['Profile']) },
  responses: { 200: jsonResponse(adviceSchema, 'Ranked suggestions and warnings') },
});

export const nocRoute = defineRoute({
  access: 'public',
  method: 'get',
  path: '/api/noc',
  operationId: 'searchNoc',
  tags: ['public'],
  summary: 'Search NOC 2021 unit groups / Chercher dans la CNP 2021',
  description: 'By code (or its beginning) or words of a title, French or English, accents and case ignored.',
  request: {
    query: z.object({
      q: z.string().trim().min(1).max(200).openapi({ param: { name: 'q', in: 'query' }, example: 'software' }),
      lang: langQuery,
      limit: z.coerce.number().int().min(1).max(50).default(10).openapi({ param: { name: 'limit', in: 'query' }, example: 10 }),
    }),
  },
  responses: { 200: jsonResponse(nocSearchSchema, 'Matching unit groups, best first') },
});

export const rulesRoute = defineRoute({
  access: 'public',
  method: 'get',
  path: '/api/rules',
  operationId: 'listRules',
  tags: ['public'],
  summary: 'Every rule parameter in force on a day / Paramètres de règles en vigueur',
  request: { query: z.object({ asOf: asOfQuery }) },
  responses: { 200: jsonResponse(ruleListSchema, 'The value in force of every parameter, with references') },
});

export const ruleRoute = defineRoute({
  access: 'public',
  method: 'get',
  path: '/api/rules/{id}',
  operationId: 'showRule',
  tags: ['public'],
  summary: "A rule parameter's dated values / Valeurs datées d’un paramètre",
  request: {
    params: z.object({ id: z.string().min(1).max(200).openapi({ param: { name: 'id', in: 'path' }, example: 'crs.core.age' }) }),
  },
  responses: {
    200: jsonResponse(ruleSchema, 'The parameter with all its dated values and references'),
  },
});

export const healthRoute = defineRoute({
  access: 'public',
  method: 'get',
  path: '/api/health',
  operationId: 'health',
  tags: ['system'],
  summary: 'Liveness and readiness / État du service',
  responses: {
    200: jsonResponse(healthSchema, 'Everything answers'),
    503: jsonResponse(healthSchema, 'A dependency (e.g. the database) does not answer'),
  },
});

export function registerPublicRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(crsScoreRoute, (c) => {
    const { asOf, lang } = c.req.valid('query');
    useLang(c, lang);
    const r = scoreInput(c.req.valid('json'), asOf ?? c.var.deps.clock.today());
    if (!r.ok) throw validationProblem(r.errors);
    return c.json(presentScored(c.var.lang, r.value), 200);
  });

  app.openapi(eligibilityRoute, (c) => {
    const { asOf, lang } = c.req.valid('query');
    useLang(c, lang);
    const r = eligibilityOfInput(c.req.valid('json'), asOf ?? c.var.deps.clock.today());
    if (!r.ok) throw validationProblem(r.errors);
    return c.json(presentEligibility(c.var.lang, r.value), 200);
  });

  app.openapi(adviceRoute, (c) => {
    const { asOf, lang } = c.req.valid('query');
    useLang(c, lang);
    const r = adviceForInput(c.req.valid('json'), asOf ?? c.var.deps.clock.today());
    if (!r.ok) throw validationProblem(r.errors);
    return c.json(presentAdvice(c.var.lang, r.value), 200);
  });

  app.openapi(nocRoute, async (c) => {
    const { q, lang, limit } = c.req.valid('query');
    useLang(c, lang);
    const index = await c.var.deps.reference.nocIndex();
    const hits = index.search(q, { lang: c.var.lang, limit });
    return c.json({ query: q, hits: hits.map((h) => presentNocHit(c.var.lang, h)) }, 200);
  });

  app.openapi(rulesRoute, (c) => {
    const { asOf } = c.req.valid('query');
    const r = listRules(asOf ?? c.var.deps.clock.today());
    if (!r.ok) throw validationProblem(r.errors);
    return c.json(r.value, 200);
  });

  app.openapi(ruleRoute, (c) => {
    const { id } = c.req.valid('param');
    const p = showRule(id);
    if (!p) throw notFound('http.problem.not_found.rule', { id });
    return c.json(p, 200);
  });

  app.openapi(healthRoute, async (c) => {
    const deps = c.var.deps;
    const checks: Record<string, 'ok' | 'down'> = {};
    for (const [name, check] of Object.entries(deps.health ?? {})) {
      checks[name] = await check().then(
        (ok) => (ok ? 'ok' : 'down'),
        () => 'down',
      );
    }
    const down = Object.values(checks).includes('down');
    const body = { status: down ? ('degraded' as const) : ('ok' as const), time: deps.clock.now(), rulesVersion: rulesVersion(deps.clock.today()), checks };
    return down ? c.json(body, 503) : c.json(body, 200);
  });
}
