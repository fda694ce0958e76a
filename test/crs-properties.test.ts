// CRS properties over arbitrary valid factors and days 2015-01-01..2026-12-31 (rules.md §1.1 caps, §1.6 algorithm).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CRS_FACTOR_CODES, scoreCrs, scoreCrsFast } from '../src/domain/crs.ts';
import { assertRuleDate, RuleDateError } from '../src/domain/rules/parameter.ts';
import { addDays } from '../src/domain/dates.ts';
import {
  ABILITIES,
  ARRANGED_EMPLOYMENT_KINDS,
  CANADIAN_EDUCATION_LEVELS,
  EDUCATION_LEVELS,
  MARITAL_STATUSES,
  type AbilityLevels,
  type CrsFactors,
} from '../src/domain/vocabulary.ts';

const RUNS = { numRuns: 3000 };

const level = fc.integer({ min: 0, max: 12 });
const levels: fc.Arbitrary<AbilityLevels> = fc.record({ speaking: level, listening: level, reading: level, writing: level });
const day = fc.integer({ min: 0, max: 4382 }).map((n) => addDays('2015-01-01', n)); // 2015-01-01 .. 2026-12-31
const years = fc.integer({ min: 0, max: 60 });

const crsFactors: fc.Arbitrary<CrsFactors> = fc.record({
  asOf: day,
  age: fc.integer({ min: 0, max: 120 }),
  maritalStatus: fc.constantFrom(...MARITAL_STATUSES),
  spouseCanadianCitizenOrPR: fc.boolean(),
  spouseAccompanying: fc.boolean(),
  education: fc.constantFrom(...EDUCATION_LEVELS),
  canadianEducation: fc.constantFrom(...CANADIAN_EDUCATION_LEVELS),
  firstLanguage: fc.record({ language: fc.constantFrom('english' as const, 'french' as const), speaking: level, listening: level, reading: level, writing: level }),
  secondLanguage: fc.option(levels, { nil: null }),
  canadianWorkYears: years,
  foreignWorkYears: years,
  certificateOfQualification: fc.boolean(),
  provincialNomination: fc.boolean(),
  siblingInCanada: fc.boolean(),
  arrangedEmployment: fc.constantFrom(...ARRANGED_EMPLOYMENT_KINDS),
  spouseEducation: fc.constantFrom(...EDUCATION_LEVELS),
  spouseLanguage: fc.option(levels, { nil: null }),
  spouseCanadianWorkYears: years,
});

const withSpouse = (f: CrsFactors) =>
  (f.maritalStatus === 'married' || f.maritalStatus === 'common_law') && f.spouseAccompanying && !f.spouseCanadianCitizenOrPR;

/** Raises one ability of one language (first, second, spouse) by one level, capped at 12. */
function raise(f: CrsFactors, which: 'first' | 'second' | 'spouse', ability: (typeof ABILITIES)[number]): CrsFactors {
  const up = <T extends AbilityLevels>(l: T): T => ({ ...l, [ability]: Math.min(12, l[ability] + 1) });
  if (which === 'first') return { ...f, firstLanguage: up(f.firstLanguage) };
  if (which === 'second') return { ...f, secondLanguage: f.secondLanguage && up(f.secondLanguage) };
  return { ...f, spouseLanguage: f.spouseLanguage && up(f.spouseLanguage) };
}

