// Use cases of rounds of invitations (issue #4; product.md "Round of invitations"; rules.md §7): draft, simulate,
// approve, execute, publish; the candidate's invitations (ITAs): accept, decline, the expiry sweep; "why wasn't I
// invited?"; IRCC's published rounds imported from its feed. The selection itself is pure (src/domain/rounds.ts).
// Each use case runs in ONE transaction (the sweep: one per batch), audits every change and answers typed results.
//
// Workflow of a round:  draft ─simulate─▶ simulated ─approve─▶ approved ─execute─▶ executed ─publish─▶ published
// (simulate may run again while draft or simulated; execute and publish are idempotent once done.)
import { appendAudit, appendAuditMany } from './audit.ts';
import { parseIrccFeed, type IrccRound } from './ircc-feed.ts';
import { selectRoundInDatabase, type DatabaseSelection } from './round-selection.ts';
import type { FieldError } from './schemas.ts';
import type { Actor, AuditActor } from './ports/audit.ts';
import { SYSTEM_ACTOR } from './ports/audit.ts';
import type { MessageKind, MessageParams } from './ports/messages.ts';
import { profileState, type ProfileRecord } from './ports/profiles.ts';
import type { ApplicationRecord } from './ports/applications.ts';
import type { ItaRecord, NewIta, PoolProfile, RoundOutcome, RoundRecord, RoundStatus, StoredRoundOutcome } from './ports/rounds.ts';
import { Rollback, StoreConflict, type Repositories, type UnitOfWork } from './ports/unit-of-work.ts';
import type { Clock } from './ports.ts';
import type { Role } from '../domain/accounts.ts';
import { checkTransition, type ProfileAction, type ProfileStatus } from '../domain/profile-lifecycle.ts';
import { buildRoundReport, type RoundReport } from '../domain/round-report.ts';
import { rulesVersion } from '../domain/rules/index.ts';
import { itaResponseDeadline } from '../domain/rules/process.ts';
import {
  categoryEligibility,
  dayOf,
  inPoolAt,
  validateRoundSpec,
  whyNotInvited as whyNotInvitedPure,
  type NotInvitedReason,
  type PoolCandidate,
  type RoundResult,
  type RoundSpec,
  type RoundSpecIssue,
} from '../domain/rounds.ts';
import type { Instant, IsoDate, Profile, Program } from '../domain/vocabulary.ts';

// ── Results ─────────────────────────────────────────────────────────────────────────────────────────────────────

export type RoundAction = 'simulate' | 'approve' | 'execute' | 'publish';
export type ItaAction = 'accept' | 'decline';

export type RoundError =
  | { code: 'not_found' }
  /** `separation_of_duties`: the officer who drafted a round may not approve or execute it. */
  | { code: 'forbidden'; reason?: 'separation_of_duties' }
  | { code: 'conflict'; reason: string }
  | { code: 'validation_failed'; issues: RoundSpecIssue[] }
  | { code: 'import_failed'; errors: FieldError[] }
  /** The round is not in a status the action applies to. */
  | { code: 'round_status_not_allowed'; status: RoundStatus; action: RoundAction }
  /** The ITA was already answered (or expired). */
  | { code: 'ita_already_answered'; status: ItaRecord['status'] }
  /** The ITA's deadline has passed (the sweep has not yet expired it). */
  | { code: 'ita_deadline_passed'; deadline: IsoDate }
  | { code: 'transition_not_allowed'; from: ProfileStatus; action: ProfileAction };

export type Result<T> = { ok: true; value: T } | { ok: false; error: RoundError };

const ok = <T>(value: T): Result<T> => ({ ok: true, value });
const fail = <T = never>(error: RoundError): Result<T> => ({ ok: false, error });

export interface RoundDeps {
  uow: UnitOfWork;
  clock: Clock;
}

/** Who may draft and simulate, approve and execute, and read every round (published ones are public). */
export const ROUND_DRAFTER_ROLES: readonly Role[] = ['officer'];
export const ROUND_SIMULATOR_ROLES: readonly Role[] = ['officer', 'round_approver'];
export const ROUND_APPROVER_ROLES: readonly Role[] = ['round_approver'];
export const ROUND_READER_ROLES: readonly Role[] = ['officer', 'round_approver', 'auditor', 'admin'];
export const IRCC_IMPORT_ROLES: readonly Role[] = ['officer', 'admin'];

/** The sweep expires ITAs in batches of this many (one transaction each). */
export const ITA_BATCH_SIZE = 500;

