// CRS golden cases, each computed by hand from the tables of rules.md §1 (arithmetic in the comments),
// on both sides of every CRS effective date of rules.md §9.
import { describe, expect, it } from 'vitest';
import { CRS_FACTOR_CODES, scoreCrs, scoreCrsFast, type CrsResult } from '../src/domain/crs.ts';
import { PARAMETERS } from '../src/domain/rules/crs.ts';
import { RuleDateError, findParameter } from '../src/domain/rules/index.ts';
import { MESSAGES } from '../src/i18n/messages/crs.ts';
import type { AbilityLevels, CrsFactors } from '../src/domain/vocabulary.ts';

const clb = (speaking: number, listening: number, reading: number, writing: number): AbilityLevels => ({ speaking, listening, reading, writing });
const all = (n: number) => clb(n, n, n, n);

/** A single candidate with nothing but what a case sets. */
function factors(over: Partial<CrsFactors> = {}): CrsFactors {
  return {
    asOf: '2026-06-01',
    age: 30,
    maritalStatus: 'single',
    spouseCanadianCitizenOrPR: false,
    spouseAccompanying: false,
    education: 'none',
    canadianEducation: 'none',
    firstLanguage: { language: 'english', ...all(0) },
    secondLanguage: null,
    canadianWorkYears: 0,
    foreignWorkYears: 0,
    certificateOfQualification: false,
    provincialNomination: false,
    siblingInCanada: false,
    arrangedEmployment: 'none',
    spouseEducation: 'none',
    spouseLanguage: null,
    spouseCanadianWorkYears: 0,
    ...over,
  };
}
const english = (levels: AbilityLevels) => ({ language: 'english' as const, ...levels });
const french = (levels: AbilityLevels) => ({ language: 'french' as const, ...levels });

type Blocks = [total: number, core: number, spouse: number, transferability: number, additional: number];

/** Scores with both paths, checks they agree and that the lines add up, and returns the full result. */
function score(f: CrsFactors, asOf?: string): CrsResult {
  const full = scoreCrs(f, asOf);
  const fast = scoreCrsFast(f, asOf);
  expect(fast).toEqual({ total: full.total, core: full.core, spouse: full.spouse, transferability: full.transferability, additional: full.additional });
  for (const block of ['core', 'spouse', 'transferability', 'additional'] as const) {
    expect(full.lines.filter((l) => l.block === block).reduce((s, l) => s + l.points, 0)).toBe(full[block]);
  }
  return full;
}
function blocks(r: CrsResult): Blocks {
  return [r.total, r.core, r.spouse, r.transferability, r.additional];
}
function line(r: CrsResult, factor: string) {
  const found = r.lines.filter((l) => l.factor === factor);
  expect(found.length).toBeLessThanOrEqual(1);
  return found[0];
}

