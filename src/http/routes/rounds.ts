// Rounds of invitations, ITAs and applications over HTTP (issue #4). Rounds are addressed by their NUMBER, never by id.
//   Public:    published round reports (JSON in IRCC's feed fields plus typed fields, and CSV), IRCC's own history.
//   Staff:     every round; an officer drafts and simulates, a round approver (never the drafter) approves and
//              executes, then the report is published; "why wasn't this candidate invited?"; the ranked pool.
//   Candidate: my ITAs (accept → the application shell; decline → back to the pool), why I was not invited, my
//              applications. A representative acts with X-On-Behalf-Of (read scope for reads, submit scope to answer).
// Someone else's ITA is answered 404, never 403.
import type { Context } from 'hono';
import { z, type OpenAPIHono } from '@hono/zod-openapi';
import { listMyApplications } from '../../app/applications.ts';
import { FILE_READER_ROLES, listPool } from '../../app/profiles.ts';
import {
  acceptIta,
  declineIta,
  draftRound,
  getRound,
  listIrccRounds,
  listRounds,
  ROUND_APPROVER_ROLES,
  ROUND_DRAFTER_ROLES,
  ROUND_READER_ROLES,
  ROUND_SIMULATOR_ROLES,
  whyNotInvited,
  type Result,
  type RoundError,
  type WhyNotInvited,
} from '../../app/rounds.ts';
import {
  approveRoundNumber,
  executeRoundNumber,
  listMyInvitations,
  publishRoundNumber,
  simulateRoundNumber,
} from '../../app/rounds-by-number.ts';
import type { ApplicationRecord } from '../../app/ports/applications.ts';
import type { PoolCursor, ProfileRecord } from '../../app/ports/profiles.ts';
import type { ItaRecord, RoundRecord, StoredRoundOutcome } from '../../app/ports/rounds.ts';
import { reportCsv, roundName, toIrccFeedRound } from '../../domain/round-report.ts';
import type { RoundSpec } from '../../domain/rounds.ts';
import type { CategoryCode } from '../../domain/rules/categories.ts';
import { PROVINCES } from '../../domain/vocabulary.ts';
import { t, type Lang } from '../../i18n/index.ts';
import { defineRoute } from '../access.ts';
import type { Actor, AppEnv } from '../deps.ts';
import { useLang } from '../lang.ts';
import { notFound, problem, validationProblem } from '../problem.ts';
import { jsonResponse, langQuery } from '../schemas.ts';
import { profileProblem, profileView } from './profiles.ts';
import { profileViewSchema } from '../schemas-profiles.ts';
import {
  applicationViewSchema,
  irccRoundSchema,
  itaViewSchema,
  outcomeSchema,
  poolEntrySchema,
  roundReportSchema,
  roundSpecSchema,
  roundViewSchema,
  whyNotInvitedSchema,
} from '../schemas-rounds.ts';

const CANDIDATE = ['candidate', 'representative'] as const;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// ── Schemas ─────────────────────────────────────────────────────────────────────────────────────────────────────

const numberParam = z.object({
  number: z.string().openapi({ param: { name: 'number', in: 'path' }, description: 'The round’s number', example: '1' }),
});
const idParam = z.object({ id: z.string().openapi({ param: { name: 'id', in: 'path' }, format: 'uuid' }) });
const limitQuery = (max: number, byDefault: number) =>
  z.coerce.number().int().min(1).max(max).default(byDefault).openapi({ param: { name: 'limit', in: 'query' }, description: `At most this many (1–${max})` });

// ── Presenting ──────────────────────────────────────────────────────────────────────────────────────────────────

function outcomeSummary(o: StoredRoundOutcome) {
  return {
    cutoff: o.cutoff,
    tieBreak: o.tieBreak,
    invitedCount: o.invitedCount,
    poolSize: o.poolSize,
    eligibleCount: o.eligibleCount,
    counts: o.counts,
    poolDistribution: o.poolDistribution,
  };
}

function specView(s: RoundSpec) {
  return {
    type: s.type,
    ...(s.program !== undefined ? { program: s.program } : {}),
    ...(s.category !== undefined ? { category: s.category } : {}),
    ...(s.size !== undefined ? { size: s.size } : {}),
    ...(s.minimumCrs !== undefined ? { minimumCrs: s.minimumCrs } : {}),
    instant: s.instant,
  };
}

