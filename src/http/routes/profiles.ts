// Candidate routes (a representative may act for a candidate with X-On-Behalf-Of, within the scope they were given):
// own profiles (draft, submit, update, withdraw, clone), score and explanation, advice, and the inbox.
// Officer routes: a candidate's file (each read is audited) and pool statistics.
// Someone else's record is answered 404, never 403 (its existence is not revealed).
import type { Context } from 'hono';
import { z, type OpenAPIHono } from '@hono/zod-openapi';
import {
  cloneProfile,
  FILE_READER_ROLES,
  getPoolStatistics,
  getProfile,
  saveProfile,
  getProfileAdvice,
  getProfileScore,
  listMyProfiles,
  readCandidateFile,
  saveDraft,
  submitProfile,
  withdrawProfile,
  type ProfileError,
  type Result,
} from '../../app/profiles.ts';
import { listMessages, markMessageRead } from '../../app/messages.ts';
import type { ProfileRecord } from '../../app/ports/profiles.ts';
import type { MessageRecord } from '../../app/ports/messages.ts';
import { rulesVersion } from '../../domain/rules/index.ts';
import { t, type Lang } from '../../i18n/index.ts';
import { defineRoute } from '../access.ts';
import type { Actor, AppEnv } from '../deps.ts';
import { useLang } from '../lang.ts';
import { notFound, problem, validationProblem } from '../problem.ts';
import { presentAdviceResult, presentCrs, presentEligibilityResult } from '../present.ts';
import { adviceSchema, inputBody, jsonResponse, langQuery } from '../schemas.ts';
import { candidateFileSchema, messageListSchema, poolStatsSchema, profileListSchema, profileScoreSchema, profileViewSchema } from '../schemas-profiles.ts';

const CANDIDATE = ['candidate', 'representative'] as const;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// ── Schemas ─────────────────────────────────────────────────────────────────────────────────────────────────────

const idParam = z.object({ id: z.string().openapi({ param: { name: 'id', in: 'path' }, format: 'uuid' }) });
const ifMatch = z.object({
  'If-Match': z
    .string()
    .optional()
    .openapi({ param: { name: 'If-Match', in: 'header' }, description: 'The version read (ETag), e.g. "3": refused with 409 if the profile changed since.' }),
});

// ── Presenting ──────────────────────────────────────────────────────────────────────────────────────────────────

export function profileView(lang: Lang, p: ProfileRecord) {
  return {
    id: p.id,
    candidateId: p.candidateId,
    number: p.number,
    status: p.status,
    statusText: t(lang, `profile.status.${p.status}`),
    data: p.data,
    submittedAt: p.submittedAt,
    expiresAt: p.expiresAt,
    scoreTotal: p.scoreTotal,
    rulesVersion: p.rulesVersion,
    eligiblePrograms: p.eligiblePrograms,
    clonedFrom: p.clonedFrom,
    version: p.version,
    createdAt: p.createdAt,
    updatedAt: p.updatedAt,
  };
}

function messageView(lang: Lang, m: MessageRecord) {
  return {
    id: m.id,
    kind: m.kind,
    params: m.params,
    subject: t(lang, `message.${m.kind}.subject`, m.params),
    body: t(lang, `message.${m.kind}.body`, m.params),
    createdAt: m.createdAt,
    readAt: m.readAt,
  };
}

/** A use case's failure as a problem. */
export function profileProblem(e: ProfileError) {
  switch (e.code) {
    case 'not_found':
      return notFound();
    case 'forbidden':
      return problem(403, 'forbidden');
    case 'conflict':
      return problem(409, 'conflict', { detailKey: `http.problem.conflict.${e.reason}` });
    case 'transition_not_allowed':
      return problem(409, 'conflict', {
        detailKey: 'http.problem.conflict.transition_not_allowed',
        wordedParams: { status: `profile.status.${e.from}`, action: `http.profile.action.${e.action}` },
      });
    case 'validation_failed':
      return validationProblem(e.errors);
  }
}

function unwrap<T>(r: Result<T>): T {
  if (!r.ok) throw profileProblem(r.error);
  return r.value;
}

function actorOf(c: Context<AppEnv>): Actor {
  const actor = c.var.actor;
  if (!actor) throw problem(401, 'unauthenticated'); // the guard has run on these routes: cannot happen
  return actor;
}

/** Record ids are UUIDs; anything else names no record. */
function recordId(id: string): string {
  if (!UUID.test(id)) throw notFound();
  return id.toLowerCase();
}

