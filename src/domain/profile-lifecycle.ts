// The candidate profile lifecycle (product.md, "The lifecycles": states are a contract, named here as there).
//
//   (new) ─create─▶ draft ─submit─▶ submitted ──invite──▶ invited ─apply─▶ applied
//                     │               │  ▲  ▲                 │  │
//                     │               │  │  └──decline_ita────┘  └─expire_ita─▶ ita_expired
//                     └─submit─▶ ineligible ◀─update─┘ (update keeps the stamp; a profile leaves the pool when it
//                                   │  ▲           meets no program any more, and comes back with the same stamp)
//   submitted ─rescore─▶ submitted | ineligible (new rules in force)
//   submitted | ineligible | invited | draft ─withdraw─▶ withdrawn        submitted | ineligible ─expire─▶ expired
//   withdrawn | expired | ita_expired | ineligible ─clone─▶ a NEW draft (new number; new stamp when submitted)
//
// Pure: the use cases (src/app/profiles.ts) ask this table before every change and store what it allows.
import { addMonths, isIsoDate, toDayNumber } from './dates.ts';
import type { Instant, IsoDate } from './vocabulary.ts';

export const PROFILE_STATUSES = ['draft', 'submitted', 'ineligible', 'invited', 'applied', 'ita_expired', 'withdrawn', 'expired'] as const;
export type ProfileStatus = (typeof PROFILE_STATUSES)[number];

/** A candidate has at most one profile in these statuses (enforced by the profile_candidate_active_uq index too). */
export const ACTIVE_PROFILE_STATUSES: readonly ProfileStatus[] = ['draft', 'submitted', 'ineligible', 'invited', 'applied'];
/** In the pool: rounds of invitations draw from these (`invited` holds an ITA and is out of later rounds). */
export const POOL_STATUSES: readonly ProfileStatus[] = ['submitted'];
/** Profiles whose data the candidate may still change (a draft through saveDraft; these through update). */
export const UPDATABLE_STATUSES: readonly ProfileStatus[] = ['submitted', 'ineligible'];

export const PROFILE_ACTIONS = [
  'create', 'save_draft', 'submit', 'update', 'rescore', 'withdraw', 'expire', 'invite', 'decline_ita', 'apply', 'expire_ita', 'clone',
] as const;
export type ProfileAction = (typeof PROFILE_ACTIONS)[number];

/** `null` as a source is "no profile yet" (create). */
type From = ProfileStatus | null;

/** The transition table: for each action, from which status it may go to which statuses. */
export const TRANSITIONS: Readonly<Record<ProfileAction, ReadonlyArray<readonly [From, readonly ProfileStatus[]]>>> = {
  create: [[null, ['draft']]],
  save_draft: [['draft', ['draft']]],
  // Submission runs eligibility: in the pool, or told why not.
  submit: [['draft', ['submitted', 'ineligible']]],
  // Updates re-run eligibility and CRS; the stamp and the expiry never change.
  update: [
    ['submitted', ['submitted', 'ineligible']],
    ['ineligible', ['submitted', 'ineligible']],
  ],
  // New rules in force: the pool is scored again, and leaves it whoever meets no program any more.
  rescore: [['submitted', ['submitted', 'ineligible']]],
  withdraw: [
    ['draft', ['withdrawn']],
    ['submitted', ['withdrawn']],
    ['ineligible', ['withdrawn']],
    ['invited', ['withdrawn']],
  ],
  // 12 months after the first submission (an ineligible profile that was once in the pool expires too).
  expire: [
    ['submitted', ['expired']],
    ['ineligible', ['expired']],
  ],
  invite: [['submitted', ['invited']]],
  // An ITA declined: back in the pool with the same stamp and the same expiry.
  decline_ita: [['invited', ['submitted']]],
  apply: [['invited', ['applied']]],
  // No application within the ITA's deadline: leaves the pool.
  expire_ita: [['invited', ['ita_expired']]],
  // Cloning starts a NEW draft (action `create` for it) and leaves the source closed: closed ones stay as they are, an
  // ineligible one is withdrawn (a candidate has one active profile).
  clone: [
    ['withdrawn', ['withdrawn']],
    ['expired', ['expired']],
    ['ita_expired', ['ita_expired']],
    ['ineligible', ['withdrawn']],
  ],
};