async function inTransaction<T>(uow: UnitOfWork, fn: (r: Repositories) => Promise<Result<T>>): Promise<Result<T>> {
  try {
    return await uow.transaction(async (r) => {
      const result = await fn(r);
      if (!result.ok) throw new Rollback(result);
      return result;
    });
  } catch (error) {
    if (error instanceof Rollback) return error.value as Result<T>;
    if (error instanceof StoreConflict) return fail({ code: 'conflict', reason: error.reason });
    throw error;
  }
}

const may = (actor: Actor, roles: readonly Role[]) => roles.includes(actor.role);

function auditRound(r: Repositories, at: Instant, actor: AuditActor, action: string, before: RoundRecord | null, after: RoundRecord) {
  return appendAudit(r, { at, actor, action: `round.${action}`, entityType: 'round', entityId: after.id, before, after });
}

interface Notice {
  accountId: string;
  kind: MessageKind;
  params: MessageParams;
  at: Instant;
}

/** Inbox message and e-mail. */
async function notify(r: Repositories, n: Notice): Promise<void> {
  if (await r.messages.add(n)) await r.outbox.enqueue(n);
}

// ── The pool as a round sees it ─────────────────────────────────────────────────────────────────────────────────

/**
 * A stored pool profile as the round evaluates it on the day of the instant: the stored score and programs, the
 * nomination held by that day, the intended province, and the categories it qualifies for that day (rules.md §7.4).
 */
export function toPoolCandidate(p: Pick<PoolProfile, 'profileId' | 'candidateId' | 'score' | 'submittedAt' | 'expiresAt' | 'eligiblePrograms' | 'data'>, day: IsoDate): PoolCandidate {
  const profile = p.data as unknown as Profile;
  let categories: PoolCandidate['categories'];
  try {
    categories = categoryEligibility(profile, day);
  } catch {
    categories = []; // a profile stored before a field existed: no category rather than a failed round
  }
  const nomination = profile.provincialNomination ?? null;
  return {
    profileId: p.profileId,
    candidateId: p.candidateId,
    score: p.score,
    submittedAt: p.submittedAt,
    expiresAt: p.expiresAt,
    eligiblePrograms: p.eligiblePrograms,
    nominated: nomination !== null && nomination.nominatedOn <= day,
    province: profile.intendedProvince,
    categories,
  };
}

/** The round on the pool as of its instant, selected in the database (round-selection.ts; same result as selectRound). */
function runSelection(r: Repositories, spec: RoundSpec): Promise<DatabaseSelection> {
  return selectRoundInDatabase(r.rounds, spec);
}

/** What the round keeps of a result: the figures, not the names (ports/rounds.ts StoredRoundOutcome). */
function storedOutcomeOf(result: RoundResult): StoredRoundOutcome {
  return {
    cutoff: result.cutoff,
    tieBreak: result.tieBreak,
    invitedCount: result.invited.length,
    poolSize: result.poolSize,
    eligibleCount: result.eligibleCount,
    counts: result.counts,
    poolDistribution: result.poolDistribution,
  };
}

// ── Officer: draft and simulate ─────────────────────────────────────────────────────────────────────────────────

/** Drafts a round (officer). The spec is checked with the rules in force at its instant (validateRoundSpec). */
export async function draftRound(deps: RoundDeps, actor: Actor, spec: RoundSpec): Promise<Result<RoundRecord>> {
  if (!may(actor, ROUND_DRAFTER_ROLES)) return fail({ code: 'forbidden' });
  const issues = validateRoundSpec(spec);
  if (issues.length > 0) return fail({ code: 'validation_failed', issues });
  const now = deps.clock.now();
  const clean: RoundSpec = { type: spec.type, instant: spec.instant };
  if (spec.program !== undefined) clean.program = spec.program;
  if (spec.category !== undefined) clean.category = spec.category;
  if (spec.size !== undefined) clean.size = spec.size;
  if (spec.minimumCrs !== undefined) clean.minimumCrs = spec.minimumCrs;
  return inTransaction(deps.uow, async (r) => {
    const round = await r.rounds.insertDraft({ spec: clean, instant: spec.instant, draftedBy: actor.actorId, at: now });
    await auditRound(r, now, actor, 'draft', null, round);
    return ok(round);
  });
}

export interface Simulation {
  round: RoundRecord;
  outcome: RoundOutcome;
}