/** `If-Match: "3"` (or W/"3") → 3; absent → undefined (last write wins). */
function expectedVersion(header: string | undefined): number | undefined {
  if (header === undefined || header.trim() === '*') return undefined;
  const m = /^\s*(?:W\/)?"?(\d{1,9})"?\s*$/.exec(header);
  if (!m) throw validationProblem([{ field: 'If-Match', expected: 'if_match' }]);
  return Number(m[1]);
}

function withEtag(c: Context<AppEnv>, p: ProfileRecord): void {
  c.header('ETag', `"${p.version}"`);
}

// ── Routes ──────────────────────────────────────────────────────────────────────────────────────────────────────

const profileResponse = (description: string) => jsonResponse(profileViewSchema, description);
const conflict = { description: 'conflict: an active profile exists, the profile changed since If-Match, or its status does not allow this' };

export const listProfilesRoute = defineRoute({
  access: CANDIDATE,
  onBehalfOf: 'read',
  method: 'get',
  path: '/api/profiles',
  operationId: 'listProfiles',
  tags: ['candidate'],
  summary: 'My profiles, newest first / Mes profils, du plus récent au plus ancien',
  responses: { 200: jsonResponse(profileListSchema, 'Every profile of the candidate, closed ones included') },
});

export const createProfileRoute = defineRoute({
  access: CANDIDATE,
  onBehalfOf: 'write',
  method: 'post',
  path: '/api/profiles',
  operationId: 'createProfile',
  tags: ['candidate'],
  summary: 'Start a draft / Commencer un brouillon',
  description: 'The body is the profile as far as it is known: a draft may be incomplete, but what is there must be well formed. One active profile per candidate.',
  request: { body: inputBody('The profile (possibly incomplete)', ['Profile']) },
  responses: { 201: profileResponse('The new draft'), 409: conflict },
});

export const getProfileRoute = defineRoute({
  access: CANDIDATE,
  onBehalfOf: 'read',
  method: 'get',
  path: '/api/profiles/{id}',
  operationId: 'getProfile',
  tags: ['candidate'],
  summary: 'One of my profiles / Un de mes profils',
  request: { params: idParam },
  responses: { 200: profileResponse('The profile (ETag: its version)') },
});

export const putProfileRoute = defineRoute({
  access: CANDIDATE,
  onBehalfOf: 'write',
  method: 'put',
  path: '/api/profiles/{id}',
  operationId: 'putProfile',
  tags: ['candidate'],
  summary: 'Save a draft, or update a profile in the pool / Enregistrer un brouillon ou mettre à jour un profil',
  description:
    'On a draft: saves it (it may be incomplete). On a profile in the pool or found ineligible: the profile must be complete; eligibility and the ' +
    'CRS score are computed again with the rules in force today, and the profile leaves the pool if it meets no program any more (the submission ' +
    'stamp and the expiry never change). Nothing is stored when the input is refused.',
  request: { params: idParam, headers: ifMatch, body: inputBody('The whole profile', ['Profile']) },
  responses: { 200: profileResponse('The profile as stored'), 409: conflict },
});

export const submitProfileRoute = defineRoute({
  access: CANDIDATE,
  onBehalfOf: 'submit',
  method: 'post',
  path: '/api/profiles/{id}/submit',
  operationId: 'submitProfile',
  tags: ['candidate'],
  summary: 'Submit a draft to the pool / Soumettre un brouillon au bassin',
  description:
    'Checks that the profile is complete, runs eligibility per program and the CRS with the rules in force today, and either enters the pool ' +
    '(status submitted; the submission instant is the tie-break stamp; expiry 12 months later) or becomes ineligible, with the reasons.',
  request: { params: idParam, headers: ifMatch },
  responses: { 200: profileResponse('The submitted (or ineligible) profile'), 409: conflict },
});

export const withdrawProfileRoute = defineRoute({
  access: CANDIDATE,
  onBehalfOf: 'submit',
  method: 'post',
  path: '/api/profiles/{id}/withdraw',
  operationId: 'withdrawProfile',
  tags: ['candidate'],
  summary: 'Withdraw a profile / Retirer un profil',
  request: { params: idParam, headers: ifMatch },
  responses: { 200: profileResponse('The withdrawn profile (still readable; it can be cloned)'), 409: conflict },
});