function nameOf(spec: RoundSpec) {
  try {
    return roundName(spec);
  } catch {
    return { en: spec.type, fr: spec.type }; // a category no longer defined: never a failed listing
  }
}

export function roundView(lang: Lang, r: RoundRecord) {
  return {
    number: r.number,
    status: r.status,
    statusText: t(lang, `round.status.${r.status}`),
    name: nameOf(r.spec),
    spec: specView(r.spec),
    instant: r.instant,
    draftedBy: r.draftedBy,
    approvedBy: r.approvedBy,
    executedAt: r.executedAt,
    cutoff: r.cutoff,
    tieBreak: r.tieBreak,
    rulesVersion: r.rulesVersion,
    result: r.result ? outcomeSummary(r.result) : null,
    report: r.report ? toIrccFeedRound(r.report) : null,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
  };
}

export function itaView(lang: Lang, i: ItaRecord, roundNumber: number) {
  return {
    id: i.id,
    roundNumber,
    profileId: i.profileId,
    candidateId: i.candidateId,
    program: i.program,
    programText: t(lang, `round.program.${i.program}`),
    score: i.score,
    issuedAt: i.issuedAt,
    deadline: i.deadline,
    status: i.status,
    statusText: t(lang, `ita.status.${i.status}`),
    answeredAt: i.answeredAt,
  };
}

export function applicationView(lang: Lang, a: ApplicationRecord) {
  return {
    id: a.id,
    itaId: a.itaId,
    profileId: a.profileId,
    candidateId: a.candidateId,
    program: a.program,
    programText: t(lang, `round.program.${a.program}`),
    status: a.status,
    statusText: t(lang, `application.status.${a.status}`),
    submitBy: a.submitBy,
    createdAt: a.createdAt,
    updatedAt: a.updatedAt,
  };
}

function poolEntry(p: ProfileRecord) {
  const province = (p.data as { intendedProvince?: unknown }).intendedProvince;
  return {
    id: p.id,
    number: p.number,
    candidateId: p.candidateId,
    scoreTotal: p.scoreTotal ?? 0,
    submittedAt: p.submittedAt ?? '',
    expiresAt: p.expiresAt ?? '',
    eligiblePrograms: p.eligiblePrograms,
    intendedProvince: (PROVINCES as readonly unknown[]).includes(province) ? (province as (typeof PROVINCES)[number]) : null,
    rulesVersion: p.rulesVersion,
  };
}

// ── Problems ────────────────────────────────────────────────────────────────────────────────────────────────────

const CONFLICT_DETAILS: Record<string, string> = {
  round_number_taken: 'http.problem.conflict.round_number_taken',
  application_exists: 'http.problem.conflict.application_exists',
};

/** A rounds use case's failure as a problem. */
export function roundProblem(e: RoundError) {
  switch (e.code) {
    case 'not_found':
      return notFound();
    case 'forbidden':
      return e.reason === 'separation_of_duties' ? problem(403, 'forbidden', { detailKey: 'http.problem.forbidden.separation_of_duties' }) : problem(403, 'forbidden');
    case 'conflict':
      return problem(409, 'conflict', { detailKey: CONFLICT_DETAILS[e.reason] ?? 'http.problem.conflict.concurrent_change' });
    case 'validation_failed':
      return validationProblem(e.issues.map((i) => ({ field: i.field, expected: i.code, key: `round.error.${i.code}`, ...(i.params ? { params: i.params } : {}) })));
    case 'import_failed':
      return validationProblem(e.errors);
    case 'round_status_not_allowed':
      return problem(409, 'round_status_not_allowed', {
        detailKey: 'http.problem.round_status_not_allowed.status',
        wordedParams: { status: `round.status.${e.status}`, action: `http.round.action.${e.action}` },
      });
    case 'ita_already_answered':
      return problem(409, 'ita_already_answered', { detailKey: 'http.problem.ita_already_answered.status', wordedParams: { status: `ita.status.${e.status}` } });
    case 'ita_deadline_passed':
      return problem(409, 'ita_deadline_passed', { detailKey: 'http.problem.ita_deadline_passed.deadline', params: { deadline: e.deadline } });
    case 'transition_not_allowed':
      return problem(409, 'transition_not_allowed', {
        detailKey: 'http.problem.conflict.transition_not_allowed',
        wordedParams: { status: `profile.status.${e.from}`, action: `http.profile.action.${e.action}` },
      });
  }
}