/**
 * Simulates a round on the pool as of its instant: cut-off, tie-break, counts by program, category, province and band,
 * and the list that would be invited. No side effect on profiles, ITAs or messages: only the outcome is kept on the
 * round (status `simulated`), for the approver to see.
 */
export async function simulateRound(deps: RoundDeps, actor: Actor, roundId: string): Promise<Result<Simulation>> {
  if (!may(actor, ROUND_SIMULATOR_ROLES)) return fail({ code: 'forbidden' });
  const now = deps.clock.now();
  return inTransaction(deps.uow, async (r) => {
    const round = await r.rounds.byId(roundId, { forUpdate: true });
    if (!round) return fail({ code: 'not_found' });
    if (round.status !== 'draft' && round.status !== 'simulated') return fail({ code: 'round_status_not_allowed', status: round.status, action: 'simulate' });
    const { result } = await runSelection(r, round.spec);
    const stored = storedOutcomeOf(result);
    const updated = await r.rounds.update(round.id, { status: 'simulated', result: stored }, now);
    await auditRound(r, now, actor, 'simulate', round, updated);
    return ok({ round: updated, outcome: { ...stored, invited: result.invited } });
  });
}

// ── Round approver: approve and execute ─────────────────────────────────────────────────────────────────────────

/** Approves a simulated round (round_approver; never the officer who drafted it). */
export async function approveRound(deps: RoundDeps, actor: Actor, roundId: string): Promise<Result<RoundRecord>> {
  if (!may(actor, ROUND_APPROVER_ROLES)) return fail({ code: 'forbidden' });
  const now = deps.clock.now();
  return inTransaction(deps.uow, async (r) => {
    const round = await r.rounds.byId(roundId, { forUpdate: true });
    if (!round) return fail({ code: 'not_found' });
    if (round.draftedBy === actor.actorId) return fail({ code: 'forbidden', reason: 'separation_of_duties' });
    if (round.status !== 'simulated') return fail({ code: 'round_status_not_allowed', status: round.status, action: 'approve' });
    const updated = await r.rounds.update(round.id, { status: 'approved', approvedBy: actor.actorId }, now);
    await auditRound(r, now, actor, 'approve', round, updated);
    return ok(updated);
  });
}

export interface Execution {
  round: RoundRecord;
  itas: ItaRecord[];
  /** True when the round had already been executed: nothing was done again. */
  alreadyExecuted: boolean;
}

/**
 * Executes an approved round in ONE transaction: selects on the pool as of the round's instant (stored scores),
 * moves every invited profile submitted → invited (lifecycle `invite`, at the version read: a profile changed
 * meanwhile makes the whole execution a `conflict`, to be run again, so no update is lost), issues one ITA each with
 * its deadline (process.ita_response_days after the day of issue), tells each candidate, and audits it all.
 * Idempotent: the round row is locked and an executed round answers its ITAs again (ita_round_profile_uq as backstop).
 */
export async function executeRound(deps: RoundDeps, actor: Actor, roundId: string): Promise<Result<Execution>> {
  if (!may(actor, ROUND_APPROVER_ROLES)) return fail({ code: 'forbidden' });
  const now = deps.clock.now();
  return inTransaction(deps.uow, async (r) => {
    const round = await r.rounds.byId(roundId, { forUpdate: true });
    if (!round) return fail({ code: 'not_found' });
    if (round.status === 'executed' || round.status === 'published') return ok({ round, itas: await r.itas.forRound(round.id), alreadyExecuted: true });
    if (round.draftedBy === actor.actorId) return fail({ code: 'forbidden', reason: 'separation_of_duties' });
    if (round.status !== 'approved') return fail({ code: 'round_status_not_allowed', status: round.status, action: 'execute' });

    const { ranked, result } = await runSelection(r, round.spec);
    const versions = new Map(ranked.map((p) => [p.profileId, p.version]));
    const issueDay = dayOf(now);
    const deadline = itaResponseDeadline(issueDay);
    // The pool is status `submitted` (selectPool): the lifecycle's `invite` takes it to `invited`.
    if (!checkTransition('submitted', 'invite', 'invited').ok) return fail({ code: 'transition_not_allowed', from: 'submitted', action: 'invite' });
    // In bulk, at the versions read: a profile changed since makes the whole execution a conflict (nothing written).
    const invited = await r.rounds.invite(result.invited.map((inv) => ({ profileId: inv.profileId, version: versions.get(inv.profileId)! })), now);
    if (!invited) throw new StoreConflict('stale_version');
    const newItas: NewIta[] = result.invited.map((inv) => ({
      roundId: round.id,
      profileId: inv.profileId,
      candidateId: inv.candidateId,
      program: inv.program,
      score: inv.score,
      issuedAt: now,
      deadline,
    }));
    const itas = await r.itas.insertMany(newItas);
    const notices = itas.map((ita) => ({
      accountId: ita.candidateId,
      kind: 'ita_issued' as const,
      params: { round: round.number, program: ita.program, score: ita.score, deadline: ita.deadline },
      at: now,
    }));
    await r.messages.addMany(notices);
    await r.outbox.enqueueMany(notices);
    const updated = await r.rounds.update(
      round.id,
      {
        status: 'executed',
        executedAt: now,
        cutoff: result.cutoff,
        tieBreak: result.tieBreak,
        rulesVersion: rulesVersion(dayOf(round.instant)),
        result: storedOutcomeOf(result),
      },
      now,
    );
    await appendAuditMany(r, [
      ...invited.map(({ before, after }) => ({ at: now, actor, action: 'profile.invite', entityType: 'profile', entityId: after.id, before, after })),
      { at: now, actor, action: 'round.execute', entityType: 'round', entityId: updated.id, before: round, after: updated },
    ]);
    return ok({ round: updated, itas, alreadyExecuted: false });
  });
}

