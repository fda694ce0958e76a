// adviseCrs: what-if suggestions with points computed by hand from rules.md §1 tables (arithmetic in the comments),
// the dates of the law on both sides (2016-11-19, 2017-06-06, 2020-10-27, 2025-03-25), expiry warnings at 60 / 61
// days, the day one more year of ongoing work is reached, and the ranking.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { adviseCrs, birthdayOn, type Advice } from '../src/domain/advice.ts';
import { addDays, fromDayNumber, toDayNumber } from '../src/domain/dates.ts';
import { hasMessage, t } from '../src/i18n/index.ts';
import type { EducationCredential, IsoDate, LanguageTestResult, Profile, Spouse, WorkEntry } from '../src/domain/vocabulary.ts';

/** CELPIP-General scores equal CLB levels (rules.md §2.1), which keeps the arithmetic readable. */
const celpip = (testDate: IsoDate, speaking: number, listening: number, reading: number, writing: number): LanguageTestResult => ({
  test: 'celpip_general',
  testDate,
  scores: { speaking, listening, reading, writing },
});

const job = (country: string, start: IsoDate, weeklyHours: number, end: IsoDate | null = null): WorkEntry => ({
  noc: '21232', // software developers, TEER 1
  start,
  end,
  weeklyHours,
  country,
  paid: true,
  selfEmployed: false,
  fullTimeStudent: false,
});

const bachelors = (ecaDate: IsoDate | null): EducationCredential => ({ level: 'bachelors_or_three_year', completedOn: '2017-05-31', canadian: false, ecaDate });

/**
 * Candidate A (single), evaluated on 2026-01-15:
 * - born 1995-06-15 → 30 → 105 (§1.2.1, without spouse);
 * - foreign bachelor's, ECA 2024-01-01 → 120 (§1.2.2);
 * - CELPIP 2025-06-01: S9 L9 R9 W8 → 31 + 31 + 31 + 23 = 116 (§1.2.3);
 * - Canadian job since 2025-03-01, 40 h/week: 321 days × 30/7 h = 1,375.7 h → 0 years → 0 (§1.2.5, §4.2);
 * - foreign job 2019-01-01 … 2024-12-31, 40 h/week → 3+ years;
 * - transferability (weakest CLB 8: "CLB 7+" tier): C1 bachelor's 13, C2 0; C3 3+ years 25, C4 0 → 38 (§1.4).
 * Total 105 + 120 + 116 + 0 + 38 = 379.
 */
function candidateA(over: Partial<Profile> = {}): Profile {
  return {
    birthDate: '1995-06-15',
    maritalStatus: 'single',
    spouse: null,
    dependentChildren: 0,
    education: [bachelors('2024-01-01')],
    languageTests: [celpip('2025-06-01', 9, 9, 9, 8)],
    workHistory: [job('IN', '2019-01-01', 40, '2024-12-31'), job('CA', '2025-03-01', 40)],
    certificateOfQualification: null,
    provincialNomination: null,
    siblingInCanada: false,
    jobOffer: null,
    intendedProvince: 'ON',
    settlementFundsCad: 20000,
    authorizedToWorkInCanada: true,
    ...over,
  };
}

/**
 * Candidate B (single) for the dated rules: born 1990-07-01 (no birthday in the windows tested), CELPIP 30 days old,
 * CLB 8 in all four, no education counted, no work. Only the additional-points gains are looked at.
 */
function candidateB(asOf: IsoDate, over: Partial<Profile> = {}): Profile {
  return candidateA({
    birthDate: '1990-07-01',
    education: [],
    languageTests: [celpip(addDays(asOf, -30), 8, 8, 8, 8)],
    workHistory: [],
    ...over,
  });
}

const find = (advice: readonly Advice[], code: string, params: Record<string, unknown> = {}) =>
  advice.filter((a) => a.code === code && Object.entries(params).every(([k, v]) => a.params[k] === v));
const gainOf = (advice: readonly Advice[], code: string, params: Record<string, unknown> = {}) => {
  const found = find(advice, code, params);
  return found.length === 1 ? found[0]!.pointsGained : found.length === 0 ? null : 'ambiguous';
};