describe('CRS golden cases (rules.md §1, scored 2026-06-01)', () => {
  it('single, master’s, CLB 10, 3 years Canadian and foreign: both transferability groups capped', () => {
    // Core (without spouse): age 29 → 110; master's → 135; CLB 10 ×4 → 34×4 = 136; Canadian 3 y → 64. 110+135+136+64 = 445.
    // Transferability: master's × CLB 9+ = 50, master's × Canadian 2+ = 50 → 100, capped 50 (−50);
    //   foreign 3+ × CLB 9+ = 50, foreign 3+ × Canadian 2+ = 50 → 100, capped 50 (−50). 50+50 = 100.
    // Total 445 + 0 + 100 + 0 = 545.
    const r = score(
      factors({ age: 29, education: 'masters_or_professional', firstLanguage: english(all(10)), canadianWorkYears: 3, foreignWorkYears: 3 }),
    );
    expect(blocks(r)).toEqual([545, 445, 0, 100, 0]);
    expect(line(r, 'age')).toMatchObject({ block: 'core', input: 29, points: 110, parameter: 'crs.core.age' });
    expect(line(r, 'education')).toMatchObject({ input: 'masters_or_professional', points: 135 });
    expect(line(r, 'first_language.speaking')).toMatchObject({ input: 10, points: 34 });
    expect(line(r, 'canadian_work')).toMatchObject({ input: 3, points: 64 });
    expect(line(r, 'transferability.education_language')).toMatchObject({ input: 'masters_or_professional/10', points: 50 });
    expect(line(r, 'transferability.education_canadian_work')).toMatchObject({ input: 'masters_or_professional/3', points: 50 });
    expect(line(r, 'transferability.education_cap')).toMatchObject({ input: 100, points: -50, parameter: 'crs.transferability.education_cap' });
    expect(line(r, 'transferability.foreign_work_language')).toMatchObject({ input: '3/10', points: 50 });
    expect(line(r, 'transferability.foreign_work_canadian_work')).toMatchObject({ input: '3/3', points: 50 });
    expect(line(r, 'transferability.foreign_work_cap')).toMatchObject({ input: 100, points: -50 });
    expect(line(r, 'transferability.cap')).toBeUndefined();
    expect(r.lines.some((l) => l.block === 'spouse')).toBe(false);
    // Zero lines are kept for the main factors: the candidate sees what gives nothing.
    expect(line(r, 'second_language.reading')).toMatchObject({ input: null, points: 0 });
    expect(line(r, 'provincial_nomination')).toMatchObject({ input: false, points: 0 });
  });

  // Married, accompanying spouse who is not a citizen or PR: "with spouse" columns and block B.
  const married = factors({
    age: 35,
    maritalStatus: 'married',
    spouseAccompanying: true,
    education: 'bachelors_or_three_year',
    canadianEducation: 'one_or_two_year',
    firstLanguage: english(clb(8, 7, 9, 8)),
    secondLanguage: all(7),
    canadianWorkYears: 1,
    foreignWorkYears: 2,
    siblingInCanada: true,
    spouseEducation: 'two_year',
    spouseLanguage: clb(9, 8, 6, 4),
    spouseCanadianWorkYears: 2,
  });

  it('with spouse: spouse columns, block B, bilingual French bonus', () => {
    // Core (with spouse): age 35 → 70; bachelor's → 112; S8 22 + L7 16 + R9 29 + W8 22 = 89; second NCLC 7 ×4 → 3×4 = 12
    //   (cap 22 not reached); Canadian 1 y → 35. 70+112+89+12+35 = 318.
    // Spouse: two-year → 7; S9 5 + L8 3 + R6 1 + W4 0 = 9; Canadian 2 y → 7. 7+9+7 = 23.
    // Transferability (weakest first-language ability CLB 7): bachelor's × CLB 7+ = 13, × Canadian 1 y = 13 → 26;
    //   foreign 2 y (1–2 row) × CLB 7+ = 13, × Canadian 1 y = 13 → 26. 52.
    // Additional: French (second) NCLC 7 all four and English CLB 5+ all four → 50; sibling 15; Canadian 1–2 y → 15. 80.
    // Total 318 + 23 + 52 + 80 = 473.
    const r = score(married);
    expect(blocks(r)).toEqual([473, 318, 23, 52, 80]);
    expect(line(r, 'age')).toMatchObject({ points: 70 });
    expect(line(r, 'spouse_language.speaking')).toMatchObject({ block: 'spouse', input: 9, points: 5 });
    expect(line(r, 'spouse_canadian_work')).toMatchObject({ input: 2, points: 7 });
    expect(line(r, 'french_bonus')).toMatchObject({ input: '7/7', points: 50, parameter: 'crs.additional.french' });
  });

  it('common-law partner counts like a married spouse', () => {
    expect(blocks(score({ ...married, maritalStatus: 'common_law' }))).toEqual([473, 318, 23, 52, 80]);
  });

  it('spouse who is a Canadian PR, or does not accompany: scored as single, no block B', () => {
    // Core (without spouse): age 35 → 77; bachelor's → 120; S8 23 + L7 17 + R9 31 + W8 23 = 94; second 12 (cap 24);
    //   Canadian 1 y → 40. 77+120+94+12+40 = 343. Transferability 52 and additional 80 as above. Total 343+52+80 = 475.
    for (const f of [
      { ...married, spouseCanadianCitizenOrPR: true },
      { ...married, spouseAccompanying: false },
      { ...married, maritalStatus: 'divorced_or_separated' as const },
    ]) {
      const r = score(f);
      expect(blocks(r)).toEqual([475, 343, 0, 52, 80]);
      expect(r.lines.some((l) => l.block === 'spouse')).toBe(false);
    }
  });

  it('spouse with no language test: 0 for each ability, lines kept', () => {
    // Spouse: two-year 7 + language 0 + Canadian 2 y 7 = 14 (instead of 23). Total 473 − 9 = 464.
    const r = score({ ...married, spouseLanguage: null });
    expect(blocks(r)).toEqual([464, 318, 14, 52, 80]);
    expect(line(r, 'spouse_language.writing')).toMatchObject({ input: null, points: 0 });
  });

  it('second official language cap: 22 with spouse, 24 without', () => {
    // With spouse: age 30 → 95; no education 0; first CLB 0 → 0; second CLB 9 ×4 = 6×4 = 24 → capped 22 (−2). Core 95+22 = 117.
    //   Spouse: none. Transferability 0. Additional: French? first language English CLB 0 → second is French NCLC 9
    //   (≥ 7) and English weakest CLB 0 (< 5) → 25. Total 117 + 0 + 0 + 25 = 142.
    const withSpouse = score(factors({ maritalStatus: 'married', spouseAccompanying: true, secondLanguage: all(9) }));
    expect(blocks(withSpouse)).toEqual([142, 117, 0, 0, 25]);
    expect(line(withSpouse, 'second_language_cap')).toMatchObject({ input: 24, points: -2, parameter: 'crs.core.second_language_cap' });
    // Without spouse: age 30 → 105; second 24 (cap 24, no cut). Core 129. French 25. Total 154.
    const single = score(factors({ secondLanguage: all(9) }));
    expect(blocks(single)).toEqual([154, 129, 0, 0, 25]);
    expect(line(single, 'second_language_cap')).toBeUndefined();
  });

  it('transferability total cap 100 and the largest possible score, 1200', () => {
    // Core: age 25 → 110; doctorate → 150; CLB 12 reads as "10 or more" → 34×4 = 136; second NCLC 12 → 6×4 = 24 (cap 24);
    //   Canadian 5 y → 80. 110+150+136+24+80 = 500.
    // Transferability: education group 50+50 → 50; foreign group 50+50 → 50; certificate × CLB 7+ → 50. 150 → capped 100 (−50).
    // Additional: nomination 600 + sibling 15 + French (NCLC 12, English CLB 12) 50 + Canadian 3+ y 30 = 695 → capped 600 (−95).
    // Total 500 + 100 + 600 = 1200.
    const r = score(
      factors({
        age: 25,
        education: 'doctoral',
        firstLanguage: english(all(12)),
        secondLanguage: all(12),
        canadianWorkYears: 5,
        foreignWorkYears: 3,
        certificateOfQualification: true,
        provincialNomination: true,
        siblingInCanada: true,
        canadianEducation: 'three_year_plus',
      }),
    );
    expect(blocks(r)).toEqual([1200, 500, 0, 100, 600]);
    expect(line(r, 'transferability.certificate_language')).toMatchObject({ input: 'true/12', points: 50 });
    expect(line(r, 'transferability.cap')).toMatchObject({ input: 150, points: -50, parameter: 'crs.transferability.cap' });
    expect(line(r, 'additional_cap')).toMatchObject({ input: 695, points: -95, parameter: 'crs.additional.cap' });
  });

  it('nomination with CLB 9, doctorate, certificate: 1137', () => {
    // Core: age 25 → 110; doctorate → 150; CLB 9 → 31×4 = 124; Canadian 2 y → 53. 437.
    // Transferability: 50 (education group, capped) + 50 (foreign 3 y group, capped) + 50 (certificate, CLB 7+) = 150 → 100.
    // Additional: nomination 600. Total 437 + 100 + 600 = 1137.
    const r = score(
      factors({
        age: 25,
        education: 'doctoral',
        firstLanguage: english(all(9)),
        canadianWorkYears: 2,
        foreignWorkYears: 3,
        certificateOfQualification: true,
        provincialNomination: true,
      }),
    );
    expect(blocks(r)).toEqual([1137, 437, 0, 100, 600]);
  });

  it('age table edges: 17 → 0, 18 → 99, 44 → 6, 45+ → 0 (without spouse)', () => {
    const age = (a: number) => score(factors({ age: a })).core;
    expect([17, 18, 19, 20, 29, 30, 40, 41, 44, 45, 60].map(age)).toEqual([0, 99, 105, 110, 110, 105, 50, 39, 6, 0, 0]);
  });

  it('first-language table: CLB 3 → 0, 4 → 6, 5 → 6, 6 → 9, 11 → 34 (without spouse)', () => {
    // Age 45 → 0, so core is the language points only: 0 + 6 + 6 + 9 = 21 (+ 34 for CLB 11 in a fifth case).
    const r = score(factors({ age: 45, firstLanguage: english(clb(3, 4, 5, 6)) }));
    expect(r.core).toBe(21);
    expect(score(factors({ age: 45, firstLanguage: english(all(11)) })).core).toBe(136);
  });
});