export const cloneProfileRoute = defineRoute({
  access: CANDIDATE,
  onBehalfOf: 'write',
  method: 'post',
  path: '/api/profiles/{id}/clone',
  operationId: 'cloneProfile',
  tags: ['candidate'],
  summary: 'Start a new draft from a closed profile / Nouveau brouillon à partir d’un profil fermé',
  request: { params: idParam, headers: ifMatch },
  responses: { 201: profileResponse('The new draft (new number; new stamp when submitted)'), 409: conflict },
});

export const profileScoreRoute = defineRoute({
  access: CANDIDATE,
  onBehalfOf: 'read',
  method: 'get',
  path: '/api/profiles/{id}/score',
  operationId: 'getProfileScore',
  tags: ['candidate'],
  summary: 'Score, explanation and eligibility of a profile / Note, explication et admissibilité d’un profil',
  description: 'As stored at submission (or update, or re-scoring after a rule change); a complete draft is scored now as a preview.',
  request: { params: idParam, query: z.object({ lang: langQuery }) },
  responses: { 200: jsonResponse(profileScoreSchema, 'The score with one line per factor, and eligibility with reasons') },
});

export const profileAdviceRoute = defineRoute({
  access: CANDIDATE,
  onBehalfOf: 'read',
  method: 'get',
  path: '/api/profiles/{id}/advice',
  operationId: 'getProfileAdvice',
  tags: ['candidate'],
  summary: 'What could raise the score of a profile / Ce qui pourrait augmenter la note d’un profil',
  request: { params: idParam, query: z.object({ lang: langQuery }) },
  responses: { 200: jsonResponse(adviceSchema, 'Ranked suggestions under the rules in force today') },
});

export const listMessagesRoute = defineRoute({
  access: CANDIDATE,
  method: 'get',
  path: '/api/messages',
  operationId: 'listMessages',
  tags: ['candidate'],
  summary: 'My messages, newest first / Mes messages, du plus récent au plus ancien',
  description: 'The inbox of the signed-in account (a representative sees their own).',
  request: {
    query: z.object({
      limit: z.coerce.number().int().min(1).max(200).default(50).openapi({ param: { name: 'limit', in: 'query' } }),
      unread: z.enum(['true', 'false']).optional().openapi({ param: { name: 'unread', in: 'query' }, description: 'Only unread messages' }),
      lang: langQuery,
    }),
  },
  responses: { 200: jsonResponse(messageListSchema, 'Messages, worded in the language of the response, and the unread count') },
});

export const readMessageRoute = defineRoute({
  access: CANDIDATE,
  method: 'post',
  path: '/api/messages/{id}/read',
  operationId: 'markMessageRead',
  tags: ['candidate'],
  summary: 'Mark a message read / Marquer un message comme lu',
  request: { params: idParam },
  responses: { 204: { description: 'Marked read' } },
});

export const candidateFileRoute = defineRoute({
  access: FILE_READER_ROLES,
  method: 'get',
  path: '/api/officer/profiles/{id}',
  operationId: 'readCandidateFile',
  tags: ['officer'],
  summary: 'A candidate’s file (the read is audited) / Dossier d’un candidat (consultation journalisée)',
  request: { params: idParam, query: z.object({ lang: langQuery }) },
  responses: { 200: jsonResponse(candidateFileSchema, 'The profile, its score with explanation and its eligibility') },
});

export const poolStatsRoute = defineRoute({
  access: FILE_READER_ROLES,
  method: 'get',
  path: '/api/officer/pool/stats',
  operationId: 'poolStatistics',
  tags: ['officer'],
  summary: 'Pool statistics / Statistiques du bassin',
  responses: { 200: jsonResponse(poolStatsSchema, 'Counts by status, program, province and CRS band') },
});

// ── Handlers ────────────────────────────────────────────────────────────────────────────────────────────────────

