// Rounds of invitations (rules.md §7.2–§7.4): spec validation, pool membership, ranking and tie-break, size vs
// minimum CRS, program/category/PNP filters, the program each ITA names, IRCC's bands, "why wasn't I invited?",
// and category eligibility on both sides of the 2026-02-18 experience rule.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  CRS_BANDS,
  RoundSpecError,
  categoryEligibility,
  compareInstants,
  inPoolAt,
  isUtcInstant,
  itaProgram,
  poolDistribution,
  roundPrograms,
  selectRound,
  validateRoundSpec,
  whyNotInvited,
  type PoolCandidate,
  type RoundSpec,
} from '../src/domain/rounds.ts';
import { findCategory } from '../src/domain/rules/categories.ts';
import { baseProfile, celpip, job, tefNclc7 } from './fixtures/profiles.ts';
import type { CategoryCode } from '../src/domain/rules/categories.ts';

const INSTANT = '2026-03-10T12:00:00Z';

function cand(profileId: string, score: number, submittedAt = '2025-06-01T00:00:00Z', extra: Partial<PoolCandidate> = {}): PoolCandidate {
  return {
    profileId,
    candidateId: `c-${profileId}`,
    score,
    submittedAt,
    expiresAt: '2026-06-01T00:00:00Z',
    eligiblePrograms: ['fsw'],
    nominated: false,
    province: 'ON',
    categories: [],
    ...extra,
  };
}

const ids = (r: { invited: { profileId: string }[] }) => r.invited.map((i) => i.profileId);
const general = (extra: Partial<RoundSpec> = {}): RoundSpec => ({ type: 'general', size: 3, instant: INSTANT, ...extra });
const codes = (spec: RoundSpec) => validateRoundSpec(spec).map((i) => i.code);

describe('round spec validation', () => {
  it('accepts a valid general, program and category round', () => {
    expect(validateRoundSpec(general())).toEqual([]);
    expect(validateRoundSpec({ type: 'program', program: 'pnp', minimumCrs: 700, instant: INSTANT })).toEqual([]);
    expect(validateRoundSpec({ type: 'category', category: 'french', size: 10, minimumCrs: 300, instant: INSTANT })).toEqual([]);
  });

  it('needs a size or a minimum CRS, and valid ones', () => {
    expect(codes({ type: 'general', instant: INSTANT })).toEqual(['size_or_minimum_required']);
    expect(codes(general({ size: 0 }))).toEqual(['size_invalid']);
    expect(codes(general({ size: 2.5 }))).toEqual(['size_invalid']);
    expect(codes(general({ minimumCrs: 1201 }))).toEqual(['minimum_crs_invalid']);
    expect(codes(general({ minimumCrs: -1 }))).toEqual(['minimum_crs_invalid']);
    expect(codes(general({ minimumCrs: 1200 }))).toEqual([]);
  });

  it('allows a program only in a program round, a category only in a category round', () => {
    expect(codes({ type: 'program', size: 1, instant: INSTANT })).toEqual(['program_required']);
    expect(codes({ type: 'program', program: 'xyz' as 'cec', size: 1, instant: INSTANT })).toEqual(['program_invalid']);
    expect(codes(general({ program: 'cec' }))).toEqual(['program_not_allowed']);
    expect(codes({ type: 'category', size: 1, instant: INSTANT })).toEqual(['category_required']);
    expect(codes(general({ category: 'stem' }))).toEqual(['category_not_allowed']);
    expect(codes({ type: 'bogus' as 'general', size: 1, instant: INSTANT })).toEqual(['type_invalid']);
  });

  it('checks the instant: UTC ISO, a real day, on or after 2015-01-01', () => {
    expect(codes(general({ instant: '2026-03-10 12:00:00' }))).toEqual(['instant_invalid']);
    expect(codes(general({ instant: '2026-02-30T12:00:00Z' }))).toEqual(['instant_invalid']);
    expect(codes(general({ instant: '2026-03-10T12:00:00-05:00' }))).toEqual(['instant_invalid']);
    expect(codes(general({ instant: '2014-12-31T23:59:59Z' }))).toEqual(['instant_before_epoch']);
    expect(codes(general({ instant: '2015-01-01T00:00:00Z' }))).toEqual([]);
    expect(isUtcInstant('2026-03-10T12:00:00.123Z')).toBe(true);
  });

  it('category rounds exist from 2023-05-31 (process.round_types)', () => {
    const round = (instant: string): RoundSpec => ({ type: 'category', category: 'healthcare', size: 1, instant });
    expect(codes(round('2023-05-30T23:59:59Z'))).toEqual(['type_not_in_force', 'category_not_in_force']);
    expect(codes(round('2023-05-31T00:00:00Z'))).toEqual([]);
  });

  it('the category must be in force at the instant: physicians from 2026-02-18, agriculture until 2026-02-17', () => {
    const round = (category: CategoryCode, instant: string): RoundSpec => ({ type: 'category', category, size: 1, instant });
    expect(validateRoundSpec(round('physicians', '2026-02-17T23:59:59Z'))).toEqual([
      { code: 'category_not_in_force', field: 'category', params: { category: 'physicians', date: '2026-02-17' } },
    ]);
    expect(codes(round('physicians', '2026-02-18T00:00:00Z'))).toEqual([]);
    expect(codes(round('agriculture', '2026-02-17T12:00:00Z'))).toEqual([]);
    expect(codes(round('agriculture', '2026-02-18T12:00:00Z'))).toEqual(['category_not_in_force']);
  });

  it('selectRound refuses an invalid spec', () => {
    expect(() => selectRound({ type: 'general', instant: INSTANT }, [])).toThrow(RoundSpecError);
  });
});