describe('skill transferability combinations (rules.md §1.4)', () => {
  // Each row: factors, expected transferability block, and the line points; every other combination gives 0.
  // Hand values straight from the C1–C5 tables; the case name states the arithmetic.
  const cases: [string, Partial<CrsFactors>, number][] = [
    ['C1 one-year × CLB 7 (one ability < 9) = 13', { education: 'one_year', firstLanguage: english(clb(7, 9, 9, 9)) }, 13],
    ['C1 two-year × CLB 9 all four = 25', { education: 'two_year', firstLanguage: english(all(9)) }, 25],
    ['C1 secondary × CLB 9 = 0', { education: 'secondary', firstLanguage: english(all(9)) }, 0],
    ['C1 two or more × CLB 7 = 25', { education: 'two_or_more_one_3yr', firstLanguage: english(all(8)) }, 25],
    ['C1 master’s × CLB 6 in one ability = 0', { education: 'masters_or_professional', firstLanguage: english(clb(9, 9, 9, 6)) }, 0],
    ['C2 bachelor’s × Canadian 1 y = 13', { education: 'bachelors_or_three_year', canadianWorkYears: 1 }, 13],
    ['C2 bachelor’s × Canadian 2 y = 25', { education: 'bachelors_or_three_year', canadianWorkYears: 2 }, 25],
    ['C2 doctorate × Canadian 1 y = 25', { education: 'doctoral', canadianWorkYears: 1 }, 25],
    ['C2 doctorate × Canadian 4 y = 50', { education: 'doctoral', canadianWorkYears: 4 }, 50],
    ['C1+C2 bachelor’s: 25 + 25 = 50, no cut', { education: 'bachelors_or_three_year', firstLanguage: english(all(9)), canadianWorkYears: 2 }, 50],
    ['C1+C2 master’s: 25 (CLB 7) + 50 (Canadian 2 y) = 75 → 50', { education: 'masters_or_professional', firstLanguage: english(all(7)), canadianWorkYears: 2 }, 50],
    ['C3 foreign 1 y × CLB 7 = 13', { foreignWorkYears: 1, firstLanguage: english(all(7)) }, 13],
    ['C3 foreign 2 y × CLB 9 = 25', { foreignWorkYears: 2, firstLanguage: english(all(9)) }, 25],
    ['C3 foreign 3 y × CLB 8 = 25', { foreignWorkYears: 3, firstLanguage: english(all(8)) }, 25],
    ['C3 foreign 6 y × CLB 10 = 50', { foreignWorkYears: 6, firstLanguage: english(all(10)) }, 50],
    ['C3 foreign 0 y × CLB 10 = 0', { foreignWorkYears: 0, firstLanguage: english(all(10)) }, 0],
    ['C4 foreign 1 y × Canadian 1 y = 13', { foreignWorkYears: 1, canadianWorkYears: 1 }, 13],
    ['C4 foreign 2 y × Canadian 2 y = 25', { foreignWorkYears: 2, canadianWorkYears: 2 }, 25],
    ['C4 foreign 3 y × Canadian 1 y = 25', { foreignWorkYears: 3, canadianWorkYears: 1 }, 25],
    ['C4 foreign 3 y × Canadian 2 y = 50', { foreignWorkYears: 3, canadianWorkYears: 2 }, 50],
    ['C3+C4 foreign 3 y: 25 (CLB 7) + 50 (Canadian 3 y) = 75 → 50', { foreignWorkYears: 3, canadianWorkYears: 3, firstLanguage: english(all(7)) }, 50],
    ['C5 certificate × CLB 4 in one ability = 0', { certificateOfQualification: true, firstLanguage: english(clb(4, 6, 6, 6)) }, 0],
    ['C5 certificate × CLB 5 = 25', { certificateOfQualification: true, firstLanguage: english(all(5)) }, 25],
    ['C5 certificate × CLB 6 = 25', { certificateOfQualification: true, firstLanguage: english(clb(6, 9, 9, 9)) }, 25],
    ['C5 certificate × CLB 7 = 50', { certificateOfQualification: true, firstLanguage: english(all(7)) }, 50],
    ['C5 no certificate × CLB 9 = 0', { certificateOfQualification: false, firstLanguage: english(all(9)) }, 0],
  ];
  it.each(cases)('%s', (_name, over, expected) => {
    expect(score(factors(over)).transferability).toBe(expected);
  });

  it('education-group cap line carries the sum before the cut', () => {
    const r = score(factors({ education: 'masters_or_professional', firstLanguage: english(all(7)), canadianWorkYears: 2 }));
    expect(line(r, 'transferability.education_cap')).toMatchObject({ input: 75, points: -25 });
  });

  it('uses the first official language only, even when it is French', () => {
    // French first NCLC 9 all, English second CLB 4: C1 bachelor's × 9+ = 25.
    expect(score(factors({ education: 'bachelors_or_three_year', firstLanguage: french(all(9)), secondLanguage: all(4) })).transferability).toBe(25);
  });
});