/** Publishes an executed round's public report (officer or round_approver); publishing again answers the same report. */
export async function publishRound(deps: RoundDeps, actor: Actor, roundId: string): Promise<Result<RoundRecord>> {
  if (!may(actor, ROUND_SIMULATOR_ROLES)) return fail({ code: 'forbidden' });
  const now = deps.clock.now();
  return inTransaction(deps.uow, async (r) => {
    const round = await r.rounds.byId(roundId, { forUpdate: true });
    if (!round) return fail({ code: 'not_found' });
    if (round.status === 'published') return ok(round);
    if (round.status !== 'executed' || !round.result) return fail({ code: 'round_status_not_allowed', status: round.status, action: 'publish' });
    const report: RoundReport = buildRoundReport({ number: round.number, spec: round.spec, result: round.result });
    const updated = await r.rounds.update(round.id, { status: 'published', report }, now);
    await auditRound(r, now, actor, 'publish', round, updated);
    return ok(updated);
  });
}

// ── Reads ───────────────────────────────────────────────────────────────────────────────────────────────────────

/** Rounds, newest first: every round for staff, published ones for anyone else (actor null: the public). */
export async function listRounds(deps: RoundDeps, actor: Actor | null, opts: { limit: number }): Promise<Result<RoundRecord[]>> {
  const staff = actor !== null && may(actor, ROUND_READER_ROLES);
  return ok(await deps.uow.read((r) => r.rounds.list({ limit: opts.limit, ...(staff ? {} : { statuses: ['published'] as const }) })));
}

export interface RoundDetail {
  round: RoundRecord;
  /** The ITAs issued (staff only; [] for the public). */
  itas: ItaRecord[];
}

/** One round by number: staff see any round and its ITAs; the public a published round only. */
export async function getRound(deps: RoundDeps, actor: Actor | null, number: number): Promise<Result<RoundDetail>> {
  const staff = actor !== null && may(actor, ROUND_READER_ROLES);
  return deps.uow.read(async (r) => {
    const round = await r.rounds.byNumber(number);
    if (!round || (!staff && round.status !== 'published')) return fail({ code: 'not_found' });
    return ok({ round, itas: staff ? await r.itas.forRound(round.id) : [] });
  });
}

// ── Candidate: ITAs ─────────────────────────────────────────────────────────────────────────────────────────────

function candidateOf(actor: Actor): string | null {
  if (actor.role === 'candidate') return actor.actorId;
  if (actor.role === 'representative') return actor.onBehalfOf;
  return null;
}

/** The candidate's ITAs, newest first. */
export async function listMyItas(deps: RoundDeps, actor: Actor): Promise<Result<ItaRecord[]>> {
  const candidateId = candidateOf(actor);
  if (candidateId === null) return fail({ code: 'forbidden' });
  return ok(await deps.uow.read((r) => r.itas.forCandidate(candidateId)));
}

/** An answered ITA: the profile after it, and on acceptance the application shell it created. */
export interface ItaAnswer {
  ita: ItaRecord;
  profile: ProfileRecord;
  /** The round that issued the ITA (its public number). */
  roundNumber: number;
  /** Accept only: the application shell (status in_progress, submit by the ITA's deadline). */
  application?: ApplicationRecord;
}