describe('CRS properties', () => {
  it('total is the sum of the blocks; each block within its cap; 0 ≤ total ≤ 1200', () => {
    fc.assert(
      fc.property(crsFactors, (f) => {
        const r = scoreCrsFast(f);
        expect(r.total).toBe(r.core + r.spouse + r.transferability + r.additional);
        expect(r.core).toBeGreaterThanOrEqual(0);
        expect(r.core).toBeLessThanOrEqual(withSpouse(f) ? 460 : 500);
        expect(r.spouse).toBeGreaterThanOrEqual(0);
        expect(r.spouse).toBeLessThanOrEqual(withSpouse(f) ? 40 : 0);
        expect(r.core + r.spouse).toBeLessThanOrEqual(500);
        expect(r.transferability).toBeGreaterThanOrEqual(0);
        expect(r.transferability).toBeLessThanOrEqual(100);
        expect(r.additional).toBeGreaterThanOrEqual(0);
        expect(r.additional).toBeLessThanOrEqual(600);
        expect(r.total).toBeGreaterThanOrEqual(0);
        expect(r.total).toBeLessThanOrEqual(1200);
        expect(Number.isInteger(r.total)).toBe(true);
      }),
      RUNS,
    );
  });

  it('raising any one CLB/NCLC by one never lowers the total', () => {
    fc.assert(
      fc.property(crsFactors, fc.constantFrom('first' as const, 'second' as const, 'spouse' as const), fc.constantFrom(...ABILITIES), (f, which, ability) => {
        expect(scoreCrsFast(raise(f, which, ability)).total).toBeGreaterThanOrEqual(scoreCrsFast(f).total);
      }),
      RUNS,
    );
  });

  it('one more year of Canadian, foreign or spouse Canadian work never lowers the total', () => {
    fc.assert(
      fc.property(crsFactors, fc.constantFrom('canadianWorkYears' as const, 'foreignWorkYears' as const, 'spouseCanadianWorkYears' as const), (f, key) => {
        expect(scoreCrsFast({ ...f, [key]: f[key] + 1 }).total).toBeGreaterThanOrEqual(scoreCrsFast(f).total);
      }),
      RUNS,
    );
  });

  it('fast path = full path; lines sum to their blocks and carry known codes', () => {
    fc.assert(
      fc.property(crsFactors, (f) => {
        const full = scoreCrs(f);
        const { lines, ...blocks } = full;
        expect(scoreCrsFast(f)).toEqual(blocks);
        const sums = { core: 0, spouse: 0, transferability: 0, additional: 0 };
        for (const l of lines) {
          expect(CRS_FACTOR_CODES).toContain(l.factor);
          sums[l.block] += l.points;
        }
        expect(sums).toEqual({ core: full.core, spouse: full.spouse, transferability: full.transferability, additional: full.additional });
        expect(lines.some((l) => l.block === 'spouse')).toBe(withSpouse(f));
      }),
      RUNS,
    );
  });

  it('without an accompanying non-PR spouse, the spouse facts change nothing (scored as single)', () => {
    fc.assert(
      fc.property(
        crsFactors.filter((f) => !withSpouse(f)),
        fc.constantFrom(...EDUCATION_LEVELS),
        fc.option(levels, { nil: null }),
        years,
        (f, spouseEducation, spouseLanguage, spouseCanadianWorkYears) => {
          const single = scoreCrsFast({ ...f, maritalStatus: 'single' });
          expect(scoreCrsFast(f)).toEqual(single);
          expect(scoreCrsFast({ ...f, spouseEducation, spouseLanguage, spouseCanadianWorkYears })).toEqual(single);
        },
      ),
      RUNS,
    );
  });

  it('accepts exactly the days assertRuleDate accepts', () => {
    const digits = (n: number) => fc.stringMatching(new RegExp(`^[0-9]{${n}}$`));
    const almostDay = fc.oneof(
      fc.tuple(fc.integer({ min: 1990, max: 2500 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 })).map(
        ([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
      ),
      fc.tuple(digits(4), digits(2), digits(2)).map(([y, m, d]) => `${y}-${m}-${d}`),
      fc.string({ maxLength: 12 }),
    );
    const base = fc.sample(crsFactors, { numRuns: 1, seed: 1 })[0]!;
    fc.assert(
      fc.property(almostDay, (asOf) => {
        let expected: string | null = null;
        try {
          assertRuleDate(asOf);
        } catch (e) {
          expected = (e as RuleDateError).code;
        }
        for (const run of [() => scoreCrsFast(base, asOf), () => scoreCrs(base, asOf)]) {
          let got: string | null = null;
          try {
            run();
          } catch (e) {
            expect(e).toBeInstanceOf(RuleDateError);
            got = (e as RuleDateError).code;
          }
          expect(got).toBe(expected);
        }
      }),
      { numRuns: 5000 },
    );
  });
});
