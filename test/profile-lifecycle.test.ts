// The profile lifecycle table (product.md "Profile"): every allowed transition, and every other one refused.
import { describe, expect, it } from 'vitest';
import {
  ACTIVE_PROFILE_STATUSES,
  PROFILE_ACTIONS,
  PROFILE_STATUSES,
  addMonthsToInstant,
  allowedActions,
  canClone,
  canTransition,
  checkTransition,
  dueExpiryReminder,
  isActiveStatus,
  statusAfterClone,
  type ProfileAction,
  type ProfileStatus,
} from '../src/domain/profile-lifecycle.ts';

type From = ProfileStatus | null;

/** The contract, written out: (from, action) → allowed targets. Anything not listed is refused. */
const ALLOWED: ReadonlyArray<[From, ProfileAction, ProfileStatus]> = [
  [null, 'create', 'draft'],
  ['draft', 'save_draft', 'draft'],
  ['draft', 'submit', 'submitted'],
  ['draft', 'submit', 'ineligible'],
  ['submitted', 'update', 'submitted'],
  ['submitted', 'update', 'ineligible'],
  ['ineligible', 'update', 'submitted'],
  ['ineligible', 'update', 'ineligible'],
  ['submitted', 'rescore', 'submitted'],
  ['submitted', 'rescore', 'ineligible'],
  ['draft', 'withdraw', 'withdrawn'],
  ['submitted', 'withdraw', 'withdrawn'],
  ['ineligible', 'withdraw', 'withdrawn'],
  ['invited', 'withdraw', 'withdrawn'],
  ['submitted', 'expire', 'expired'],
  ['ineligible', 'expire', 'expired'],
  ['submitted', 'invite', 'invited'],
  ['invited', 'decline_ita', 'submitted'],
  ['invited', 'apply', 'applied'],
  ['invited', 'expire_ita', 'ita_expired'],
  ['withdrawn', 'clone', 'withdrawn'],
  ['expired', 'clone', 'expired'],
  ['ita_expired', 'clone', 'ita_expired'],
  ['ineligible', 'clone', 'withdrawn'],
];

const key = (f: From, a: ProfileAction, to: ProfileStatus) => `${f ?? '(new)'} -${a}-> ${to}`;
const allowedKeys = new Set(ALLOWED.map(([f, a, to]) => key(f, a, to)));
const everyTriple: [From, ProfileAction, ProfileStatus][] = [];
for (const f of [null, ...PROFILE_STATUSES] as From[]) for (const a of PROFILE_ACTIONS) for (const to of PROFILE_STATUSES) everyTriple.push([f, a, to]);

describe('profile lifecycle', () => {
  it.each(ALLOWED.map(([f, a, to]) => [key(f, a, to), f, a, to] as const))('allows %s', (_k, f, a, to) => {
    expect(canTransition(f, a, to)).toBe(true);
    expect(checkTransition(f, a, to)).toEqual({ ok: true, from: f, action: a, to });
  });

  it(`refuses the other ${everyTriple.length - ALLOWED.length} (status, action, target) triples with transition_not_allowed`, () => {
    let refused = 0;
    for (const [f, a, to] of everyTriple) {
      if (allowedKeys.has(key(f, a, to))) continue;
      const check = checkTransition(f, a, to);
      expect(check.ok, key(f, a, to)).toBe(false);
      if (!check.ok) expect(check.code).toBe('transition_not_allowed');
      refused++;
    }
    expect(refused).toBe(everyTriple.length - ALLOWED.length);
  });

  it('keeps closed profiles closed: nothing but cloning from withdrawn, expired, ita_expired; nothing at all from applied', () => {
    expect(allowedActions('withdrawn')).toEqual(['clone']);
    expect(allowedActions('expired')).toEqual(['clone']);
    expect(allowedActions('ita_expired')).toEqual(['clone']);
    expect(allowedActions('applied')).toEqual([]);
    expect(allowedActions(null)).toEqual(['create']);
  });

  it('sends a declined ITA back to submitted (the use case keeps stamp and expiry)', () => {
    expect(checkTransition('invited', 'decline_ita', 'submitted').ok).toBe(true);
    expect(checkTransition('invited', 'decline_ita', 'draft').ok).toBe(false);
  });

  it('lets clone closed and ineligible profiles only; an ineligible source is withdrawn', () => {
    expect(PROFILE_STATUSES.filter(canClone)).toEqual(['ineligible', 'ita_expired', 'withdrawn', 'expired']);
    expect(statusAfterClone('ineligible')).toBe('withdrawn');
    expect(statusAfterClone('expired')).toBe('expired');
    expect(statusAfterClone('submitted')).toBeNull();
    expect(statusAfterClone('draft')).toBeNull();
  });

  it('counts draft, submitted, ineligible, invited, applied as active (one per candidate)', () => {
    expect([...ACTIVE_PROFILE_STATUSES]).toEqual(['draft', 'submitted', 'ineligible', 'invited', 'applied']);
    expect(PROFILE_STATUSES.filter(isActiveStatus)).toEqual(ACTIVE_PROFILE_STATUSES);
  });
});

describe('instants', () => {
  it('adds months keeping the time of day, clamping to the end of the month', () => {
    expect(addMonthsToInstant('2025-03-24T15:30:00.000Z', 12)).toBe('2026-03-24T15:30:00.000Z');
    expect(addMonthsToInstant('2024-02-29T08:00:00Z', 12)).toBe('2025-02-28T08:00:00Z');
    expect(addMonthsToInstant('2025-01-31T23:59:59.999Z', 1)).toBe('2025-02-28T23:59:59.999Z');
    expect(() => addMonthsToInstant('nope', 1)).toThrow(RangeError);
  });
});

describe('expiry reminders', () => {
  const expiresOn = '2026-03-24';
  it.each([
    ['2026-01-22', null], // 61 days left
    ['2026-01-23', 60], // 60 days left: the 60-day reminder
    ['2026-02-22', 30], // 30 days left
    ['2026-02-23', 30], // 29
    ['2026-03-16', 30], // 8
    ['2026-03-17', 7], // 7
    ['2026-03-23', 7], // 1
    ['2026-03-24', null], // the day it expires: no reminder, the sweep expires it
    ['2026-04-01', null],
  ] as const)('on %s: %s', (today, due) => {
    expect(dueExpiryReminder(expiresOn, today)).toBe(due);
  });
});