describe('adviseCrs — golden suggestions for candidate A on 2026-01-15', () => {
  const r = adviseCrs(candidateA(), '2026-01-15');

  it('starts from the current score', () => {
    expect(r.current).toBe(379);
  });

  it('one more CLB in one ability', () => {
    // Writing 8 → 9: 31 − 23 = +8; weakest CLB becomes 9: C1 13 → 25 (+12), C3 25 → 50 (+25). 8 + 12 + 25 = 45.
    expect(gainOf(r.suggestions, 'first_language_ability', { ability: 'writing', from: 8, to: 9, language: 'english' })).toBe(45);
    // Speaking 9 → 10: 34 − 31 = +3 (weakest stays 8).
    expect(gainOf(r.suggestions, 'first_language_ability', { ability: 'speaking', from: 9, to: 10 })).toBe(3);
  });

  it('when one more level earns nothing, the next level that does: CLB 4 → 6 (CLB 4 and 5 both give 6)', () => {
    // Speaking 4 → 5: 6 → 6, nothing (weakest 5 < 7: no transferability). 4 → 6: 9 − 6 = +3 (weakest 6, still none).
    const r4 = adviseCrs(candidateA({ languageTests: [celpip('2025-06-01', 4, 9, 9, 9)] }), '2026-01-15');
    expect(find(r4.suggestions, 'first_language_ability', { ability: 'speaking' })).toEqual([
      { code: 'first_language_ability', pointsGained: 3, params: { language: 'english', ability: 'speaking', from: 4, to: 6 } },
    ]);
  });

  it('all four abilities to CLB 10; no CLB 9 jump when it is the same as the writing suggestion', () => {
    // 4 × 34 = 136 (+20); tier "CLB 9+": C1 25 (+12), C3 50 (+25) → 57.
    expect(gainOf(r.suggestions, 'first_language_all', { level: 10 })).toBe(57);
    expect(gainOf(r.suggestions, 'first_language_all', { level: 9 })).toBeNull();
  });

  it('a French test at NCLC 7 in all four abilities, French bonus included', () => {
    // Second language 4 × 3 = 12 (cap 24, §1.2.4) + French bonus 50 (NCLC 7+ and English CLB 5+, since 2020-10-27).
    expect(find(r.suggestions, 'second_language')).toEqual([{ code: 'second_language', pointsGained: 62, params: { language: 'french', level: 7 } }]);
  });

  it('the day one more year of Canadian work is reached, and the score that day', () => {
    // 1,560 h at 30 h/week = 364 days: 2025-03-01 + 363 days = 2026-02-27.
    // 1 year: +40 (§1.2.5); C2 bachelor's × 1 year 13 (C1 + C2 = 26); C4 3+ foreign × 1 year 25 (C3 + C4 = 50) → +78.
    // No birthday before then: the score that day is 379 + 78 = 457.
    expect(find(r.suggestions, 'canadian_work_year')).toEqual([
      { code: 'canadian_work_year', pointsGained: 78, params: { years: 1, scoreOn: 457 }, on: '2026-02-27' },
    ]);
    expect(find(r.suggestions, 'foreign_work_year')).toEqual([]); // no ongoing work abroad
  });

  it('Canadian education, with what the credential adds to the education level', () => {
    // One- or two-year: +15 (§1.5); bachelor's + one-year = "two or more, one 3+ years": 128 (+8); C1 tier E2: 25 (+12) → 35.
    expect(gainOf(r.suggestions, 'canadian_education', { level: 'one_or_two_year' })).toBe(35);
    // Three years or more: +30; two 3-year credentials → 128 (+8); C1 25 (+12) → 50.
    expect(gainOf(r.suggestions, 'canadian_education', { level: 'three_year_plus' })).toBe(50);
  });

  it('a higher education level: the next one and a master’s', () => {
    // Two or more: 128 − 120 = +8, C1 13 → 25 (+12) → 20. Master's: 135 − 120 = +15, C1 +12 → 27.
    expect(gainOf(r.suggestions, 'education', { from: 'bachelors_or_three_year', to: 'two_or_more_one_3yr' })).toBe(20);
    expect(gainOf(r.suggestions, 'education', { to: 'masters_or_professional' })).toBe(27);
    expect(gainOf(r.suggestions, 'education', { to: 'doctoral' })).toBeNull();
  });

  it('nomination, sibling; no job offer after 2025-03-25; no spouse advice for a single candidate', () => {
    expect(gainOf(r.suggestions, 'provincial_nomination')).toBe(600);
    expect(gainOf(r.suggestions, 'sibling_in_canada')).toBe(15);
    expect(find(r.suggestions, 'job_offer')).toEqual([]);
    expect(find(r.suggestions, 'spouse_language')).toEqual([]);
    expect(find(r.suggestions, 'education_eca')).toEqual([]);
  });

  it('ranks by points gained, then code, then as built', () => {
    expect(r.suggestions.map((s) => [s.code, s.pointsGained])).toEqual([
      ['provincial_nomination', 600],
      ['canadian_work_year', 78],
      ['second_language', 62],
      ['first_language_all', 57],
      ['canadian_education', 50],
      ['first_language_ability', 45],
      ['canadian_education', 35],
      ['education', 27],
      ['education', 20],
      ['sibling_in_canada', 15],
      ['first_language_ability', 3], // speaking
      ['first_language_ability', 3], // listening
      ['first_language_ability', 3], // reading
    ]);
    expect(r.suggestions.slice(-3).map((s) => s.params.ability)).toEqual(['speaking', 'listening', 'reading']);
  });

  it('warns about the next birthday: 30 → 31 costs 105 − 99 = 6 points on 2026-06-15', () => {
    expect(r.warnings).toEqual([{ code: 'age_points_drop', severity: 'warning', params: { on: '2026-06-15', age: 31, pointsLost: 6 } }]);
  });
});