describe('CRS effective dates (rules.md §9): day before / day of', () => {
  // Single, age 30 → 105; bachelor's → 120; CLB 8 ×4 → 23×4 = 92; Canadian 1 y → 40. Core 357.
  // Transferability: bachelor's × CLB 7+ 13 + bachelor's × Canadian 1 y 13 = 26. Base total 383 without additional points.
  const worker = factors({ education: 'bachelors_or_three_year', firstLanguage: english(all(8)), canadianWorkYears: 1 });
  const total = (over: Partial<CrsFactors>, asOf: string) => score({ ...worker, ...over }, asOf).total;

  it('base worker scores 383 on every rules version', () => {
    for (const d of ['2015-01-01', '2016-11-19', '2017-06-06', '2020-10-27', '2022-11-16', '2025-03-25', '2026-12-31']) {
      expect(blocks(score(worker, d))).toEqual([383, 357, 0, 26, 0]);
    }
  });

  it('2016-11-19: job offer 600 → 50 (TEER 0–3) / 200 (major group 00)', () => {
    expect(total({ arrangedEmployment: 'teer_0_1_2_3' }, '2015-01-01')).toBe(383 + 600);
    expect(total({ arrangedEmployment: 'teer_0_1_2_3' }, '2016-11-18')).toBe(383 + 600);
    expect(total({ arrangedEmployment: 'teer_0_1_2_3' }, '2016-11-19')).toBe(383 + 50);
    expect(total({ arrangedEmployment: 'major_group_00' }, '2016-11-18')).toBe(383 + 600);
    expect(total({ arrangedEmployment: 'major_group_00' }, '2016-11-19')).toBe(383 + 200);
  });

  it('at launch a job offer and a nomination together still give 600 (additional cap)', () => {
    // 600 + 600 = 1200 → capped at 600 (−600). Total 383 + 600 = 983.
    const r = score({ ...worker, arrangedEmployment: 'major_group_00', provincialNomination: true }, '2016-11-18');
    expect(r.total).toBe(983);
    expect(line(r, 'additional_cap')).toMatchObject({ input: 1200, points: -600 });
    // After 19 Nov 2016: 600 + 200 = 800 → 600.
    expect(score({ ...worker, arrangedEmployment: 'major_group_00', provincialNomination: true }, '2016-11-19').additional).toBe(600);
  });

  it('2016-11-19: Canadian education 0 → 15 (one or two years) / 30 (three years or more)', () => {
    expect(total({ canadianEducation: 'one_or_two_year' }, '2016-11-18')).toBe(383);
    expect(total({ canadianEducation: 'one_or_two_year' }, '2016-11-19')).toBe(383 + 15);
    expect(total({ canadianEducation: 'three_year_plus' }, '2016-11-18')).toBe(383);
    expect(total({ canadianEducation: 'three_year_plus' }, '2016-11-19')).toBe(383 + 30);
  });

  it('2017-06-06: sibling 0 → 15', () => {
    expect(total({ siblingInCanada: true }, '2017-06-05')).toBe(383);
    expect(total({ siblingInCanada: true }, '2017-06-06')).toBe(383 + 15);
  });

  // French-first candidate: single, age 30 → 105; bachelor's → 120; NCLC 7 ×4 → 17×4 = 68. Core 293 (+ English second).
  // Transferability: bachelor's × NCLC 7+ = 13.
  const francophone = factors({ education: 'bachelors_or_three_year', firstLanguage: french(all(7)) });
  const bonus = (over: Partial<CrsFactors>, asOf: string) => {
    const r = score({ ...francophone, ...over }, asOf);
    return [r.total, line(r, 'french_bonus')!.points];
  };

  it('2017-06-06: French bonus 0 → 15 (no English) / 30 (English CLB 5+)', () => {
    // No English: 293 + 13 = 306, +15 from 6 Jun 2017.
    expect(bonus({}, '2017-06-05')).toEqual([306, 0]);
    expect(bonus({}, '2017-06-06')).toEqual([321, 15]);
    // English second CLB 5 ×4 → 1×4 = 4: 297 + 13 = 310, +30.
    expect(bonus({ secondLanguage: all(5) }, '2017-06-05')).toEqual([310, 0]);
    expect(bonus({ secondLanguage: all(5) }, '2017-06-06')).toEqual([340, 30]);
    // English CLB 5, 5, 5, 4 → second 1+1+1+0 = 3; English below 5 in one ability → 15: 296 + 13 + 15 = 324.
    expect(bonus({ secondLanguage: clb(5, 5, 5, 4) }, '2017-06-06')).toEqual([324, 15]);
  });

  it('2020-10-27: French bonus 15 → 25 and 30 → 50', () => {
    expect(bonus({}, '2020-10-26')).toEqual([321, 15]);
    expect(bonus({}, '2020-10-27')).toEqual([331, 25]);
    expect(bonus({ secondLanguage: all(5) }, '2020-10-26')).toEqual([340, 30]);
    expect(bonus({ secondLanguage: all(5) }, '2020-10-27')).toEqual([360, 50]);
    // NCLC 6 in one French ability: no bonus at all.
    expect(bonus({ firstLanguage: french(clb(7, 7, 7, 6)), secondLanguage: all(9) }, '2020-10-27')[1]).toBe(0);
  });

  it('French as second language counts too: English CLB 9 first, French NCLC 7 second → 50', () => {
    // 383 base with CLB 8; here English CLB 9 ×4 → 31×4 = 124 instead of 92, transferability 25 + 13 = 38:
    // core 105 + 120 + 124 + 12 (second 3×4) + 40 = 401; 401 + 38 + 50 = 489.
    const r = score({ ...worker, firstLanguage: english(all(9)), secondLanguage: all(7) }, '2026-06-01');
    expect(blocks(r)).toEqual([489, 401, 0, 38, 50]);
    expect(line(r, 'french_bonus')).toMatchObject({ input: '7/9', points: 50 });
  });

  it('2022-11-16: NOC 2021 wording, same 50 / 200 points', () => {
    expect(total({ arrangedEmployment: 'teer_0_1_2_3' }, '2022-11-15')).toBe(383 + 50);
    expect(total({ arrangedEmployment: 'teer_0_1_2_3' }, '2022-11-16')).toBe(383 + 50);
    expect(total({ arrangedEmployment: 'major_group_00' }, '2022-11-15')).toBe(383 + 200);
    expect(total({ arrangedEmployment: 'major_group_00' }, '2022-11-16')).toBe(383 + 200);
  });

  it('2025-03-25: arranged-employment points removed', () => {
    expect(total({ arrangedEmployment: 'teer_0_1_2_3' }, '2025-03-24')).toBe(383 + 50);
    expect(total({ arrangedEmployment: 'teer_0_1_2_3' }, '2025-03-25')).toBe(383);
    expect(total({ arrangedEmployment: 'major_group_00' }, '2025-03-24')).toBe(383 + 200);
    const after = score({ ...worker, arrangedEmployment: 'major_group_00' }, '2025-03-25');
    expect(after.total).toBe(383);
    expect(line(after, 'arranged_employment')).toMatchObject({ input: 'major_group_00', points: 0, parameter: 'crs.additional.arranged_employment' });
  });

  it('provincial nomination is 600 on every version', () => {
    for (const d of ['2015-01-01', '2016-11-19', '2017-06-06', '2020-10-27', '2025-03-25']) expect(total({ provincialNomination: true }, d)).toBe(983);
  });

  it('asOf argument wins over factors.asOf', () => {
    const f = { ...worker, arrangedEmployment: 'teer_0_1_2_3' as const, asOf: '2016-01-01' };
    expect(scoreCrs(f).total).toBe(983);
    expect(scoreCrs(f, '2026-01-01').total).toBe(383);
    expect(scoreCrsFast(f).total).toBe(983);
    expect(scoreCrsFast(f, '2026-01-01').total).toBe(383);
  });

  it('references follow the rules version', () => {
    const before = line(score({ ...worker, siblingInCanada: true }, '2017-06-05'), 'sibling')!;
    const after = line(score({ ...worker, siblingInCanada: true }, '2017-06-06'), 'sibling')!;
    expect(after.reference).toMatch(/2017-1/);
    expect(after.reference).not.toBe(before.reference);
  });
});