export type TransitionCheck =
  | { ok: true; from: From; action: ProfileAction; to: ProfileStatus }
  | { ok: false; code: 'transition_not_allowed'; from: From; action: ProfileAction; to: ProfileStatus };

export function canTransition(from: From, action: ProfileAction, to: ProfileStatus): boolean {
  return TRANSITIONS[action].some(([f, targets]) => f === from && targets.includes(to));
}

export function checkTransition(from: From, action: ProfileAction, to: ProfileStatus): TransitionCheck {
  return canTransition(from, action, to) ? { ok: true, from, action, to } : { ok: false, code: 'transition_not_allowed', from, action, to };
}

/** The statuses an action may lead to from `from` (empty: the action is not allowed there). */
export function targetsOf(from: From, action: ProfileAction): readonly ProfileStatus[] {
  return TRANSITIONS[action].find(([f]) => f === from)?.[1] ?? [];
}

/** The actions allowed from a status. */
export function allowedActions(from: From): ProfileAction[] {
  return PROFILE_ACTIONS.filter((a) => targetsOf(from, a).length > 0);
}

export function isActiveStatus(status: ProfileStatus): boolean {
  return ACTIVE_PROFILE_STATUSES.includes(status);
}

/** Closed profiles (and an ineligible one) can be cloned into a new draft; they stay readable. */
export function canClone(status: ProfileStatus): boolean {
  return targetsOf(status, 'clone').length > 0;
}

/** The status a cloned profile is left in. */
export function statusAfterClone(status: ProfileStatus): ProfileStatus | null {
  return targetsOf(status, 'clone')[0] ?? null;
}

export function isProfileStatus(value: unknown): value is ProfileStatus {
  return typeof value === 'string' && (PROFILE_STATUSES as readonly string[]).includes(value);
}

// ── Instants ────────────────────────────────────────────────────────────────────────────────────────────────────

/** The same time of day, `months` later (end of month clamped as addMonths does): 2025-01-31T10:00Z + 1 → 2025-02-28T10:00Z. */
export function addMonthsToInstant(instant: Instant, months: number): Instant {
  const day = instant.slice(0, 10);
  if (!isIsoDate(day)) throw new RangeError(`not an instant: ${instant}`);
  return addMonths(day, months) + instant.slice(10);
}

/** The UTC day of an instant. */
export function dayOf(instant: Instant): IsoDate {
  return instant.slice(0, 10);
}

// ── Expiry reminders ───────────────────────────────────────────────────────────────────────────────────────────

/** Reminders before a profile expires: 60, 30 and 7 days before (issue #3). */
export const EXPIRY_REMINDER_DAYS = [60, 30, 7] as const;
export type ExpiryReminderDays = (typeof EXPIRY_REMINDER_DAYS)[number];

/**
 * The reminder due on `today` for a profile expiring on `expiresOn`: the most urgent threshold reached (days left
 * ≤ threshold), or null when expiry is more than 60 days away or already reached. A sweep that missed a day sends
 * only the most urgent reminder, never a stale one; sending each reminder once is the caller's job (a dedupe key).
 */
export function dueExpiryReminder(expiresOn: IsoDate, today: IsoDate): ExpiryReminderDays | null {
  const daysLeft = toDayNumber(expiresOn) - toDayNumber(today);
  if (daysLeft <= 0) return null;
  let due: ExpiryReminderDays | null = null;
  for (const d of EXPIRY_REMINDER_DAYS) if (daysLeft <= d) due = d;
  return due;
}