function unwrap<T>(r: Result<T> | { ok: true; value: T } | { ok: false; error: { code: 'forbidden' | 'not_found' } }): T {
  if (!r.ok) throw roundProblem(r.error);
  return r.value;
}

function actorOf(c: Context<AppEnv>): Actor {
  const actor = c.var.actor;
  if (!actor) throw problem(401, 'unauthenticated'); // the guard has run on these routes: cannot happen
  return actor;
}

/** Round numbers are positive integers; anything else names no round. */
function roundNumber(text: string): number {
  if (!/^[1-9]\d{0,8}$/.test(text)) throw notFound();
  return Number(text);
}

/** Record ids are UUIDs; anything else names no record. */
function recordId(id: string): string {
  if (!UUID.test(id)) throw notFound();
  return id.toLowerCase();
}

// The pool cursor is opaque to clients: base64url of [score, submittedAt, id] of the last profile of a page.
function encodeCursor(p: ProfileRecord): string {
  return Buffer.from(JSON.stringify([p.scoreTotal, p.submittedAt, p.id])).toString('base64url');
}

function decodeCursor(text: string): PoolCursor {
  const bad = () => validationProblem([{ field: 'after', expected: 'pool_cursor' }]);
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    throw bad();
  }
  if (!Array.isArray(value) || value.length !== 3) throw bad();
  const [scoreTotal, submittedAt, id] = value as unknown[];
  if (!Number.isInteger(scoreTotal) || typeof submittedAt !== 'string' || Number.isNaN(Date.parse(submittedAt)) || typeof id !== 'string' || !UUID.test(id)) throw bad();
  return { scoreTotal: scoreTotal as number, submittedAt, id };
}

// ── Routes: public ──────────────────────────────────────────────────────────────────────────────────────────────

export const publicRoundsRoute = defineRoute({
  access: 'public',
  method: 'get',
  path: '/api/rounds',
  operationId: 'listPublishedRounds',
  tags: ['public'],
  summary: 'Published rounds of invitations, newest first / Rondes d’invitations publiées, de la plus récente à la plus ancienne',
  request: { query: z.object({ limit: limitQuery(1000, 50) }) },
  responses: { 200: jsonResponse(z.object({ rounds: z.array(roundReportSchema) }).openapi('RoundReportList'), 'The reports of the published rounds') },
});

export const publicRoundsCsvRoute = defineRoute({
  access: 'public',
  method: 'get',
  path: '/api/rounds.csv',
  operationId: 'publishedRoundsCsv',
  tags: ['public'],
  summary: 'Published rounds as CSV / Rondes publiées en CSV',
  description: 'One line per round, newest first (RFC 4180): number, date, instant, type, program, category, names, size, cut-off, tie-break, rules version, then the pool in IRCC’s bands.',
  request: { query: z.object({ limit: limitQuery(10000, 10000) }) },
  responses: { 200: { description: 'CSV with a header line', content: { 'text/csv': { schema: z.string() } } } },
});

export const publicRoundRoute = defineRoute({
  access: 'public',
  method: 'get',
  path: '/api/rounds/{number}',
  operationId: 'getPublishedRound',
  tags: ['public'],
  summary: 'The report of a published round / Le rapport d’une ronde publiée',
  description: 'A round not (yet) published is not found.',
  request: { params: numberParam },
  responses: { 200: jsonResponse(roundReportSchema, 'The round’s report') },
});

export const irccRoundsRoute = defineRoute({
  access: 'public',
  method: 'get',
  path: '/api/ircc-rounds',
  operationId: 'listIrccRounds',
  tags: ['public'],
  summary: 'IRCC’s published rounds, newest first / Rondes publiées par IRCC, de la plus récente à la plus ancienne',
  description: 'IRCC’s history as imported from its feed (ee_rounds_123_en.json), to show beside our own rounds.',
  responses: { 200: jsonResponse(z.object({ rounds: z.array(irccRoundSchema) }).openapi('IrccRoundList'), 'IRCC’s rounds') },
});

// ── Routes: staff ───────────────────────────────────────────────────────────────────────────────────────────────