describe('pool membership at the instant', () => {
  it('submittedAt ≤ instant < expiresAt', () => {
    expect(inPoolAt({ submittedAt: INSTANT, expiresAt: '2027-01-01T00:00:00Z' }, INSTANT)).toBe(true);
    expect(inPoolAt({ submittedAt: '2026-03-10T12:00:01Z', expiresAt: '2027-01-01T00:00:00Z' }, INSTANT)).toBe(false);
    expect(inPoolAt({ submittedAt: '2025-03-10T12:00:00Z', expiresAt: INSTANT }, INSTANT)).toBe(false);
    expect(inPoolAt({ submittedAt: '2025-03-10T12:00:00Z', expiresAt: '2026-03-10T12:00:01Z' }, INSTANT)).toBe(true);
  });

  it('compares instants of different precision by time', () => {
    expect(compareInstants('2026-03-10T12:00:00.500Z', '2026-03-10T12:00:00Z')).toBeGreaterThan(0);
    expect(compareInstants('2026-03-10T11:59:59.999Z', '2026-03-10T12:00:00Z')).toBeLessThan(0);
    expect(compareInstants('2026-03-10T12:00:00.000Z', '2026-03-10T12:00:00Z')).toBe(0);
  });

  it('leaves out expired and not-yet-submitted profiles', () => {
    const pool = [
      cand('expired', 900, '2025-03-01T00:00:00Z', { expiresAt: '2026-03-01T00:00:00Z' }),
      cand('expires-at-instant', 890, '2025-03-10T12:00:00Z', { expiresAt: INSTANT }),
      cand('later', 880, '2026-03-10T12:00:01Z'),
      cand('at-instant', 500, INSTANT),
      cand('in', 400),
    ];
    const r = selectRound(general(), pool);
    expect(ids(r)).toEqual(['at-instant', 'in']);
    expect(r.poolSize).toBe(2);
    expect(r.poolDistribution.at(-1)!.count).toBe(2);
  });
});