async function answerIta(deps: RoundDeps, actor: Actor, itaId: string, action: ItaAction): Promise<Result<ItaAnswer>> {
  const candidateId = candidateOf(actor);
  if (candidateId === null) return fail({ code: 'forbidden' });
  const now = deps.clock.now();
  const today = deps.clock.today();
  return inTransaction(deps.uow, async (r) => {
    const ita = await r.itas.byId(itaId, { forUpdate: true });
    if (!ita || ita.candidateId !== candidateId) return fail({ code: 'not_found' });
    if (ita.status !== 'issued') return fail({ code: 'ita_already_answered', status: ita.status });
    if (ita.deadline < today) return fail({ code: 'ita_deadline_passed', deadline: ita.deadline });
    const profile = await r.profiles.byId(ita.profileId, { forUpdate: true });
    if (!profile) return fail({ code: 'not_found' });
    // accept → applied (the application itself is the next issue's); decline → back to the pool, same stamp and expiry.
    const [lifecycle, to]: [ProfileAction, ProfileStatus] = action === 'accept' ? ['apply', 'applied'] : ['decline_ita', 'submitted'];
    if (!checkTransition(profile.status, lifecycle, to).ok) return fail({ code: 'transition_not_allowed', from: profile.status, action: lifecycle });
    const after = await r.profiles.update(profile.id, profile.version, { status: to }, now);
    if (!after) throw new StoreConflict('stale_version');
    const answered = await r.itas.answer(ita.id, action === 'accept' ? 'accepted' : 'declined', now);
    await appendAudit(r, { at: now, actor, action: `ita.${action}`, entityType: 'ita', entityId: ita.id, before: ita, after: answered });
    await appendAudit(r, { at: now, actor, action: `profile.${lifecycle}`, entityType: 'profile', entityId: profile.id, before: profileState(profile), after: profileState(after) });
    // Accepting creates the application shell in the same transaction (the e-APR itself is the next issue's).
    let application: ApplicationRecord | undefined;
    if (action === 'accept') {
      application = await r.applications.insert({ candidateId: ita.candidateId, profileId: profile.id, itaId: ita.id, program: ita.program, submitBy: ita.deadline, at: now });
      await appendAudit(r, { at: now, actor, action: 'application.create', entityType: 'application', entityId: application.id, after: application });
    }
    await notify(r, {
      accountId: ita.candidateId,
      kind: action === 'accept' ? 'ita_accepted' : 'ita_declined',
      params: { number: profile.number, program: ita.program },
      at: now,
    });
    const round = await r.rounds.byId(ita.roundId);
    return ok({ ita: answered, profile: after, roundNumber: round?.number ?? 0, ...(application ? { application } : {}) });
  });
}

/** The candidate accepts an ITA before its deadline: the profile becomes `applied` and the application shell is created. */
export function acceptIta(deps: RoundDeps, actor: Actor, itaId: string) {
  return answerIta(deps, actor, itaId, 'accept');
}

/** The candidate declines an ITA: the profile goes back to the pool with the same stamp and the same expiry. */
export function declineIta(deps: RoundDeps, actor: Actor, itaId: string) {
  return answerIta(deps, actor, itaId, 'decline');
}

/** Expires every ITA whose deadline passed before `today` (default: the clock's); the profile leaves the pool (`ita_expired`). Idempotent. */
export async function expireItas(deps: RoundDeps, now: Instant = deps.clock.now()): Promise<number> {
  const today = dayOf(now);
  let count = 0;
  for (;;) {
    const done = await deps.uow.transaction(async (r) => {
      const due = await r.itas.dueForExpiry(today, ITA_BATCH_SIZE);
      for (const ita of due) {
        const expired = await r.itas.answer(ita.id, 'expired', now);
        await appendAudit(r, { at: now, actor: SYSTEM_ACTOR, action: 'ita.expire', entityType: 'ita', entityId: ita.id, before: ita, after: expired });
        const profile = await r.profiles.byId(ita.profileId, { forUpdate: true });
        if (!profile || !checkTransition(profile.status, 'expire_ita', 'ita_expired').ok) continue;
        const after = await r.profiles.update(profile.id, profile.version, { status: 'ita_expired' }, now);
        if (!after) throw new StoreConflict('stale_version');
        await appendAudit(r, { at: now, actor: SYSTEM_ACTOR, action: 'profile.expire_ita', entityType: 'profile', entityId: profile.id, before: profileState(profile), after: profileState(after) });
        await notify(r, { accountId: ita.candidateId, kind: 'ita_expired', params: { number: profile.number, deadline: ita.deadline }, at: now });
      }
      return due.length;
    });
    count += done;
    if (done < ITA_BATCH_SIZE) return count;
  }
}