const roundStatusConflict = { description: 'round_status_not_allowed (the step does not apply in the round’s status), or conflict (a concurrent change: run it again)' };

export const staffRoundsRoute = defineRoute({
  access: ROUND_READER_ROLES,
  method: 'get',
  path: '/api/officer/rounds',
  operationId: 'listRounds',
  tags: ['officer'],
  summary: 'Every round, newest first / Toutes les rondes, de la plus récente à la plus ancienne',
  request: { query: z.object({ limit: limitQuery(500, 50), lang: langQuery }) },
  responses: { 200: jsonResponse(z.object({ rounds: z.array(roundViewSchema) }).openapi('RoundList'), 'Rounds in every status') },
});

export const staffRoundRoute = defineRoute({
  access: ROUND_READER_ROLES,
  method: 'get',
  path: '/api/officer/rounds/{number}',
  operationId: 'getRound',
  tags: ['officer'],
  summary: 'A round and the ITAs it issued / Une ronde et les invitations émises',
  request: { params: numberParam, query: z.object({ lang: langQuery }) },
  responses: { 200: jsonResponse(z.object({ round: roundViewSchema, itas: z.array(itaViewSchema) }).openapi('RoundDetail'), 'The round; its ITAs in rank order') },
});

export const draftRoundRoute = defineRoute({
  access: ROUND_DRAFTER_ROLES,
  method: 'post',
  path: '/api/officer/rounds',
  operationId: 'draftRound',
  tags: ['officer'],
  summary: 'Draft a round / Préparer une ronde',
  description: 'The specification is checked with the rules in force at its instant (round types and categories in force then). Nothing is stored when it is refused.',
  request: { body: { required: true, content: { 'application/json': { schema: roundSpecSchema } } } },
  responses: { 201: jsonResponse(roundViewSchema, 'The draft round (Location: its address)'), 409: roundStatusConflict },
});

export const simulateRoundRoute = defineRoute({
  access: ROUND_SIMULATOR_ROLES,
  method: 'post',
  path: '/api/officer/rounds/{number}/simulate',
  operationId: 'simulateRound',
  tags: ['officer'],
  summary: 'Simulate a round, without side effects / Simuler une ronde, sans effet',
  description: 'On the pool as of the round’s instant: cut-off, tie-break, counts by program, category, province and band, and who would be invited. Profiles, ITAs and messages are untouched; only the outcome is kept on the round (status simulated).',
  request: { params: numberParam, query: z.object({ lang: langQuery }) },
  responses: { 200: jsonResponse(z.object({ round: roundViewSchema, outcome: outcomeSchema }).openapi('RoundSimulation'), 'The simulated round and its outcome'), 409: roundStatusConflict },
});

export const approveRoundRoute = defineRoute({
  access: ROUND_APPROVER_ROLES,
  method: 'post',
  path: '/api/officer/rounds/{number}/approve',
  operationId: 'approveRound',
  tags: ['officer'],
  summary: 'Approve a simulated round / Approuver une ronde simulée',
  description: 'Separation of duties: the officer who drafted the round may not approve it (403 forbidden, separation of duties).',
  request: { params: numberParam, query: z.object({ lang: langQuery }) },
  responses: { 200: jsonResponse(roundViewSchema, 'The approved round'), 409: roundStatusConflict },
});

export const executeRoundRoute = defineRoute({
  access: ROUND_APPROVER_ROLES,
  method: 'post',
  path: '/api/officer/rounds/{number}/execute',
  operationId: 'executeRound',
  tags: ['officer'],
  summary: 'Execute an approved round: ITAs and messages / Exécuter une ronde approuvée : invitations et messages',
  description: 'One transaction on the pool as of the round’s instant. Idempotent: executing again issues nothing and answers alreadyExecuted: true.',
  request: { params: numberParam, query: z.object({ lang: langQuery }) },
  responses: {
    200: jsonResponse(z.object({ round: roundViewSchema, itaCount: z.number().int(), alreadyExecuted: z.boolean() }).openapi('RoundExecution'), 'The executed round'),
    409: roundStatusConflict,
  },
});