describe('dates outside the rules', () => {
  it.each([
    ['2014-12-31', 'date_before_epoch'],
    ['2000-02-29', 'date_before_epoch'],
    ['2015-02-30', 'date_invalid'],
    ['2100-02-29', 'date_invalid'],
    ['2015-1-01', 'date_invalid'],
    ['not-a-day', 'date_invalid'],
    ['', 'date_invalid'],
  ])('%s → RuleDateError %s, on both paths', (day, code) => {
    const f = factors({ asOf: day });
    for (const run of [() => scoreCrs(f), () => scoreCrsFast(f), () => scoreCrs(factors(), day), () => scoreCrsFast(factors(), day)]) {
      expect(run).toThrowError(RuleDateError);
      try {
        run();
      } catch (e) {
        expect((e as RuleDateError).code).toBe(code);
      }
    }
  });

  it('accepts leap days and the first day', () => {
    expect(scoreCrsFast(factors(), '2016-02-29').total).toBe(105);
    expect(scoreCrsFast(factors(), '2400-02-29').total).toBe(105);
    expect(scoreCrs(factors(), '2015-01-01').total).toBe(105);
  });
});

describe('CRS parameters, codes and words', () => {
  it('every CRS parameter is registered and dated on its rules.md days only', () => {
    const days = new Set(PARAMETERS.flatMap((p) => p.values.map((v) => v.from)));
    expect([...days].sort()).toEqual(['2015-01-01', '2016-11-19', '2017-06-06', '2020-10-27', '2022-11-16', '2025-03-25']);
    for (const p of PARAMETERS) {
      expect(p.id.startsWith('crs.')).toBe(true);
      expect(findParameter(p.id)).toBe(p);
      expect(p.description?.en).toMatch(/rules\.md §/);
    }
  });

  it('lines only carry known factor codes and parameter ids, with a reference', () => {
    const r = score(
      factors({ maritalStatus: 'married', spouseAccompanying: true, secondLanguage: all(9), education: 'doctoral', canadianWorkYears: 5, foreignWorkYears: 3 }),
    );
    for (const l of r.lines) {
      expect(CRS_FACTOR_CODES).toContain(l.factor);
      expect(findParameter(l.parameter)).toBeDefined();
      expect(l.reference).toMatch(/https:\/\//);
    }
  });

  it('every factor code and block has French and English words', () => {
    for (const key of [...CRS_FACTOR_CODES.map((c) => `crs.factor.${c}`), 'crs.block.core', 'crs.block.spouse', 'crs.block.transferability', 'crs.block.additional']) {
      const m = MESSAGES[key];
      expect(m, key).toBeDefined();
      expect(m!.fr).not.toBe(m!.en);
    }
    expect(Object.keys(MESSAGES).length).toBe(CRS_FACTOR_CODES.length + 4);
  });
});