describe('adviseCrs — ongoing work', () => {
  const withCanadianJob = (weeklyHours: number) => candidateA({ workHistory: [job('IN', '2019-01-01', 40, '2024-12-31'), job('CA', '2025-03-01', weeklyHours)] });

  it('30 and 40 h/week reach the year on the same day (hours over 30 a week do not count)', () => {
    for (const hours of [30, 40]) {
      const [s] = find(adviseCrs(withCanadianJob(hours), '2026-01-15').suggestions, 'canadian_work_year');
      expect(s?.on, `${hours} h/week`).toBe('2026-02-27');
    }
  });

  it('part time takes longer: 20 h/week → 1,560 × 7 / 20 = 546 days: 2025-03-01 + 545 = 2026-08-28', () => {
    const [s] = find(adviseCrs(withCanadianJob(20), '2026-01-15').suggestions, 'canadian_work_year');
    expect(s?.on).toBe('2026-08-28');
    // The birthday of 2026-06-15 comes first: the score that day is 379 + 78 − 6 = 451.
    expect(s?.params.scoreOn).toBe(451);
  });

  it('the day before the year is reached still advises it for the next day; on that day it is done', () => {
    expect(find(adviseCrs(withCanadianJob(40), '2026-02-26').suggestions, 'canadian_work_year')[0]?.on).toBe('2026-02-27');
    const reached = adviseCrs(withCanadianJob(40), '2026-02-27');
    expect(reached.current).toBe(457);
    // Next year: 728 days → 2025-03-01 + 727 = 2027-02-26; 1 → 2 years: 40 → 53 (+13), C2 13 → 25 (+12); C4 stays 50 (cap) → +25.
    expect(find(reached.suggestions, 'canadian_work_year')).toMatchObject([{ pointsGained: 25, params: { years: 2 }, on: '2027-02-26' }]);
  });

  it('no Canadian-work advice when the Canadian job has ended, or does not count (self-employed)', () => {
    const ended = candidateA({ workHistory: [job('CA', '2025-03-01', 40, '2025-12-31')] });
    expect(find(adviseCrs(ended, '2026-01-15').suggestions, 'canadian_work_year')).toEqual([]);
    const selfEmployed = candidateA({ workHistory: [{ ...job('CA', '2025-03-01', 40), selfEmployed: true }] });
    expect(find(adviseCrs(selfEmployed, '2026-01-15').suggestions, 'canadian_work_year')).toEqual([]);
  });

  it('foreign work only when the next year adds points', () => {
    // Abroad since 2023-06-01 (40 h/week): 2 years on 2026-01-15; 3 years = 1,092 days → 2023-06-01 + 1,091 = 2026-05-27.
    // C3 "1 or 2 years" 13 → "3 years or more" 25 (weakest CLB 8): +12 (no Canadian work: C4 0).
    const abroad = candidateA({ workHistory: [job('IN', '2023-06-01', 40)] });
    expect(find(adviseCrs(abroad, '2026-01-15').suggestions, 'foreign_work_year')).toMatchObject([{ pointsGained: 12, params: { years: 3 }, on: '2026-05-27' }]);
    // Abroad since 2024-06-01: 1 year → 2 years stays in the "1 or 2 years" band: nothing to gain, no advice.
    const recent = candidateA({ workHistory: [job('IN', '2024-06-01', 40)] });
    expect(find(adviseCrs(recent, '2026-01-15').suggestions, 'foreign_work_year')).toEqual([]);
  });
});