export const publishRoundRoute = defineRoute({
  access: ROUND_SIMULATOR_ROLES,
  method: 'post',
  path: '/api/officer/rounds/{number}/publish',
  operationId: 'publishRound',
  tags: ['officer'],
  summary: 'Publish an executed round’s report / Publier le rapport d’une ronde exécutée',
  description: 'Idempotent: publishing again answers the same report. The report is then public (GET /api/rounds/{number}).',
  request: { params: numberParam, query: z.object({ lang: langQuery }) },
  responses: { 200: jsonResponse(roundViewSchema, 'The published round, with its report'), 409: roundStatusConflict },
});

export const staffWhyNotInvitedRoute = defineRoute({
  access: ROUND_READER_ROLES,
  method: 'get',
  path: '/api/officer/rounds/{number}/why-not-invited',
  operationId: 'whyCandidateNotInvited',
  tags: ['officer'],
  summary: 'Why a candidate was not invited by a round / Pourquoi un candidat n’a pas été invité par une ronde',
  request: {
    params: numberParam,
    query: z.object({ candidateId: z.string().uuid().openapi({ param: { name: 'candidateId', in: 'query' } }), lang: langQuery }),
  },
  responses: { 200: jsonResponse(whyNotInvitedSchema, 'Score vs cut-off, stamp vs tie-break, program and category eligibility') },
});

export const poolRoute = defineRoute({
  access: FILE_READER_ROLES,
  method: 'get',
  path: '/api/officer/pool',
  operationId: 'listPool',
  tags: ['officer'],
  summary: 'The pool, best first / Le bassin, du meilleur au moins bon',
  description:
    'Profiles in the pool ranked as a round ranks them (CRS descending, submission instant ascending, id), one page at a time: pass `next` as ' +
    '`after` for the following page (null on the last page). A listing shows scores, programs and provinces, not the files: it is not ' +
    'recorded in the audit trail; reading a file (GET /api/officer/profiles/{id}) is.',
  request: {
    query: z.object({
      limit: limitQuery(200, 50),
      after: z.string().max(200).optional().openapi({ param: { name: 'after', in: 'query' }, description: 'The `next` cursor of the previous page' }),
    }),
  },
  responses: { 200: jsonResponse(z.object({ profiles: z.array(poolEntrySchema), next: z.string().nullable() }).openapi('PoolPage'), 'One page of the pool') },
});

// ── Routes: candidate ───────────────────────────────────────────────────────────────────────────────────────────

const itaConflict = { description: 'ita_already_answered, ita_deadline_passed, or transition_not_allowed (the profile’s status does not allow it)' };

export const myItasRoute = defineRoute({
  access: CANDIDATE,
  onBehalfOf: 'read',
  method: 'get',
  path: '/api/itas',
  operationId: 'listMyItas',
  tags: ['candidate'],
  summary: 'My invitations to apply, newest first / Mes invitations à présenter une demande, de la plus récente à la plus ancienne',
  request: { query: z.object({ lang: langQuery }) },
  responses: { 200: jsonResponse(z.object({ itas: z.array(itaViewSchema) }).openapi('ItaList'), 'Program, score, deadline and status of each') },
});

export const acceptItaRoute = defineRoute({
  access: CANDIDATE,
  onBehalfOf: 'submit',
  method: 'post',
  path: '/api/itas/{id}/accept',
  operationId: 'acceptIta',
  tags: ['candidate'],
  summary: 'Accept an invitation / Accepter une invitation',
  description: 'Before its deadline: the profile becomes applied and the application (e-APR) is started, to be submitted by the same deadline.',
  request: { params: idParam, query: z.object({ lang: langQuery }) },
  responses: {
    200: jsonResponse(z.object({ ita: itaViewSchema, profile: profileViewSchema, application: applicationViewSchema }).openapi('ItaAccepted'), 'The ITA, the profile and the new application'),
    409: itaConflict,
  },
});

export const declineItaRoute = defineRoute({
  access: CANDIDATE,
  onBehalfOf: 'submit',
  method: 'post',
  path: '/api/itas/{id}/decline',
  operationId: 'declineIta',
  tags: ['candidate'],
  summary: 'Decline an invitation / Refuser une invitation',
  description: 'The profile goes back to the pool with the same submission instant and the same expiry.',
  request: { params: idParam, query: z.object({ lang: langQuery }) },
  responses: { 200: jsonResponse(z.object({ ita: itaViewSchema, profile: profileViewSchema }).openapi('ItaDeclined'), 'The ITA and the profile'), 409: itaConflict },
});