// ── Why wasn't I invited? ───────────────────────────────────────────────────────────────────────────────────────

export interface WhyNotInvited {
  round: number;
  invited: boolean;
  /** [] when invited (rounds.ts whyNotInvited codes otherwise). */
  reasons: NotInvitedReason[];
  score: number | null;
  cutoff: number | null;
  tieBreak: Instant | null;
}

/**
 * Why a candidate was not invited by an executed round: their score vs the cut-off, their stamp vs the tie-break,
 * their program and category eligibility. The candidate asks for themself (a representative for them); staff for anyone.
 * The profile looked at is the one that was in the pool at the round's instant (else the active one), with its stored
 * score, programs and data.
 */
export async function whyNotInvited(deps: RoundDeps, actor: Actor, roundNumber: number, candidateId?: string): Promise<Result<WhyNotInvited>> {
  const self = candidateOf(actor);
  const staff = may(actor, ROUND_READER_ROLES);
  const who = staff ? candidateId : self;
  if (!who || (!staff && candidateId !== undefined && candidateId !== self)) return fail({ code: 'forbidden' });
  return deps.uow.read(async (r) => {
    const round = await r.rounds.byNumber(roundNumber);
    if (!round || (round.status !== 'executed' && round.status !== 'published') || !round.result) return fail({ code: 'not_found' });
    const profiles = (await r.profiles.listForCandidate(who)).filter((p) => p.submittedAt !== null && p.expiresAt !== null && p.scoreTotal !== null);
    const profile = profiles.find((p) => inPoolAt({ submittedAt: p.submittedAt!, expiresAt: p.expiresAt! }, round.instant)) ?? profiles[0];
    const outcome = round.result;
    const base = { round: round.number, cutoff: outcome.cutoff, tieBreak: outcome.tieBreak };
    if (!profile) return ok({ ...base, invited: false, score: null, reasons: [] });
    const candidate = toPoolCandidate(
      {
        profileId: profile.id,
        candidateId: profile.candidateId,
        score: profile.scoreTotal!,
        submittedAt: profile.submittedAt!,
        expiresAt: profile.expiresAt!,
        eligiblePrograms: profile.eligiblePrograms as Program[],
        data: profile.data,
      },
      dayOf(round.instant),
    );
    // The round keeps its figures, not its names: who it invited is in the ita table.
    const itas = await r.itas.forCandidate(profile.candidateId);
    if (itas.some((i) => i.roundId === round.id && i.profileId === profile.id)) return ok({ ...base, invited: true, score: profile.scoreTotal, reasons: [] });
    const reasons = whyNotInvitedPure(candidate, { ...outcome, invited: [] }, round.spec);
    return ok({ ...base, invited: false, score: profile.scoreTotal, reasons });
  });
}

// ── IRCC's published rounds ─────────────────────────────────────────────────────────────────────────────────────

export interface IrccImport {
  imported: number;
  /** Records of the feed that could not be read (the others are imported). */
  errors: FieldError[];
}

/** Loads IRCC's feed (ee_rounds_123_en.json, parsed JSON) so both histories show side by side; replaces by round number. */
export async function importIrccRounds(deps: RoundDeps, actor: Actor, json: unknown): Promise<Result<IrccImport>> {
  if (!may(actor, IRCC_IMPORT_ROLES)) return fail({ code: 'forbidden' });
  const feed = parseIrccFeed(json);
  if (feed.rounds.length === 0) return fail({ code: 'import_failed', errors: feed.errors });
  const now = deps.clock.now();
  return inTransaction(deps.uow, async (r) => {
    const imported = await r.irccRounds.upsert(feed.rounds.map((round) => ({ number: round.drawNumber, data: round })));
    await appendAudit(r, { at: now, actor, action: 'ircc_round.import', entityType: 'ircc_round', entityId: 'feed', after: { count: imported } });
    return ok({ imported, errors: feed.errors });
  });
}

/** IRCC's imported rounds, newest first. */
export async function listIrccRounds(deps: RoundDeps): Promise<IrccRound[]> {
  const rows = await deps.uow.read((r) => r.irccRounds.list());
  return rows.map((row) => row.data).sort((a, b) => (a.instant < b.instant ? 1 : a.instant > b.instant ? -1 : 0));
}
