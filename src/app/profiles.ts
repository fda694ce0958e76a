// Use cases of the candidate profile lifecycle (issue #3; product.md "Profile"): draft, submit, update, withdraw,
// clone, the expiry sweep, reminders, re-scoring when the rules change, and the reads of candidates and officers.
// Each opens ONE transaction through the UnitOfWork (the batch sweeps: one per batch), asks the pure lifecycle table
// (src/domain/profile-lifecycle.ts) before any change, audits every change, and answers failures as typed results.
// A failure rolls the whole transaction back: nothing is partially stored.
import { z } from 'zod';
import { profileSchema, fieldErrors, type FieldError } from './schemas.ts';
import { profileRuleErrors } from './evaluate.ts';
import { appendAudit } from './audit.ts';
import { SYSTEM_ACTOR, type Actor, type AuditActor } from './ports/audit.ts';
import { Rollback, StoreConflict, type Repositories, type UnitOfWork } from './ports/unit-of-work.ts';
import type { MessageKind, MessageParams } from './ports/messages.ts';
import type {
  PoolCursor,
  PoolStatistics,
  ProfileChanges,
  ProfileData,
  ProfileRecord,
  ProfileState,
  RescoreChangeRecord,
  RescoreReportRecord,
  RescoreSummary,
  StoredEligibility,
  StoredScore,
} from './ports/profiles.ts';
import { profileState } from './ports/profiles.ts';
import type { Clock } from './ports.ts';
import type { Role } from '../domain/accounts.ts';
import { scoreCrs } from '../domain/crs.ts';
import { deriveCrsFactors } from '../domain/derive.ts';
import { checkEligibility } from '../domain/eligibility.ts';
import { adviseCrs, type AdviceResult } from '../domain/advice.ts';
import { testValidUntil } from '../domain/language.ts';
import { ecaValidUntil } from '../domain/education.ts';
import { addDays, toDayNumber } from '../domain/dates.ts';
import { at as ruleAt, rulesVersion } from '../domain/rules/index.ts';
import { PROFILE_VALIDITY_MONTHS } from '../domain/rules/process.ts';
import { categoryEligibility, distributionFromHistogram } from '../domain/rounds.ts';
import type { CategoryCode } from '../domain/rules/categories.ts';
import {
  EXPIRY_REMINDER_DAYS,
  addMonthsToInstant,
  checkTransition,
  dayOf,
  dueExpiryReminder,
  statusAfterClone,
  targetsOf,
  type ProfileAction,
  type ProfileStatus,
} from '../domain/profile-lifecycle.ts';
import { PROGRAMS, type Instant, type IsoDate, type Profile, type Program } from '../domain/vocabulary.ts';

// ── Results ─────────────────────────────────────────────────────────────────────────────────────────────────────

export type ProfileError =
  | { code: 'not_found' }
  | { code: 'forbidden' }
  /** A second active profile, or the profile changed since the version the caller read. */
  | { code: 'conflict'; reason: 'active_profile_exists' | 'stale_version' }
  | { code: 'transition_not_allowed'; from: ProfileStatus; action: ProfileAction }
  | { code: 'validation_failed'; errors: FieldError[] };

export type Result<T> = { ok: true; value: T } | { ok: false; error: ProfileError };

const ok = <T>(value: T): Result<T> => ({ ok: true, value });
const fail = <T = never>(error: ProfileError): Result<T> => ({ ok: false, error });
const notFound = <T = never>(): Result<T> => fail({ code: 'not_found' });

export interface ProfileDeps {
  uow: UnitOfWork;
  clock: Clock;
}

/** Re-scoring and sweeps work in batches of this many profiles (one transaction each). */
export const BATCH_SIZE = 500;

/** Roles that may read any candidate's file (each read is audited) and the pool statistics. */
export const FILE_READER_ROLES: readonly Role[] = ['officer', 'round_approver', 'auditor', 'admin'];

/**
 * Runs `fn` in one transaction; an error result rolls it back (nothing partially stored) and a storage conflict
 * (unique index, see StoreConflict) becomes a `conflict` result.
 */
async function inTransaction<T>(uow: UnitOfWork, fn: (r: Repositories) => Promise<Result<T>>): Promise<Result<T>> {
  try {
    return await uow.transaction(async (r) => {
      const result = await fn(r);
      if (!result.ok) throw new Rollback(result);
      return result;
    });
  } catch (error) {
    if (error instanceof Rollback) return error.value as Result<T>;
    if (error instanceof StoreConflict) return fail({ code: 'conflict', reason: error.reason === 'active_profile_exists' ? 'active_profile_exists' : 'stale_version' });
    throw error;
  }
}