describe('adviseCrs — the dates of the law decide', () => {
  const advice = (asOf: IsoDate, over: Partial<Profile> = {}) => adviseCrs(candidateB(asOf, over), asOf).suggestions;

  it('job offer: 600 until 2016-11-18 (one suggestion), 50 / 200 from 2016-11-19, nothing from 2025-03-25', () => {
    expect(find(advice('2016-11-18'), 'job_offer')).toEqual([{ code: 'job_offer', pointsGained: 600, params: { kind: 'teer_0_1_2_3' } }]);
    expect(gainOf(advice('2016-11-19'), 'job_offer', { kind: 'teer_0_1_2_3' })).toBe(50);
    expect(gainOf(advice('2016-11-19'), 'job_offer', { kind: 'major_group_00' })).toBe(200);
    expect(gainOf(advice('2025-03-24'), 'job_offer', { kind: 'teer_0_1_2_3' })).toBe(50);
    expect(gainOf(advice('2025-03-24'), 'job_offer', { kind: 'major_group_00' })).toBe(200);
    expect(find(advice('2025-03-25'), 'job_offer')).toEqual([]);
  });

  it('a candidate whose offer already counts is only told about the bigger one, until 2025-03-25', () => {
    const jobOffer = { noc: '21232', lmia: 'approved' as const, fullTime: true, nonSeasonal: true, durationMonths: 12 };
    expect(find(advice('2025-03-24', { jobOffer }), 'job_offer')).toEqual([{ code: 'job_offer', pointsGained: 150, params: { kind: 'major_group_00' } }]);
    expect(find(advice('2025-03-25', { jobOffer }), 'job_offer')).toEqual([]);
  });

  it('sibling: nothing before 2017-06-06, 15 from that day', () => {
    expect(find(advice('2017-06-05'), 'sibling_in_canada')).toEqual([]);
    expect(gainOf(advice('2017-06-06'), 'sibling_in_canada')).toBe(15);
  });

  it('Canadian education: nothing before 2016-11-19, 15 / 30 from that day (no other credential here)', () => {
    expect(find(advice('2016-11-18'), 'canadian_education')).toEqual([]);
    // With no credential counted, a one-year Canadian credential also gives the one-year level: 15 + 90 = 105;
    // C1 one-year (E1) × CLB 8: 13 → 118. Three years: 30 + 120 + 13 = 163.
    expect(gainOf(advice('2016-11-19'), 'canadian_education', { level: 'one_or_two_year' })).toBe(118);
    expect(gainOf(advice('2016-11-19'), 'canadian_education', { level: 'three_year_plus' })).toBe(163);
  });

  it('French second language: 12 alone, +30 from 2017-06-06, +50 from 2020-10-27 (English CLB 8 ≥ 5)', () => {
    expect(gainOf(advice('2017-06-05'), 'second_language', { language: 'french' })).toBe(12);
    expect(gainOf(advice('2017-06-06'), 'second_language', { language: 'french' })).toBe(42);
    expect(gainOf(advice('2020-10-26'), 'second_language', { language: 'french' })).toBe(42);
    expect(gainOf(advice('2020-10-27'), 'second_language', { language: 'french' })).toBe(62);
  });

  it('English as second language for a French-first candidate: the bonus rises from 25 to 50', () => {
    // TCF Canada speaking/writing 10 → NCLC 7; reading 453, listening 458 → NCLC 7 (rules.md §2.6); no English test.
    const tcf: LanguageTestResult = { test: 'tcf_canada', testDate: '2025-12-01', scores: { speaking: 10, listening: 458, reading: 453, writing: 10 } };
    const r = adviseCrs(candidateB('2026-01-15', { languageTests: [tcf] }), '2026-01-15');
    // English CLB 7 in all four: second language 12 + bonus 50 − 25 = 37.
    expect(find(r.suggestions, 'second_language')).toEqual([{ code: 'second_language', pointsGained: 37, params: { language: 'english', level: 7 } }]);
  });
});