export function registerProfileRoutes(app: OpenAPIHono<AppEnv>): void {
  const deps = (c: Context<AppEnv>) => ({ uow: c.var.deps.uow, clock: c.var.deps.clock });

  app.openapi(listProfilesRoute, async (c) => {
    const list = unwrap(await listMyProfiles(deps(c), actorOf(c)));
    return c.json({ profiles: list.map((p) => profileView(c.var.lang, p)) }, 200);
  });

  app.openapi(createProfileRoute, async (c) => {
    const created = unwrap(await saveDraft(deps(c), actorOf(c), { data: c.req.valid('json') }));
    withEtag(c, created);
    c.header('Location', `/api/profiles/${created.id}`);
    return c.json(profileView(c.var.lang, created), 201);
  });

  app.openapi(getProfileRoute, async (c) => {
    const p = unwrap(await getProfile(deps(c), actorOf(c), recordId(c.req.valid('param').id)));
    withEtag(c, p);
    return c.json(profileView(c.var.lang, p), 200);
  });

  app.openapi(putProfileRoute, async (c) => {
    const actor = actorOf(c);
    const profileId = recordId(c.req.valid('param').id);
    const version = expectedVersion(c.req.valid('header')['If-Match']);
    const data = c.req.valid('json');
    const input = { profileId, data, ...(version === undefined ? {} : { expectedVersion: version }) };
    const saved = unwrap(await saveProfile(deps(c), actor, input));
    withEtag(c, saved);
    return c.json(profileView(c.var.lang, saved), 200);
  });

  const lifecycle = (run: typeof submitProfile) => async (c: Context<AppEnv>, id: string, header: string | undefined) => {
    const version = expectedVersion(header);
    const p = unwrap(await run(deps(c), actorOf(c), { profileId: recordId(id), ...(version === undefined ? {} : { expectedVersion: version }) }));
    withEtag(c, p);
    return profileView(c.var.lang, p);
  };
  const submit = lifecycle(submitProfile);
  const withdraw = lifecycle(withdrawProfile);
  const clone = lifecycle(cloneProfile);

  app.openapi(submitProfileRoute, async (c) => c.json(await submit(c, c.req.valid('param').id, c.req.valid('header')['If-Match']), 200));
  app.openapi(withdrawProfileRoute, async (c) => c.json(await withdraw(c, c.req.valid('param').id, c.req.valid('header')['If-Match']), 200));
  app.openapi(cloneProfileRoute, async (c) => {
    const draft = await clone(c, c.req.valid('param').id, c.req.valid('header')['If-Match']);
    c.header('Location', `/api/profiles/${draft.id}`);
    return c.json(draft, 201);
  });

  app.openapi(profileScoreRoute, async (c) => {
    useLang(c, c.req.valid('query').lang);
    const s = unwrap(await getProfileScore(deps(c), actorOf(c), recordId(c.req.valid('param').id)));
    const lang = c.var.lang;
    const { findings, asOf, ...score } = s.score;
    return c.json(
      {
        ...presentCrs(lang, asOf, s.rulesVersion, { ...score }, findings),
        profileId: s.profileId,
        status: s.status,
        source: s.source,
        eligibility: presentEligibilityResult(lang, s.eligibility.asOf, s.rulesVersion, s.eligibility),
      },
      200,
    );
  });

  app.openapi(profileAdviceRoute, async (c) => {
    useLang(c, c.req.valid('query').lang);
    const a = unwrap(await getProfileAdvice(deps(c), actorOf(c), recordId(c.req.valid('param').id)));
    const { asOf, ...advice } = a;
    return c.json(presentAdviceResult(c.var.lang, asOf, rulesVersion(asOf), advice), 200);
  });

  app.openapi(listMessagesRoute, async (c) => {
    const { limit, unread, lang } = c.req.valid('query');
    useLang(c, lang);
    const r = await listMessages(deps(c), actorOf(c), { limit, unreadOnly: unread === 'true' });
    return c.json({ messages: r.messages.map((m) => messageView(c.var.lang, m)), unread: r.unread }, 200);
  });

  app.openapi(readMessageRoute, async (c) => {
    const r = await markMessageRead(deps(c), actorOf(c), recordId(c.req.valid('param').id));
    if (!r.ok) throw notFound();
    return c.body(null, 204);
  });

  app.openapi(candidateFileRoute, async (c) => {
    useLang(c, c.req.valid('query').lang);
    const p = unwrap(await readCandidateFile(deps(c), actorOf(c), recordId(c.req.valid('param').id)));
    const lang = c.var.lang;
    let score = null;
    if (p.score && p.rulesVersion) {
      const { findings, asOf, ...rest } = p.score;
      score = presentCrs(lang, asOf, p.rulesVersion, rest, findings);
    }
    const eligibility = p.eligibility && p.rulesVersion ? presentEligibilityResult(lang, p.eligibility.asOf, p.rulesVersion, p.eligibility) : null;
    return c.json({ profile: profileView(lang, p), score, eligibility }, 200);
  });

  app.openapi(poolStatsRoute, async (c) => c.json(unwrap(await getPoolStatistics(deps(c), actorOf(c))), 200));
}