describe('ranking, cut-off and tie-break (rules.md §7.2)', () => {
  it('ranks by score, then earlier submission, then profile id; cut-off and tie-break are the last invited', () => {
    const pool = [
      cand('z-late', 480, '2025-05-02T00:00:00Z'),
      cand('b-same', 480, '2025-05-01T00:00:00Z'),
      cand('a-same', 480, '2025-05-01T00:00:00Z'),
      cand('top', 520, '2025-09-01T00:00:00Z'),
      cand('low', 470, '2025-01-01T00:00:00Z'),
    ];
    const r = selectRound(general({ size: 3 }), pool);
    expect(ids(r)).toEqual(['top', 'a-same', 'b-same']);
    expect(r.cutoff).toBe(480);
    expect(r.tieBreak).toBe('2025-05-01T00:00:00Z');
    // One more seat: the later submission at the same score comes before any lower score.
    expect(ids(selectRound(general({ size: 4 }), pool))).toEqual(['top', 'a-same', 'b-same', 'z-late']);
    // One fewer: same score and same instant, the profile id decides.
    const two = selectRound(general({ size: 2 }), pool);
    expect(ids(two)).toEqual(['top', 'a-same']);
    expect(two.tieBreak).toBe('2025-05-01T00:00:00Z');
  });

  it('is deterministic: the same pool in any order gives the same invitations', () => {
    const pool = Array.from({ length: 200 }, (_, i) => cand(`p${i}`, 400 + (i % 7), `2025-0${1 + (i % 9)}-01T00:00:00Z`));
    const a = selectRound(general({ size: 50 }), pool);
    const b = selectRound(general({ size: 50 }), [...pool].reverse());
    expect(b).toEqual(a);
  });

  it('size, minimum CRS, or both', () => {
    const pool = [cand('a', 500), cand('b', 490), cand('c', 480), cand('d', 470)];
    expect(ids(selectRound(general({ size: 2 }), pool))).toEqual(['a', 'b']);
    const min = selectRound({ type: 'general', minimumCrs: 480, instant: INSTANT }, pool);
    expect(ids(min)).toEqual(['a', 'b', 'c']);
    expect(min.cutoff).toBe(480);
    expect(ids(selectRound(general({ size: 2, minimumCrs: 495 }), pool))).toEqual(['a']);
    expect(ids(selectRound(general({ size: 10, minimumCrs: 480 }), pool))).toEqual(['a', 'b', 'c']);
    const none = selectRound({ type: 'general', minimumCrs: 600, instant: INSTANT }, pool);
    expect(none.invited).toEqual([]);
    expect(none.cutoff).toBeNull();
    expect(none.tieBreak).toBeNull();
  });

  it('a size larger than the eligible pool invites everyone eligible', () => {
    const r = selectRound(general({ size: 100 }), [cand('a', 10), cand('b', 0), cand('n', 600, undefined, { eligiblePrograms: [] })]);
    expect(ids(r)).toEqual(['a', 'b']);
    expect(r.cutoff).toBe(0);
    expect(r.eligibleCount).toBe(2);
    expect(r.poolSize).toBe(3);
  });

  it('refuses a score that is not a CRS score', () => {
    expect(() => selectRound(general(), [cand('a', 1201)])).toThrow(RangeError);
    expect(() => selectRound(general(), [cand('a', 450.5)])).toThrow(RangeError);
  });

  it('matches a plain full sort on random pools (property)', () => {
    const arbCandidate = fc.record({
      score: fc.integer({ min: 440, max: 460 }),
      day: fc.integer({ min: 1, max: 5 }),
      second: fc.integer({ min: 0, max: 2 }),
      programs: fc.subarray(['cec', 'fsw', 'fst'] as const),
      nominated: fc.boolean(),
      french: fc.boolean(),
      expired: fc.boolean(),
    });
    const arbSpec = fc.record({
      kind: fc.constantFrom('general', 'cec', 'pnp', 'french'),
      size: fc.option(fc.integer({ min: 1, max: 40 }), { nil: undefined }),
      minimumCrs: fc.option(fc.integer({ min: 440, max: 462 }), { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.array(arbCandidate, { maxLength: 60 }), arbSpec, (raw, s) => {
        const pool = raw.map((c, i) =>
          cand(`p${String(i).padStart(2, '0')}`, c.score, `2025-06-0${c.day}T00:00:0${c.second}Z`, {
            eligiblePrograms: c.programs,
            nominated: c.nominated,
            categories: c.french ? ['french'] : [],
            expiresAt: c.expired ? '2026-01-01T00:00:00Z' : '2026-06-01T00:00:00Z',
          }),
        );
        const spec: RoundSpec =
          s.kind === 'general'
            ? { type: 'general', instant: INSTANT }
            : s.kind === 'french'
              ? { type: 'category', category: 'french', instant: INSTANT }
              : { type: 'program', program: s.kind as 'cec' | 'pnp', instant: INSTANT };
        if (s.size === undefined && s.minimumCrs === undefined) spec.size = 10;
        if (s.size !== undefined) spec.size = s.size;
        if (s.minimumCrs !== undefined) spec.minimumCrs = s.minimumCrs;
        // Reference: filter, full sort, take.
        const ok = (c: PoolCandidate) =>
          inPoolAt(c, INSTANT) &&
          c.eligiblePrograms.length > 0 &&
          (s.kind === 'general' || (s.kind === 'cec' ? c.eligiblePrograms.includes('cec') : s.kind === 'pnp' ? c.nominated : c.categories.includes('french')));
        const expected = pool
          .filter(ok)
          .filter((c) => c.score >= (spec.minimumCrs ?? 0))
          .sort((a, b) => b.score - a.score || compareInstants(a.submittedAt, b.submittedAt) || (a.profileId < b.profileId ? -1 : 1))
          .slice(0, spec.size ?? Infinity)
          .map((c) => c.profileId);
        const r = selectRound(spec, pool);
        expect(ids(r)).toEqual(expected);
        expect(r.invited.every((i) => i.program === itaProgram(pool.find((c) => c.profileId === i.profileId)!, spec))).toBe(true);
        // Everyone not invited who was eligible has a reason that names the score or the stamp.
        for (const c of pool.filter(ok)) {
          const why = whyNotInvited(c, r, spec).map((x) => x.code);
          if (expected.includes(c.profileId)) expect(why).toEqual([]);
          else expect(['below_cutoff', 'below_minimum_crs', 'tie_break_later', 'tie_break_same_instant']).toContain(why[0]);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('filters and the program each invitation names', () => {
  const pool = [
    cand('pnp-cec', 800, undefined, { nominated: true, eligiblePrograms: ['cec', 'fsw'], province: 'BC' }),
    cand('nominated-no-federal', 790, undefined, { nominated: true, eligiblePrograms: [] }),
    cand('cec-fsw', 520, undefined, { eligiblePrograms: ['fsw', 'cec'], categories: ['french', 'healthcare'] }),
    cand('fsw-fst', 510, undefined, { eligiblePrograms: ['fst', 'fsw'], categories: ['trades'], province: 'AB' }),
    cand('fst', 500, undefined, { eligiblePrograms: ['fst'], categories: ['trades'] }),
    cand('nothing', 700, undefined, { eligiblePrograms: [] }),
  ];

  it('general round: PNP → CEC → FSW → FST', () => {
    const r = selectRound(general({ size: 10 }), pool);
    expect(r.invited.map((i) => [i.profileId, i.program])).toEqual([
      ['pnp-cec', 'pnp'],
      ['cec-fsw', 'cec'],
      ['fsw-fst', 'fsw'],
      ['fst', 'fst'],
    ]);
    expect(r.counts.byProgram).toEqual({ pnp: 1, cec: 1, fsw: 1, fst: 1 });
    expect(r.counts.byProvince).toEqual({ BC: 1, ON: 2, AB: 1 });
    expect(r.counts.byCategory).toEqual({ french: 1, healthcare: 1, trades: 2 });
    expect(r.counts.byBand.find((b) => b.band === '601-1200')!.count).toBe(1);
    expect(r.counts.byBand.find((b) => b.band === '501-600')!.count).toBe(2);
    expect(r.counts.byBand.find((b) => b.band === '491-500')!.count).toBe(1);
    expect(r.counts.byBand.at(-1)!.count).toBe(4);
  });

  it('program rounds invite only that program, under that program; PNP needs a nomination and a federal program', () => {
    const cec = selectRound({ type: 'program', program: 'cec', size: 10, instant: INSTANT }, pool);
    expect(cec.invited.map((i) => [i.profileId, i.program])).toEqual([
      ['pnp-cec', 'cec'],
      ['cec-fsw', 'cec'],
    ]);
    expect(ids(selectRound({ type: 'program', program: 'fst', size: 10, instant: INSTANT }, pool))).toEqual(['fsw-fst', 'fst']);
    const pnp = selectRound({ type: 'program', program: 'pnp', size: 10, instant: INSTANT }, pool);
    expect(pnp.invited.map((i) => [i.profileId, i.program])).toEqual([['pnp-cec', 'pnp']]);
  });

  it('category rounds invite those in the category, under CEC → FSW → FST (IRCC names no PNP in category rounds)', () => {
    const trades = selectRound({ type: 'category', category: 'trades', size: 10, instant: INSTANT }, pool);
    expect(trades.invited.map((i) => [i.profileId, i.program])).toEqual([
      ['fsw-fst', 'fsw'],
      ['fst', 'fst'],
    ]);
    const nominatedFrench = cand('nominated-french', 900, undefined, { nominated: true, eligiblePrograms: ['fsw'], categories: ['french'] });
    const french = selectRound({ type: 'category', category: 'french', size: 10, instant: INSTANT }, [...pool, nominatedFrench]);
    expect(french.invited.map((i) => [i.profileId, i.program])).toEqual([
      ['nominated-french', 'fsw'],
      ['cec-fsw', 'cec'],
    ]);
    expect(roundPrograms({ type: 'category' })).toEqual(['cec', 'fsw', 'fst']);
    expect(roundPrograms({ type: 'general' })).toEqual(['pnp', 'cec', 'fsw', 'fst']);
  });
});

describe('IRCC bands (dd1…dd18)', () => {
  const count = (scores: number[], band: string) => poolDistribution(scores).find((b) => b.band === band)!.count;

  it('are in the feed order', () => {
    expect(CRS_BANDS.map((b) => b.band)).toEqual([
      '601-1200', '501-600', '451-500', '491-500', '481-490', '471-480', '461-470', '451-460',
      '401-450', '441-450', '431-440', '421-430', '411-420', '401-410', '351-400', '301-350', '0-300', 'total',
    ]);
  });

  it('put each boundary score in the right band', () => {
    expect(count([300], '0-300')).toBe(1);
    expect(count([301], '301-350')).toBe(1);
    expect(count([300], '301-350')).toBe(0);
    expect(count([350, 351], '351-400')).toBe(1);
    expect(count([400, 401], '401-450')).toBe(1);
    expect(count([410, 411], '401-410')).toBe(1);
    expect(count([410, 411], '411-420')).toBe(1);
    expect(count([450, 451], '401-450')).toBe(1);
    expect(count([450, 451], '441-450')).toBe(1);
    expect(count([450, 451], '451-500')).toBe(1);
    expect(count([450, 451], '451-460')).toBe(1);
    expect(count([460, 461], '451-460')).toBe(1);
    expect(count([460, 461], '461-470')).toBe(1);
    expect(count([490, 491], '491-500')).toBe(1);
    expect(count([500, 501], '451-500')).toBe(1);
    expect(count([500, 501], '491-500')).toBe(1);
    expect(count([500, 501], '501-600')).toBe(1);
    expect(count([600, 601], '501-600')).toBe(1);
    expect(count([600, 601, 1200], '601-1200')).toBe(2);
    expect(count([0, 1200, 455], 'total')).toBe(3);
  });

  it('sub-bands add up to their band, bands to the total', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 1200 }), { maxLength: 300 }), (scores) => {
        const d = poolDistribution(scores).map((b) => b.count);
        const sum = (a: number, b: number) => d.slice(a, b + 1).reduce((x, y) => x + y, 0);
        expect(sum(3, 7)).toBe(d[2]);
        expect(sum(9, 13)).toBe(d[8]);
        expect(d[0]! + d[1]! + d[2]! + d[8]! + sum(14, 16)).toBe(d[17]);
        expect(d[17]).toBe(scores.length);
      }),
    );
  });

  it('refuses scores outside 0–1200', () => {
    expect(() => poolDistribution([1201])).toThrow(RangeError);
    expect(() => poolDistribution([-1])).toThrow(RangeError);
  });
});

describe('why was I not invited?', () => {
  const pool = [cand('a', 500, '2025-01-01T00:00:00Z'), cand('b', 480, '2025-02-01T00:00:00Z'), cand('c', 480, '2025-03-01T00:00:00Z'), cand('d', 470)];
  const spec = general({ size: 2 });
  const r = selectRound(spec, pool);

  it('invited: no reason', () => {
    expect(whyNotInvited(pool[0]!, r, spec)).toEqual([]);
  });

  it('score below the cut-off, or at it but submitted after the tie-break, or at the same instant', () => {
    expect(whyNotInvited(pool[3]!, r, spec)).toEqual([{ code: 'below_cutoff', params: { score: 470, cutoff: 480 } }]);
    expect(whyNotInvited(pool[2]!, r, spec)).toEqual([
      { code: 'tie_break_later', params: { submittedAt: '2025-03-01T00:00:00Z', tieBreak: '2025-02-01T00:00:00Z' } },
    ]);
    expect(whyNotInvited(cand('a-twin', 480, '2025-02-01T00:00:00Z'), r, spec)).toEqual([
      { code: 'tie_break_same_instant', params: { submittedAt: '2025-02-01T00:00:00Z' } },
    ]);
  });

  it('not in the pool at the instant', () => {
    const expired = cand('e', 900, '2025-01-01T00:00:00Z', { expiresAt: '2026-01-01T00:00:00Z' });
    expect(whyNotInvited(expired, r, spec)).toEqual([
      { code: 'not_in_pool', params: { submittedAt: '2025-01-01T00:00:00Z', expiresAt: '2026-01-01T00:00:00Z', instant: INSTANT } },
    ]);
  });

  it('not eligible for the program or not in the category, with the score comparison too', () => {
    const cecSpec: RoundSpec = { type: 'program', program: 'cec', size: 1, instant: INSTANT };
    const cec = selectRound(cecSpec, [cand('x', 500, undefined, { eligiblePrograms: ['cec'] })]);
    expect(whyNotInvited(cand('y', 450), cec, cecSpec)).toEqual([
      { code: 'not_eligible_for_program', params: { program: 'cec' } },
      { code: 'below_cutoff', params: { score: 450, cutoff: 500 } },
    ]);
    const pnpSpec: RoundSpec = { type: 'program', program: 'pnp', size: 1, instant: INSTANT };
    expect(whyNotInvited(cand('y', 450), cec, pnpSpec)[0]).toEqual({ code: 'not_eligible_for_program', params: { program: 'pnp' } });
    expect(whyNotInvited(cand('y', 900, undefined, { eligiblePrograms: [] }), r, spec)).toEqual([{ code: 'not_eligible_for_program', params: { program: 'any' } }]);
    const frSpec: RoundSpec = { type: 'category', category: 'french', size: 1, instant: INSTANT };
    const fr = selectRound(frSpec, [cand('f', 400, undefined, { categories: ['french'] })]);
    expect(whyNotInvited(cand('g', 520), fr, frSpec)).toEqual([{ code: 'not_in_category', params: { category: 'french' } }]);
  });

  it('a minimum-CRS round that invited nobody', () => {
    const minSpec: RoundSpec = { type: 'general', minimumCrs: 700, instant: INSTANT };
    const none = selectRound(minSpec, pool);
    expect(whyNotInvited(pool[0]!, none, minSpec)).toEqual([{ code: 'below_minimum_crs', params: { score: 500, minimumCrs: 700 } }]);
  });

  it('says when the candidate data do not match the round', () => {
    expect(whyNotInvited(cand('ghost', 999), r, spec)).toEqual([{ code: 'round_data_mismatch', params: {} }]);
  });
});

describe('category eligibility (rules.md §7.4)', () => {
  const NURSE = '31301'; // registered nurses: healthcare in every version

  it('French: NCLC 7 in all four abilities of a valid French test', () => {
    expect(categoryEligibility(baseProfile({ languageTests: [tefNclc7('2025-01-10')] }), '2025-06-01')).toEqual(['french']);
    const weak = { test: 'tef_canada' as const, testDate: '2025-01-10', scores: { reading: 434, writing: 428, listening: 434, speaking: 400 } };
    expect(categoryEligibility(baseProfile({ languageTests: [weak] }), '2025-06-01')).toEqual([]);
    // Results are valid two years: expired on 2027-01-11.
    expect(categoryEligibility(baseProfile({ languageTests: [tefNclc7('2025-01-10')] }), '2027-01-11')).toEqual([]);
    // English alone never counts.
    expect(categoryEligibility(baseProfile({ languageTests: [celpip('2025-01-10', 10, 10, 10, 10)] }), '2025-06-01')).toEqual([]);
  });

  it('no categories before 2023-05-31', () => {
    const p = baseProfile({ languageTests: [tefNclc7('2023-12-20')], workHistory: [job(NURSE, '2019-01-01', null, 37.5, 'CA')] });
    expect(categoryEligibility(p, '2023-05-30')).toEqual([]);
    expect(categoryEligibility(p, '2023-05-31')).toEqual(['healthcare']);
  });

  it('6 months of continuous work until 2026-02-17, 12 months (not continuous) from 2026-02-18', () => {
    const asOfBefore = '2026-02-17';
    const asOfAfter = '2026-02-18';
    // 8 months continuous, ending on the day: enough before, not after.
    const eight = baseProfile({ workHistory: [job(NURSE, '2025-06-17', null, 40, 'PH')] });
    expect(categoryEligibility(eight, asOfBefore)).toContain('healthcare');
    expect(categoryEligibility(eight, asOfAfter)).not.toContain('healthcare');
    // Three stints of about 5, 5 and 3 months with gaps (13 months in all): none continuous for 6 months.
    const stints = baseProfile({
      workHistory: [job(NURSE, '2023-06-01', '2023-10-31', 30, 'CA'), job(NURSE, '2024-03-01', '2024-07-31', 30, 'CA'), job(NURSE, '2025-01-01', '2025-03-31', 30, 'CA')],
    });
    expect(categoryEligibility(stints, asOfBefore)).not.toContain('healthcare');
    expect(categoryEligibility(stints, asOfAfter)).toContain('healthcare');
  });

  it('the 6-month threshold: 26 weeks of full-time work count, one day less does not (780 h)', () => {
    const asOf = '2025-06-01';
    const exactly = baseProfile({ workHistory: [job(NURSE, '2024-12-02', '2025-06-01', 30, 'CA')] }); // 182 days
    const short = baseProfile({ workHistory: [job(NURSE, '2024-12-03', '2025-06-01', 30, 'CA')] }); // 181 days
    expect(categoryEligibility(exactly, asOf)).toContain('healthcare');
    expect(categoryEligibility(short, asOf)).not.toContain('healthcare');
    // Part time: the same hours over a longer continuous period count.
    const partTime = baseProfile({ workHistory: [job(NURSE, '2024-06-03', '2025-06-01', 15, 'CA')] }); // 364 days at 15 h
    expect(categoryEligibility(partTime, asOf)).toContain('healthcare');
  });

  it('work older than 3 years does not count, nor unpaid work, nor work in an unlisted occupation', () => {
    const asOf = '2026-03-01';
    expect(categoryEligibility(baseProfile({ workHistory: [job(NURSE, '2020-01-01', '2023-02-28', 40, 'CA')] }), asOf)).toEqual([]);
    expect(categoryEligibility(baseProfile({ workHistory: [job(NURSE, '2023-03-01', '2024-02-29', 40, 'CA')] }), asOf)).toEqual(['healthcare']);
    expect(categoryEligibility(baseProfile({ workHistory: [job(NURSE, '2024-01-01', null, 40, 'CA', { paid: false })] }), asOf)).toEqual([]);
    expect(categoryEligibility(baseProfile({ workHistory: [job('62020', '2024-01-01', null, 40, 'CA')] }), asOf)).toEqual([]);
  });

  it('a single occupation: two listed occupations do not add up', () => {
    const p = baseProfile({ workHistory: [job(NURSE, '2025-01-01', '2025-07-31', 30, 'CA'), job('32101', '2025-08-01', '2026-02-28', 30, 'CA')] });
    expect(categoryEligibility(p, '2026-03-01')).not.toContain('healthcare');
  });

  it('physicians with Canadian work experience (2026): Canadian work only', () => {
    const asOf = '2026-03-01';
    const abroad = baseProfile({ workHistory: [job('31102', '2023-06-01', null, 40, 'FR')] });
    const canada = baseProfile({ workHistory: [job('31102', '2024-06-01', null, 40, 'CA')] });
    expect(categoryEligibility(abroad, asOf)).toEqual(['healthcare']);
    expect(categoryEligibility(canada, asOf)).toEqual(['healthcare', 'physicians']);
    expect(findCategory('physicians', asOf)!.requirements).toContain('canadian_work_experience');
  });

  it('skilled military recruits (2026): a Canadian Armed Forces job offer', () => {
    const offer = { noc: '42102', lmia: 'exempt' as const, fullTime: true, nonSeasonal: true, durationMonths: 36 };
    expect(categoryEligibility(baseProfile({ jobOffer: offer }), '2026-03-01')).toEqual(['military']);
    expect(categoryEligibility(baseProfile({ jobOffer: { ...offer, noc: '21231' } }), '2026-03-01')).toEqual([]);
  });
});