describe('adviseCrs — spouse, ECA', () => {
  const spouse = (over: Partial<Spouse> = {}): Spouse => ({ canadianCitizenOrPR: false, accompanying: true, education: [], languageTests: [], workHistory: [], ...over });

  it('an accompanying spouse without a test: CLB 7 in all four = 4 × 3 = 12, CLB 9 = 4 × 5 = 20 (rules.md §1.3)', () => {
    const r = adviseCrs(candidateA({ maritalStatus: 'married', spouse: spouse() }), '2026-01-15');
    expect(gainOf(r.suggestions, 'spouse_language', { level: 7 })).toBe(12);
    expect(gainOf(r.suggestions, 'spouse_language', { level: 9 })).toBe(20);
  });

  it('a spouse already at CLB 8 is only told about CLB 9: 4 × (5 − 3) = 8', () => {
    const r = adviseCrs(candidateA({ maritalStatus: 'married', spouse: spouse({ languageTests: [celpip('2025-06-01', 8, 8, 8, 8)] }) }), '2026-01-15');
    expect(find(r.suggestions, 'spouse_language')).toEqual([{ code: 'spouse_language', pointsGained: 8, params: { level: 9 } }]);
  });

  it('no spouse advice when the spouse is a citizen/PR or does not come', () => {
    for (const s of [spouse({ canadianCitizenOrPR: true }), spouse({ accompanying: false })]) {
      expect(find(adviseCrs(candidateA({ maritalStatus: 'married', spouse: s }), '2026-01-15').suggestions, 'spouse_language')).toEqual([]);
    }
  });

  it('a foreign bachelor’s without an ECA: an ECA adds 120 + C1 13 = 133', () => {
    const r = adviseCrs(candidateA({ education: [bachelors(null)], workHistory: [] }), '2026-01-15');
    expect(find(r.suggestions, 'education_eca')).toEqual([{ code: 'education_eca', pointsGained: 133, params: { level: 'bachelors_or_three_year' } }]);
  });
});

describe('adviseCrs — warnings', () => {
  // CELPIP of 2024-03-10: last valid day 2026-03-09. ECA of 2021-03-10: last valid day 2026-03-09.
  const expiring = candidateA({ languageTests: [celpip('2024-03-10', 9, 9, 9, 8)], education: [bachelors('2021-03-10')] });

  it('60 days before the last valid day: warned; 61 days before: not', () => {
    const at60 = adviseCrs(expiring, '2026-01-08').warnings;
    expect(at60).toContainEqual({
      code: 'test_expires_soon',
      severity: 'warning',
      params: { test: 'celpip_general', validUntil: '2026-03-09', daysLeft: 60, who: 'principal' },
    });
    expect(at60).toContainEqual({
      code: 'eca_expires_soon',
      severity: 'warning',
      params: { level: 'bachelors_or_three_year', validUntil: '2026-03-09', daysLeft: 60, who: 'principal' },
    });
    const at61 = adviseCrs(expiring, '2026-01-07').warnings;
    expect(at61.filter((w) => w.code.endsWith('_expires_soon'))).toEqual([]);
  });

  it('on the last valid day: 0 days left; the day after, the derivation’s expiry findings are passed through', () => {
    expect(adviseCrs(expiring, '2026-03-09').warnings.filter((w) => w.code.endsWith('_expires_soon')).map((w) => w.params?.daysLeft)).toEqual([0, 0]);
    const after = adviseCrs(expiring, '2026-03-10').warnings.map((w) => w.code);
    expect(after).toContain('language_test_expired');
    expect(after).toContain('eca_expired');
    expect(after.filter((c) => c.endsWith('_expires_soon'))).toEqual([]);
  });

  it('warns about the spouse’s test too, when the spouse scores', () => {
    const s: Spouse = { canadianCitizenOrPR: false, accompanying: true, education: [], languageTests: [celpip('2024-03-10', 7, 7, 7, 7)], workHistory: [] };
    const w = adviseCrs(candidateA({ maritalStatus: 'married', spouse: s }), '2026-02-01').warnings;
    expect(w).toContainEqual({ code: 'test_expires_soon', severity: 'warning', params: { test: 'celpip_general', validUntil: '2026-03-09', daysLeft: 36, who: 'spouse' } });
  });

  it('age: no warning when the next birthday costs nothing (19 → 20), 29 February turns on 1 March', () => {
    const young = adviseCrs(candidateA({ birthDate: '2006-06-15' }), '2026-01-15'); // 19 → 20: 105 → 110
    expect(young.warnings.filter((w) => w.code === 'age_points_drop')).toEqual([]);
    const leap = adviseCrs(candidateA({ birthDate: '1996-02-29' }), '2026-01-15'); // 29 → 30: 110 → 105
    expect(leap.warnings).toContainEqual({ code: 'age_points_drop', severity: 'warning', params: { on: '2026-03-01', age: 30, pointsLost: 5 } });
    expect(birthdayOn('1996-02-29', 32)).toBe('2028-02-29');
  });
});