/** The candidate whose profiles the actor works on: the candidate themself, or the one a representative acts for. */
function candidateOf(actor: Actor): string | null {
  if (actor.role === 'candidate') return actor.actorId;
  if (actor.role === 'representative') return actor.onBehalfOf;
  return null;
}

/** The actor's candidate's profile, locked for the transaction; someone else's is "not found" (never "forbidden"). */
async function ownProfile(r: Repositories, actor: Actor, profileId: string): Promise<Result<ProfileState>> {
  const candidateId = candidateOf(actor);
  if (candidateId === null) return fail({ code: 'forbidden' });
  const profile = await r.profiles.lockState(profileId);
  if (!profile || profile.candidateId !== candidateId) return notFound();
  return ok(profile);
}

function checkVersion(profile: ProfileState, expectedVersion: number | undefined): Result<void> {
  if (expectedVersion !== undefined && expectedVersion !== profile.version) return fail({ code: 'conflict', reason: 'stale_version' });
  return ok(undefined);
}

function refuse<T>(from: ProfileStatus, action: ProfileAction): Result<T> {
  return fail({ code: 'transition_not_allowed', from, action });
}

// ── Validation ──────────────────────────────────────────────────────────────────────────────────────────────────

function isPlainObject(value: unknown): value is ProfileData {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A draft may be incomplete: types, ranges and unknown fields are checked, missing fields are not (the profile
 * schema's issues on absent values are dropped; cross-field checks run on submission).
 */
export function draftErrors(data: unknown): FieldError[] {
  if (!isPlainObject(data)) return [{ field: '(root)', expected: 'object' }];
  const r = profileSchema.safeParse(data);
  if (r.success) return [];
  const present = r.error.issues.filter((issue) => issue.code === 'unrecognized_keys' || valueAt(data, issue.path) !== undefined);
  return present.length === 0 ? [] : fieldErrors(new z.ZodError(present), data);
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** A profile ready for the pool: complete, and right by the rules in force on `asOf` (test scales, dates). */
export function completeProfile(data: unknown, asOf: IsoDate): { ok: true; profile: Profile } | { ok: false; errors: FieldError[] } {
  const r = profileSchema.safeParse(data);
  if (!r.success) return { ok: false, errors: fieldErrors(r.error, data) };
  const profile = r.data as Profile;
  const errors = profileRuleErrors(profile, asOf);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, profile };
}

// ── Evaluation ──────────────────────────────────────────────────────────────────────────────────────────────────

export interface ProfileEvaluation {
  eligible: boolean;
  eligiblePrograms: Program[];
  eligibility: StoredEligibility;
  score: StoredScore;
  rulesVersion: IsoDate;
  /** Categories qualified for on `asOf` (stored for pool statistics; a round evaluates them on its own day). */
  categories: CategoryCode[];
}

/** Eligibility per program and the CRS score with its lines, with the rules in force on `asOf`. */
export function evaluateProfile(profile: Profile, asOf: IsoDate): ProfileEvaluation {
  const eligibility = checkEligibility(profile, asOf);
  const derived = deriveCrsFactors(profile, asOf);
  const crs = scoreCrs(derived.factors, asOf);
  return {
    eligible: eligibility.expressEntryEligible,
    eligiblePrograms: PROGRAMS.filter((p) => eligibility.programs[p].eligible),
    eligibility: { ...eligibility, asOf },
    score: { ...crs, asOf, findings: derived.findings },
    rulesVersion: rulesVersion(asOf),
    categories: categoryEligibility(profile, asOf),
  };
}

function evaluationChanges(e: ProfileEvaluation): ProfileChanges {
  return {
    scoreTotal: e.score.total,
    score: e.score,
    rulesVersion: e.rulesVersion,
    eligibility: e.eligibility,
    eligiblePrograms: e.eligiblePrograms,
    categories: e.categories,
  };
}

/** Codes of the reasons a profile meets no program (the warnings of every program), for the ineligibility message. */
function ineligibilityReasons(e: ProfileEvaluation): string {
  const codes = new Set<string>();
  for (const p of PROGRAMS) for (const f of e.eligibility.programs[p].reasons) if (f.severity === 'warning') codes.add(f.code);
  for (const f of e.eligibility.findings) if (f.code === 'quebec_destination') codes.add(f.code);
  return [...codes].join(',');
}

// ── Messages ────────────────────────────────────────────────────────────────────────────────────────────────────

interface Notice {
  accountId: string;
  kind: MessageKind;
  params: MessageParams;
  at: Instant;
  dedupeKey?: string;
  /** Also queue an e-mail (default true). */
  email?: boolean;
}

/** Inbox message and (unless email: false) e-mail; false when the dedupe key was used already (nothing added). */
async function notify(r: Repositories, n: Notice): Promise<boolean> {
  const message = { accountId: n.accountId, kind: n.kind, params: n.params, at: n.at, ...(n.dedupeKey ? { dedupeKey: n.dedupeKey } : {}) };
  const added = await r.messages.add(message);
  if (added && n.email !== false) await r.outbox.enqueue(message);
  return added;
}

// ── Audit ───────────────────────────────────────────────────────────────────────────────────────────────────────

function audit(r: Repositories, at: Instant, actor: AuditActor, action: string, before: ProfileState | null, after: ProfileState | null) {
  const entityId = (after ?? before)!.id;
  return appendAudit(r, { at, actor, action: `profile.${action}`, entityType: 'profile', entityId, before: before && profileState(before), after: after && profileState(after) });
}

/** Applies changes at the profile's version; a concurrent change makes the whole use case a `conflict`. */
async function change(r: Repositories, profile: ProfileState, changes: ProfileChanges, at: Instant): Promise<ProfileRecord> {
  const updated = await r.profiles.update(profile.id, profile.version, changes, at);
  if (!updated) throw new StoreConflict('stale_version');
  return updated;
}

// ── Candidate: draft, submit, update, withdraw, clone ──────────────────────────────────────────────────────────

export interface SaveDraftInput {
  /** Absent: create a new draft (the candidate must have no active profile). */
  profileId?: string;
  data: unknown;
  expectedVersion?: number;
}

/** Creates the candidate's draft, or saves over it. The data may be incomplete; what is there must be well typed. */
export async function saveDraft(deps: ProfileDeps, actor: Actor, input: SaveDraftInput): Promise<Result<ProfileRecord>> {
  const errors = draftErrors(input.data);
  if (errors.length > 0) return fail({ code: 'validation_failed', errors });
  const data = input.data as ProfileData;
  const now = deps.clock.now();
  return inTransaction(deps.uow, async (r) => {
    if (input.profileId === undefined) {
      const candidateId = candidateOf(actor);
      if (candidateId === null) return fail({ code: 'forbidden' });
      if (await r.profiles.activeForCandidate(candidateId)) return fail({ code: 'conflict', reason: 'active_profile_exists' });
      const created = await r.profiles.insertDraft({ candidateId, data, clonedFrom: null, at: now });
      await audit(r, now, actor, 'create', null, created);
      return ok(created);
    }
    const own = await ownProfile(r, actor, input.profileId);
    if (!own.ok) return own;
    return saveDraftOf(r, actor, own.value, data, input.expectedVersion, now);
  });
}

/** Saves the data of a draft (locked by the caller's transaction), as it is. */
async function saveDraftOf(
  r: Repositories,
  actor: Actor,
  profile: ProfileState,
  data: ProfileData,
  expectedVersion: number | undefined,
  now: Instant,
): Promise<Result<ProfileRecord>> {
  const version = checkVersion(profile, expectedVersion);
  if (!version.ok) return version;
  if (!checkTransition(profile.status, 'save_draft', 'draft').ok) return refuse(profile.status, 'save_draft');
  const saved = await change(r, profile, { data }, now);
  await audit(r, now, actor, 'save_draft', profile, saved);
  return ok(saved);
}

export interface ProfileRef {
  profileId: string;
  expectedVersion?: number;
}

/**
 * Submits a draft: checks completeness, runs eligibility per program and the CRS with the rules in force today, and
 * either enters the pool (`submitted`: the submission instant is the tie-break stamp; expiry 12 months later) or
 * becomes `ineligible` with its reasons. Either way the candidate is told (inbox and e-mail).
 */
export async function submitProfile(deps: ProfileDeps, actor: Actor, ref: ProfileRef): Promise<Result<ProfileRecord>> {
  const now = deps.clock.now();
  const asOf = deps.clock.today();
  return inTransaction(deps.uow, async (r) => {
    const own = await ownProfile(r, actor, ref.profileId);
    if (!own.ok) return own;
    const profile = own.value;
    const version = checkVersion(profile, ref.expectedVersion);
    if (!version.ok) return version;
    if (targetsOf(profile.status, 'submit').length === 0) return refuse(profile.status, 'submit');
    const complete = completeProfile(profile.data, asOf);
    if (!complete.ok) return fail({ code: 'validation_failed', errors: complete.errors });
    const e = evaluateProfile(complete.profile, asOf);
    const to: ProfileStatus = e.eligible ? 'submitted' : 'ineligible';
    if (!checkTransition(profile.status, 'submit', to).ok) return refuse(profile.status, 'submit');
    const changes: ProfileChanges = { ...evaluationChanges(e), status: to, data: complete.profile as unknown as ProfileData };
    if (e.eligible) Object.assign(changes, enterPool(profile, now, asOf));
    const submitted = await change(r, profile, changes, now);
    await audit(r, now, actor, 'submit', profile, submitted);
    await notifyEligibility(r, submitted, e, now);
    return ok(submitted);
  });
}

/** The stamp and expiry, set once: when the profile first enters the pool (later entries keep both). */
function enterPool(profile: ProfileState, now: Instant, asOf: IsoDate): ProfileChanges {
  if (profile.submittedAt !== null) return {};
  return { submittedAt: now, expiresAt: addMonthsToInstant(now, ruleAt(PROFILE_VALIDITY_MONTHS, asOf)) };
}

async function notifyEligibility(r: Repositories, p: ProfileRecord, e: ProfileEvaluation, at: Instant): Promise<void> {
  if (p.status === 'submitted') {
    await notify(r, {
      accountId: p.candidateId,
      kind: 'profile_submitted',
      params: { number: p.number, score: e.score.total, expiresOn: dayOf(p.expiresAt!), programs: e.eligiblePrograms.join(',') },
      at,
    });
  } else {
    await notify(r, { accountId: p.candidateId, kind: 'profile_ineligible', params: { number: p.number, reasons: ineligibilityReasons(e) }, at });
  }
}

export interface UpdateProfileInput extends ProfileRef {
  data: unknown;
}

/**
 * Updates a profile in the pool (or one found ineligible): eligibility and CRS are run again with the rules in force
 * today; the profile leaves the pool when it meets no program any more, and comes back when it does. The stamp and
 * the expiry never change.
 */
export async function updateProfile(deps: ProfileDeps, actor: Actor, input: UpdateProfileInput): Promise<Result<ProfileRecord>> {
  const now = deps.clock.now();
  const asOf = deps.clock.today();
  const complete = completeProfile(input.data, asOf);
  if (!complete.ok) return fail({ code: 'validation_failed', errors: complete.errors });
  return inTransaction(deps.uow, async (r) => {
    const own = await ownProfile(r, actor, input.profileId);
    if (!own.ok) return own;
    return updateOf(r, actor, own.value, complete.profile, input.expectedVersion, now, asOf);
  });
}

/** Updates a profile (locked by the caller's transaction) with complete, valid data: re-evaluated, audited, told. */
async function updateOf(
  r: Repositories,
  actor: Actor,
  profile: ProfileState,
  data: Profile,
  expectedVersion: number | undefined,
  now: Instant,
  asOf: IsoDate,
): Promise<Result<ProfileRecord>> {
  const version = checkVersion(profile, expectedVersion);
  if (!version.ok) return version;
  if (targetsOf(profile.status, 'update').length === 0) return refuse(profile.status, 'update');
  const e = evaluateProfile(data, asOf);
  const to: ProfileStatus = e.eligible ? 'submitted' : 'ineligible';
  if (!checkTransition(profile.status, 'update', to).ok) return refuse(profile.status, 'update');
  const changes: ProfileChanges = { ...evaluationChanges(e), status: to, data: data as unknown as ProfileData };
  if (e.eligible) Object.assign(changes, enterPool(profile, now, asOf));
  const updated = await change(r, profile, changes, now);
  await audit(r, now, actor, 'update', profile, updated);
  if (profile.status !== updated.status) {
    if (updated.status === 'ineligible') {
      await notify(r, { accountId: updated.candidateId, kind: 'profile_left_pool', params: { number: updated.number, reasons: ineligibilityReasons(e) }, at: now });
    } else {
      await notifyEligibility(r, updated, e, now);
    }
  }
  return ok(updated);
}

/**
 * Saves what the candidate sent for an existing profile: a draft is saved as it is (it may be incomplete); any other
 * status is an update of a complete profile. One transaction: the profile is read once, locked, and its status
 * decides the branch, so a status changed by another request waits for this one or is seen by it.
 */
export async function saveProfile(deps: ProfileDeps, actor: Actor, input: UpdateProfileInput): Promise<Result<ProfileRecord>> {
  const now = deps.clock.now();
  const asOf = deps.clock.today();
  return inTransaction(deps.uow, async (r) => {
    const own = await ownProfile(r, actor, input.profileId);
    if (!own.ok) return own;
    if (own.value.status === 'draft') {
      const errors = draftErrors(input.data);
      if (errors.length > 0) return fail({ code: 'validation_failed', errors });
      return saveDraftOf(r, actor, own.value, input.data as ProfileData, input.expectedVersion, now);
    }
    const complete = completeProfile(input.data, asOf);
    if (!complete.ok) return fail({ code: 'validation_failed', errors: complete.errors });
    return updateOf(r, actor, own.value, complete.profile, input.expectedVersion, now, asOf);
  });
}

/** Withdraws the profile (from the pool, or a draft or an ineligible profile); it stays readable and can be cloned. */
export async function withdrawProfile(deps: ProfileDeps, actor: Actor, ref: ProfileRef): Promise<Result<ProfileRecord>> {
  const now = deps.clock.now();
  return inTransaction(deps.uow, async (r) => {
    const own = await ownProfile(r, actor, ref.profileId);
    if (!own.ok) return own;
    const profile = own.value;
    const version = checkVersion(profile, ref.expectedVersion);
    if (!version.ok) return version;
    if (!checkTransition(profile.status, 'withdraw', 'withdrawn').ok) return refuse(profile.status, 'withdraw');
    const withdrawn = await change(r, profile, { status: 'withdrawn' }, now);
    await audit(r, now, actor, 'withdraw', profile, withdrawn);
    await notify(r, { accountId: withdrawn.candidateId, kind: 'profile_withdrawn', params: { number: withdrawn.number }, at: now, email: false });
    return ok(withdrawn);
  });
}

/**
 * Starts a new draft from a closed profile (withdrawn, expired, ita_expired) or an ineligible one, which is then
 * withdrawn (a candidate has one active profile). The draft gets a new number; its stamp comes when it is submitted.
 */
export async function cloneProfile(deps: ProfileDeps, actor: Actor, ref: ProfileRef): Promise<Result<ProfileRecord>> {
  const now = deps.clock.now();
  return inTransaction(deps.uow, async (r) => {
    const own = await ownProfile(r, actor, ref.profileId);
    if (!own.ok) return own;
    const source = own.value;
    const version = checkVersion(source, ref.expectedVersion);
    if (!version.ok) return version;
    const sourceAfter = statusAfterClone(source.status);
    if (sourceAfter === null) return refuse(source.status, 'clone');
    if (sourceAfter !== source.status) {
      const closed = await change(r, source, { status: sourceAfter }, now);
      await audit(r, now, actor, 'withdraw', source, closed);
    }
    if (await r.profiles.activeForCandidate(source.candidateId)) return fail({ code: 'conflict', reason: 'active_profile_exists' });
    const draft = await r.profiles.insertDraft({ candidateId: source.candidateId, data: source.data, clonedFrom: source.id, at: now });
    await audit(r, now, actor, 'clone', null, draft);
    return ok(draft);
  });
}

// ── Candidate reads ─────────────────────────────────────────────────────────────────────────────────────────────

async function readOwn(deps: ProfileDeps, actor: Actor, profileId: string): Promise<Result<ProfileRecord>> {
  const candidateId = candidateOf(actor);
  if (candidateId === null) return fail({ code: 'forbidden' });
  const profile = await deps.uow.read((r) => r.profiles.byId(profileId));
  return profile && profile.candidateId === candidateId ? ok(profile) : notFound();
}

/** One of the candidate's own profiles (any status); someone else's is not found. */
export function getProfile(deps: ProfileDeps, actor: Actor, profileId: string): Promise<Result<ProfileRecord>> {
  return readOwn(deps, actor, profileId);
}

/** The candidate's profiles, newest first (closed ones included: they stay readable). */
export async function listMyProfiles(deps: ProfileDeps, actor: Actor): Promise<Result<ProfileRecord[]>> {
  const candidateId = candidateOf(actor);
  if (candidateId === null) return fail({ code: 'forbidden' });
  return ok(await deps.uow.read((r) => r.profiles.listForCandidate(candidateId)));
}

export interface ProfileScore {
  profileId: string;
  status: ProfileStatus;
  /** 'stored': as scored at submission, update or re-scoring; 'preview': a complete draft scored now, nothing stored. */
  source: 'stored' | 'preview';
  score: StoredScore;
  eligibility: StoredEligibility;
  rulesVersion: IsoDate;
}

/** The score with its explanation lines and eligibility; a complete draft is scored as a preview (not stored). */
export async function getProfileScore(deps: ProfileDeps, actor: Actor, profileId: string): Promise<Result<ProfileScore>> {
  const own = await readOwn(deps, actor, profileId);
  if (!own.ok) return own;
  const p = own.value;
  if (p.score && p.eligibility && p.rulesVersion) {
    return ok({ profileId: p.id, status: p.status, source: 'stored', score: p.score, eligibility: p.eligibility, rulesVersion: p.rulesVersion });
  }
  const asOf = deps.clock.today();
  const complete = completeProfile(p.data, asOf);
  if (!complete.ok) return fail({ code: 'validation_failed', errors: complete.errors });
  const e = evaluateProfile(complete.profile, asOf);
  return ok({ profileId: p.id, status: p.status, source: 'preview', score: e.score, eligibility: e.eligibility, rulesVersion: e.rulesVersion });
}

/** Advice to raise the score, under the rules in force today (needs a complete profile). */
export async function getProfileAdvice(deps: ProfileDeps, actor: Actor, profileId: string): Promise<Result<AdviceResult & { asOf: IsoDate }>> {
  const own = await readOwn(deps, actor, profileId);
  if (!own.ok) return own;
  const asOf = deps.clock.today();
  const complete = completeProfile(own.value.data, asOf);
  if (!complete.ok) return fail({ code: 'validation_failed', errors: complete.errors });
  return ok({ ...adviseCrs(complete.profile, asOf), asOf });
}

// ── Officer reads ───────────────────────────────────────────────────────────────────────────────────────────────

/** A candidate's file, read by an officer (or auditor, approver, admin): the read is audited. */
export async function readCandidateFile(deps: ProfileDeps, actor: Actor, profileId: string): Promise<Result<ProfileRecord>> {
  if (!FILE_READER_ROLES.includes(actor.role)) return fail({ code: 'forbidden' });
  const now = deps.clock.now();
  return inTransaction(deps.uow, async (r) => {
    const profile = await r.profiles.byId(profileId);
    if (!profile) return notFound();
    await appendAudit(r, { at: now, actor, action: 'profile.read', entityType: 'profile', entityId: profile.id });
    return ok(profile);
  });
}

/** Pool statistics: counts by status, program, province and CRS band (IRCC's bands). */
export async function getPoolStatistics(deps: ProfileDeps, actor: Actor): Promise<Result<PoolStatistics>> {
  if (!FILE_READER_ROLES.includes(actor.role)) return fail({ code: 'forbidden' });
  const counts = await deps.uow.read((r) => r.profiles.poolStatistics());
  const { scoreHistogram, ...rest } = counts;
  return ok({ ...rest, byCrsBand: distributionFromHistogram(scoreHistogram) });
}

/** The pool, best first (score, then submission stamp, then id), one page at a time. */
export async function listPool(deps: ProfileDeps, actor: Actor, opts: { limit: number; after?: PoolCursor }): Promise<Result<ProfileRecord[]>> {
  if (!FILE_READER_ROLES.includes(actor.role)) return fail({ code: 'forbidden' });
  const limit = Math.max(1, Math.min(opts.limit, 1000));
  return ok(await deps.uow.read((r) => r.profiles.listPool({ limit, ...(opts.after ? { after: opts.after } : {}) })));
}

// ── Scheduled work: expiry, reminders, re-scoring ──────────────────────────────────────────────────────────────

/** Expires every profile whose 12 months have run out at `now` (default: the clock); returns how many. Idempotent. */
export async function expireProfiles(deps: ProfileDeps, now: Instant = deps.clock.now()): Promise<number> {
  let count = 0;
  for (;;) {
    const done = await deps.uow.transaction(async (r) => {
      const due = await r.profiles.dueForExpiry(now, BATCH_SIZE);
      for (const profile of due) {
        if (!checkTransition(profile.status, 'expire', 'expired').ok) continue;
        const expired = await change(r, profile, { status: 'expired' }, now);
        await audit(r, now, SYSTEM_ACTOR, 'expire', profile, expired);
        await notify(r, { accountId: expired.candidateId, kind: 'profile_expired', params: { number: expired.number, expiredOn: dayOf(expired.expiresAt!) }, at: now });
      }
      return due.length;
    });
    count += done;
    if (done < BATCH_SIZE) return count;
  }
}

export interface ReminderCounts {
  /** Profile expiry reminders sent (60, 30 and 7 days before). */
  expiry: number;
  /** Language tests and ECAs about to expire while the profile is in the pool. */
  documents: number;
}

/** A language test or an ECA counts for this many more days: the candidate is told once, this many days before. */
export const DOCUMENT_NOTICE_DAYS = 60;

/**
 * Reminders, idempotent (each is sent once, whatever how often the sweep runs): profile expiry 60, 30 and 7 days
 * before (only the most urgent one due), and a language test or ECA that stops counting within 60 days while the
 * profile is in the pool.
 */
export async function sendExpiryReminders(deps: ProfileDeps, now: Instant = deps.clock.now()): Promise<ReminderCounts> {
  const today = dayOf(now);
  const horizon = `${addDays(today, Math.max(...EXPIRY_REMINDER_DAYS) + 1)}T00:00:00.000Z`;
  const counts: ReminderCounts = { expiry: 0, documents: 0 };
  let afterId: string | null = null;
  for (;;) {
    const batch: ProfileRecord[] = await deps.uow.transaction(async (r) => {
      const profiles = await r.profiles.expiringBetween(now, horizon, { afterId, limit: BATCH_SIZE });
      for (const p of profiles) {
        const expiresOn = dayOf(p.expiresAt!);
        const days = dueExpiryReminder(expiresOn, today);
        if (days === null) continue;
        const sent = await notify(r, {
          accountId: p.candidateId,
          kind: 'profile_expiry_reminder',
          params: { number: p.number, days, expiresOn },
          at: now,
          dedupeKey: `profile_expiry_reminder:${p.id}:${days}:${expiresOn}`,
        });
        if (sent) counts.expiry++;
      }
      return profiles;
    });
    if (batch.length < BATCH_SIZE) break;
    afterId = batch[batch.length - 1]!.id;
  }
  afterId = null;
  for (;;) {
    const batch: ProfileRecord[] = await deps.uow.transaction(async (r) => {
      const profiles = await r.profiles.poolBatch({ afterId, limit: BATCH_SIZE });
      for (const p of profiles) counts.documents += await noticeExpiringDocuments(r, p, today, now);
      return profiles;
    });
    if (batch.length < BATCH_SIZE) break;
    afterId = batch[batch.length - 1]!.id;
  }
  return counts;
}

/** Language tests (the candidate's and the spouse's) and ECAs whose last valid day is within DOCUMENT_NOTICE_DAYS. */
async function noticeExpiringDocuments(r: Repositories, p: ProfileRecord, today: IsoDate, now: Instant): Promise<number> {
  const profile = p.data as unknown as Profile;
  const soon = (until: IsoDate) => until >= today && toDayNumber(until) - toDayNumber(today) <= DOCUMENT_NOTICE_DAYS;
  const notices: { kind: 'language_test_expiring' | 'eca_expiring'; params: Record<string, string | number>; dedupeKey: string }[] = [];
  const tests = [
    ...(profile.languageTests ?? []).map((t) => ({ t, who: 'principal' })),
    ...(profile.spouse?.languageTests ?? []).map((t) => ({ t, who: 'spouse' })),
  ];
  for (const { t, who } of tests) {
    const validUntil = testValidUntil(t);
    if (!soon(validUntil)) continue;
    notices.push({
      kind: 'language_test_expiring',
      params: { number: p.number, test: t.test, testDate: t.testDate, validUntil, who },
      dedupeKey: `language_test_expiring:${p.id}:${who}:${t.test}:${t.testDate}`,
    });
  }
  const credentials = [
    ...(profile.education ?? []).map((c) => ({ c, who: 'principal' })),
    ...(profile.spouse?.education ?? []).map((c) => ({ c, who: 'spouse' })),
  ];
  for (const { c, who } of credentials) {
    if (c.canadian || !c.ecaDate) continue;
    const validUntil = ecaValidUntil(c.ecaDate, today);
    if (!soon(validUntil)) continue;
    notices.push({
      kind: 'eca_expiring',
      params: { number: p.number, level: c.level, ecaDate: c.ecaDate, validUntil, who },
      dedupeKey: `eca_expiring:${p.id}:${who}:${c.level}:${c.ecaDate}`,
    });
  }
  let sent = 0;
  for (const notice of notices) {
    if (await notify(r, { accountId: p.candidateId, ...notice, at: now })) sent++;
  }
  return sent;
}

export interface RescoreProgress {
  done: number;
  total: number;
  changed: number;
}

/**
 * Re-scores every profile in the pool with the rules in force at `at` (eligibility checked again: a profile that
 * meets no program any more leaves the pool), in batches of BATCH_SIZE (one transaction each), reporting progress.
 * Stores a report and one change row per profile whose score changed or that left the pool. Running it again at the
 * same instant changes nothing more.
 */
export async function applyRules(
  deps: ProfileDeps,
  at: Instant,
  onProgress?: (progress: RescoreProgress) => void,
  opts: { batchSize?: number } = {},
): Promise<RescoreReportRecord> {
  const batchSize = opts.batchSize ?? BATCH_SIZE;
  const asOf = dayOf(at);
  const versionTo = rulesVersion(asOf);
  const now = deps.clock.now();
  const { report, total } = await deps.uow.transaction(async (r) => {
    const total = (await r.profiles.poolStatistics()).inPool;
    const summary: RescoreSummary = { deltaHistogram: {}, up: 0, down: 0, leftPool: 0, maxChange: 0, fromVersions: {} };
    const report = await r.rescore.insertReport({ at, rulesVersionFrom: null, rulesVersionTo: versionTo, profiles: 0, changed: 0, summary });
    return { report, total };
  });
  const summary: RescoreSummary = { deltaHistogram: {}, up: 0, down: 0, leftPool: 0, maxChange: 0, fromVersions: {} };
  let done = 0;
  let changed = 0;
  let afterId: string | null = null;
  onProgress?.({ done, total, changed });
  for (;;) {
    const batch: ProfileRecord[] = await deps.uow.transaction(async (r) => {
      const profiles = await r.profiles.poolBatch({ afterId, limit: batchSize });
      const changes: RescoreChangeRecord[] = [];
      for (const p of profiles) {
        const from = p.rulesVersion ?? 'none';
        summary.fromVersions[from] = (summary.fromVersions[from] ?? 0) + 1;
        const complete = completeProfile(p.data, asOf);
        // A pool profile was complete when it entered; if the rules now refuse its data (a test off a new scale), it
        // meets no program: it leaves the pool like any other ineligible profile.
        const e = complete.ok ? evaluateProfile(complete.profile, asOf) : null;
        const eligible = e?.eligible ?? false;
        const to: ProfileStatus = eligible ? 'submitted' : 'ineligible';
        if (!checkTransition(p.status, 'rescore', to).ok) continue;
        const after = e ? e.score.total : p.scoreTotal;
        const sameScore = after === p.scoreTotal;
        if (eligible && sameScore && p.rulesVersion === versionTo && sameList(p.eligiblePrograms, e!.eligiblePrograms)) continue;
        const update: ProfileChanges = { status: to, ...(e ? evaluationChanges(e) : {}) };
        const rescored = await change(r, p, update, now);
        await audit(r, now, SYSTEM_ACTOR, 'rescore', p, rescored);
        if (!eligible) {
          summary.leftPool++;
          changes.push({ reportId: report.id, profileId: p.id, candidateId: p.candidateId, before: p.scoreTotal, after, leftPool: true });
          await notify(r, {
            accountId: p.candidateId,
            kind: 'profile_left_pool',
            params: { number: p.number, reasons: e ? ineligibilityReasons(e) : 'profile_incomplete', rulesVersion: versionTo },
            at: now,
          });
        } else if (!sameScore) {
          const delta = after! - (p.scoreTotal ?? 0);
          summary.deltaHistogram[String(delta)] = (summary.deltaHistogram[String(delta)] ?? 0) + 1;
          if (delta > 0) summary.up++;
          else summary.down++;
          summary.maxChange = Math.max(summary.maxChange, Math.abs(delta));
          changes.push({ reportId: report.id, profileId: p.id, candidateId: p.candidateId, before: p.scoreTotal, after, leftPool: false });
          await notify(r, {
            accountId: p.candidateId,
            kind: 'score_changed',
            params: { number: p.number, before: p.scoreTotal ?? 0, after: after!, rulesVersion: versionTo },
            at: now,
            email: false,
          });
        }
      }
      await r.rescore.insertChanges(changes);
      changed += changes.length;
      return profiles;
    });
    done += batch.length;
    onProgress?.({ done, total: Math.max(total, done), changed });
    if (batch.length < batchSize) break;
    afterId = batch[batch.length - 1]!.id;
  }
  const fromVersions = Object.keys(summary.fromVersions).filter((v) => v !== 'none').sort();
  const rulesVersionFrom = fromVersions.at(-1) ?? null;
  await deps.uow.transaction(async (r) => {
    await r.rescore.finishReport(report.id, { profiles: done, changed, summary, rulesVersionFrom });
    await appendAudit(r, {
      at: now,
      actor: SYSTEM_ACTOR,
      action: 'rules.apply',
      entityType: 'rescore_report',
      entityId: report.id,
      after: { at, rulesVersionTo: versionTo, profiles: done, changed, summary },
    });
  });
  return { ...report, rulesVersionFrom, profiles: done, changed, summary };
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