export const myWhyNotInvitedRoute = defineRoute({
  access: CANDIDATE,
  onBehalfOf: 'read',
  method: 'get',
  path: '/api/rounds/{number}/why-not-invited',
  operationId: 'whyNotInvited',
  tags: ['candidate'],
  summary: 'Why was I not invited? / Pourquoi n’ai-je pas été invité ?',
  description: 'For an executed round: my score vs the cut-off, my submission instant vs the tie-break, my program and category eligibility.',
  request: { params: numberParam, query: z.object({ lang: langQuery }) },
  responses: { 200: jsonResponse(whyNotInvitedSchema, 'Whether I was invited, and the reasons, worded') },
});

export const myApplicationsRoute = defineRoute({
  access: CANDIDATE,
  onBehalfOf: 'read',
  method: 'get',
  path: '/api/applications',
  operationId: 'listMyApplications',
  tags: ['candidate'],
  summary: 'My applications for permanent residence / Mes demandes de résidence permanente',
  request: { query: z.object({ lang: langQuery }) },
  responses: { 200: jsonResponse(z.object({ applications: z.array(applicationViewSchema) }).openapi('ApplicationList'), 'Newest first') },
});

// ── Handlers ────────────────────────────────────────────────────────────────────────────────────────────────────

export function registerRoundRoutes(app: OpenAPIHono<AppEnv>): void {
  const deps = (c: Context<AppEnv>) => ({ uow: c.var.deps.uow, clock: c.var.deps.clock });

  // Public
  app.openapi(publicRoundsRoute, async (c) => {
    const rounds = unwrap(await listRounds(deps(c), null, { limit: c.req.valid('query').limit }));
    return c.json({ rounds: rounds.flatMap((r) => (r.report ? [toIrccFeedRound(r.report)] : [])) }, 200);
  });

  app.openapi(publicRoundsCsvRoute, async (c) => {
    const rounds = unwrap(await listRounds(deps(c), null, { limit: c.req.valid('query').limit }));
    const csv = reportCsv(rounds.flatMap((r) => (r.report ? [r.report] : [])));
    return c.body(csv, 200, { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': 'inline; filename="rounds.csv"' });
  });

  app.openapi(publicRoundRoute, async (c) => {
    const { round } = unwrap(await getRound(deps(c), null, roundNumber(c.req.valid('param').number)));
    if (!round.report) throw notFound();
    return c.json(toIrccFeedRound(round.report), 200);
  });

  app.openapi(irccRoundsRoute, async (c) => c.json({ rounds: await listIrccRounds(deps(c)) }, 200));

  // Staff
  app.openapi(staffRoundsRoute, async (c) => {
    const { limit, lang } = c.req.valid('query');
    useLang(c, lang);
    const rounds = unwrap(await listRounds(deps(c), actorOf(c), { limit }));
    return c.json({ rounds: rounds.map((r) => roundView(c.var.lang, r)) }, 200);
  });

  app.openapi(staffRoundRoute, async (c) => {
    useLang(c, c.req.valid('query').lang);
    const { round, itas } = unwrap(await getRound(deps(c), actorOf(c), roundNumber(c.req.valid('param').number)));
    return c.json({ round: roundView(c.var.lang, round), itas: itas.map((i) => itaView(c.var.lang, i, round.number)) }, 200);
  });

  app.openapi(draftRoundRoute, async (c) => {
    const body = c.req.valid('json');
    const spec: RoundSpec = { type: body.type, instant: body.instant };
    if (body.program !== undefined) spec.program = body.program;
    if (body.category !== undefined) spec.category = body.category as CategoryCode; // checked by the use case (category_not_in_force)
    if (body.size !== undefined) spec.size = body.size;
    if (body.minimumCrs !== undefined) spec.minimumCrs = body.minimumCrs;
    const round = unwrap(await draftRound(deps(c), actorOf(c), spec));
    c.header('Location', `/api/officer/rounds/${round.number}`);
    return c.json(roundView(c.var.lang, round), 201);
  });

  app.openapi(simulateRoundRoute, async (c) => {
    useLang(c, c.req.valid('query').lang);
    const s = unwrap(await simulateRoundNumber(deps(c), actorOf(c), roundNumber(c.req.valid('param').number)));
    return c.json({ round: roundView(c.var.lang, s.round), outcome: s.outcome }, 200);
  });

  app.openapi(approveRoundRoute, async (c) => {
    useLang(c, c.req.valid('query').lang);
    const round = unwrap(await approveRoundNumber(deps(c), actorOf(c), roundNumber(c.req.valid('param').number)));
    return c.json(roundView(c.var.lang, round), 200);
  });

  app.openapi(executeRoundRoute, async (c) => {
    useLang(c, c.req.valid('query').lang);
    const e = unwrap(await executeRoundNumber(deps(c), actorOf(c), roundNumber(c.req.valid('param').number)));
    return c.json({ round: roundView(c.var.lang, e.round), itaCount: e.itas.length, alreadyExecuted: e.alreadyExecuted }, 200);
  });

  app.openapi(publishRoundRoute, async (c) => {
    useLang(c, c.req.valid('query').lang);
    const round = unwrap(await publishRoundNumber(deps(c), actorOf(c), roundNumber(c.req.valid('param').number)));
    return c.json(roundView(c.var.lang, round), 200);
  });

  const whyView = (lang: Lang, w: WhyNotInvited) => ({
    ...w,
    reasons: w.reasons.map((r) => ({ code: r.code, params: r.params as Record<string, string | number>, message: t(lang, `round.why.${r.code}`, r.params) })),
  });

  app.openapi(staffWhyNotInvitedRoute, async (c) => {
    const { candidateId, lang } = c.req.valid('query');
    useLang(c, lang);
    const w = unwrap(await whyNotInvited(deps(c), actorOf(c), roundNumber(c.req.valid('param').number), candidateId.toLowerCase()));
    return c.json(whyView(c.var.lang, w), 200);
  });

  app.openapi(poolRoute, async (c) => {
    const { limit, after } = c.req.valid('query');
    const cursor = after === undefined ? undefined : decodeCursor(after);
    // One more than asked tells whether there is a next page.
    const listed = await listPool(deps(c), actorOf(c), { limit: limit + 1, ...(cursor ? { after: cursor } : {}) });
    if (!listed.ok) throw profileProblem(listed.error);
    const page = listed.value;
    const profiles = page.slice(0, limit);
    const next = page.length > limit ? encodeCursor(profiles[profiles.length - 1]!) : null;
    return c.json({ profiles: profiles.map(poolEntry), next }, 200);
  });

  // Candidate
  app.openapi(myItasRoute, async (c) => {
    useLang(c, c.req.valid('query').lang);
    const itas = unwrap(await listMyInvitations(deps(c), actorOf(c)));
    return c.json({ itas: itas.map((i) => itaView(c.var.lang, i, i.roundNumber)) }, 200);
  });

  app.openapi(acceptItaRoute, async (c) => {
    useLang(c, c.req.valid('query').lang);
    const a = unwrap(await acceptIta(deps(c), actorOf(c), recordId(c.req.valid('param').id)));
    if (!a.application) throw problem(500, 'internal'); // accepting always creates it
    const lang = c.var.lang;
    return c.json({ ita: itaView(lang, a.ita, a.roundNumber), profile: profileView(lang, a.profile), application: applicationView(lang, a.application) }, 200);
  });

  app.openapi(declineItaRoute, async (c) => {
    useLang(c, c.req.valid('query').lang);
    const d = unwrap(await declineIta(deps(c), actorOf(c), recordId(c.req.valid('param').id)));
    return c.json({ ita: itaView(c.var.lang, d.ita, d.roundNumber), profile: profileView(c.var.lang, d.profile) }, 200);
  });

  app.openapi(myWhyNotInvitedRoute, async (c) => {
    useLang(c, c.req.valid('query').lang);
    const w = unwrap(await whyNotInvited(deps(c), actorOf(c), roundNumber(c.req.valid('param').number)));
    return c.json(whyView(c.var.lang, w), 200);
  });

  app.openapi(myApplicationsRoute, async (c) => {
    useLang(c, c.req.valid('query').lang);
    const list = unwrap(await listMyApplications({ uow: c.var.deps.uow }, actorOf(c)));
    return c.json({ applications: list.map((a) => applicationView(c.var.lang, a)) }, 200);
  });
}