describe('adviseCrs — properties', () => {
  const day = fc.integer({ min: toDayNumber('2015-01-01'), max: toDayNumber('2027-12-31') }).map(fromDayNumber);

  it('every suggestion gains points, suggestions are ranked, and each code and warning has its words in FR and EN', () => {
    fc.assert(
      fc.property(day, fc.boolean(), (asOf, married) => {
        const profile = candidateB(asOf, {
          maritalStatus: married ? 'married' : 'single',
          spouse: married ? { canadianCitizenOrPR: false, accompanying: true, education: [], languageTests: [], workHistory: [] } : null,
          education: [bachelors(null)],
          workHistory: [job('CA', addDays(asOf, -200), 35), job('IN', '2012-01-01', 40)],
        });
        const r = adviseCrs(profile, asOf);
        for (const s of r.suggestions) {
          expect(s.pointsGained).toBeGreaterThan(0);
          expect(hasMessage(`advice.${s.code}`), s.code).toBe(true);
          for (const lang of ['fr', 'en'] as const) expect(t(lang, `advice.${s.code}`, s.params)).not.toMatch(/[{}]/);
        }
        for (let i = 1; i < r.suggestions.length; i++) {
          const [a, b] = [r.suggestions[i - 1]!, r.suggestions[i]!];
          expect(a.pointsGained > b.pointsGained || (a.pointsGained === b.pointsGained && a.code <= b.code)).toBe(true);
        }
        for (const w of r.warnings) expect(hasMessage(`finding.${w.code}`), w.code).toBe(true);
        expect(find(r.suggestions, 'job_offer').length > 0).toBe(asOf < '2025-03-25');
        expect(find(r.suggestions, 'sibling_in_canada').length > 0).toBe(asOf >= '2017-06-06');
      }),
      { numRuns: 150 },
    );
  });

  it('words every warning code of this area in both languages', () => {
    const params = { on: '2026-06-15', age: 31, pointsLost: 6, test: 'celpip_general', validUntil: '2026-03-09', daysLeft: 1, who: 'spouse', level: 'doctoral' };
    for (const code of ['age_points_drop', 'test_expires_soon', 'eca_expires_soon']) {
      expect(t('en', `finding.${code}`, params)).not.toContain('{');
      expect(t('fr', `finding.${code}`, params)).not.toContain('{');
    }
    expect(t('en', 'finding.test_expires_soon', params)).toBe('Your spouse’s or partner’s CELPIP-General result is valid until 2026-03-09: 1 day left. Plan a new test.');
    expect(t('fr', 'advice.first_language_ability', { language: 'french', ability: 'writing', from: 6, to: 7 })).toBe(
      'Faire passer votre expression écrite en français du niveau NCLC 6 au niveau NCLC 7.',
    );
  });
});
