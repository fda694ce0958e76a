// The independent validation set: a deterministic generator of varied, valid CRS factor sets, plus hand-computed
// cases (arithmetic from rules.md §1 tables in the comments) that check the oracle itself.
import type {
  AbilityLevels,
  ArrangedEmployment,
  CanadianEducation,
  CrsFactors,
  EducationLevel,
  MaritalStatus,
} from '../../src/domain/vocabulary.ts';
import type { OracleScore } from './crs-oracle.ts';

// ---------------------------------------------------------------------------------------------------------------
// Seeded PRNG (mulberry32): same seed, same cases, on every machine.

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Dice {
  private readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  /** Integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(0, items.length - 1)]!;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Dates: both sides of every effective date (rules.md §9), plus any day 2015-01-01 … 2026-11-23, weighted to recent.

export const BOUNDARY_DATES = [
  '2015-01-01',
  '2016-11-18', '2016-11-19', // job offer 600 → 200/50; Canadian education 15/30
  '2017-06-05', '2017-06-06', // sibling 15; French 15/30
  '2020-10-26', '2020-10-27', // French 25/50
  '2025-03-24', '2025-03-25', // job-offer points removed
  '2026-11-23',
] as const;

const DAY_MS = 86_400_000;
const dayNumber = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;
const isoDay = (n: number) => new Date(n * DAY_MS).toISOString().slice(0, 10);
const FIRST_DAY = dayNumber('2015-01-01');
const LAST_DAY = dayNumber('2026-11-23');
const RECENT_DAY = dayNumber('2025-01-01');

function pickDate(d: Dice): string {
  const r = d.int(1, 10);
  if (r <= 4) return d.pick(BOUNDARY_DATES);
  if (r <= 6) return isoDay(d.int(RECENT_DAY, LAST_DAY));
  return isoDay(d.int(FIRST_DAY, LAST_DAY));
}

// ---------------------------------------------------------------------------------------------------------------
// Factor pieces.

const EDUCATION: readonly EducationLevel[] = [
  'none', 'secondary', 'one_year', 'two_year', 'bachelors_or_three_year', 'two_or_more_one_3yr', 'masters_or_professional', 'doctoral',
];
const CANADIAN_EDUCATION: readonly CanadianEducation[] = ['none', 'one_or_two_year', 'three_year_plus'];
const ARRANGED: readonly ArrangedEmployment[] = ['none', 'major_group_00', 'teer_0_1_2_3'];
const PARTNERED: readonly MaritalStatus[] = ['married', 'common_law'];
const UNPARTNERED: readonly MaritalStatus[] = ['single', 'divorced_or_separated', 'widowed', 'annulled'];

/** Four CLB levels: sometimes all equal (hits the transferability tiers exactly), sometimes spread, anywhere 0–12. */
function levels(d: Dice): AbilityLevels {
  const shape = d.int(1, 4);
  if (shape === 1) {
    const l = d.int(0, 12);
    return { speaking: l, listening: l, reading: l, writing: l };
  }
  if (shape === 2) {
    // Around a centre, one step either way: mixes tiers such as "all ≥ 7 but one < 9".
    const c = d.int(3, 11);
    const near = () => Math.max(0, Math.min(12, c + d.int(-1, 1)));
    return { speaking: near(), listening: near(), reading: near(), writing: near() };
  }
  if (shape === 3) {
    const busy = () => d.int(4, 10);
    return { speaking: busy(), listening: busy(), reading: busy(), writing: busy() };
  }
  return { speaking: d.int(0, 12), listening: d.int(0, 12), reading: d.int(0, 12), writing: d.int(0, 12) };
}

function workYears(d: Dice): number {
  return d.chance(0.3) ? 0 : d.int(0, 10);
}

function age(d: Dice): number {
  const r = d.int(1, 10);
  if (r === 1) return d.int(16, 19);
  if (r === 2) return d.int(43, 55);
  return d.int(20, 45);
}

/** One valid, consistent CrsFactors object. */
function generateOne(d: Dice): CrsFactors {
  const partnered = d.chance(0.45);
  const maritalStatus = d.pick(partnered ? PARTNERED : UNPARTNERED);
  // Among partners: ~20 % spouse is a citizen/PR, ~15 % not accompanying, the rest count as "with spouse".
  const spouseCanadianCitizenOrPR = partnered && d.chance(0.2);
  const spouseAccompanying = partnered && (spouseCanadianCitizenOrPR ? d.chance(0.5) : d.chance(0.85));
  const frenchFirst = d.chance(0.25);
  const hasSecond = d.chance(0.55);
  const job = d.chance(0.3) ? d.pick(ARRANGED.slice(1)) : 'none';
  return {
    asOf: pickDate(d),
    age: age(d),
    maritalStatus,
    spouseCanadianCitizenOrPR,
    spouseAccompanying,
    education: d.pick(EDUCATION),
    canadianEducation: d.chance(0.35) ? d.pick(CANADIAN_EDUCATION.slice(1)) : 'none',
    firstLanguage: { language: frenchFirst ? 'french' : 'english', ...levels(d) },
    secondLanguage: hasSecond ? levels(d) : null,
    canadianWorkYears: workYears(d),
    foreignWorkYears: workYears(d),
    certificateOfQualification: d.chance(0.15),
    provincialNomination: d.chance(0.15),
    siblingInCanada: d.chance(0.25),
    arrangedEmployment: job,
    spouseEducation: partnered ? d.pick(EDUCATION) : 'none',
    spouseLanguage: partnered && d.chance(0.7) ? levels(d) : null,
    spouseCanadianWorkYears: partnered ? workYears(d) : 0,
  };
}

export const DEFAULT_SEED = 20_261_123;

/** `count` deterministic cases for `seed`. */
export function generateCases(count = 720, seed = DEFAULT_SEED): CrsFactors[] {
  const d = new Dice(seed);
  return Array.from({ length: count }, () => generateOne(d));
}

// ---------------------------------------------------------------------------------------------------------------
// Hand cases: expected values computed by hand from rules.md §1 (tables) and §9 (dates). They check the oracle.

export interface HandCase {
  name: string;
  factors: CrsFactors;
  expected: OracleScore;
}

const all = (l: number): AbilityLevels => ({ speaking: l, listening: l, reading: l, writing: l });

/** Single, 29, bachelor's, English CLB 9 everywhere, nothing else, scored on 2026-01-15. */
function base(over: Partial<CrsFactors>): CrsFactors {
  return {
    asOf: '2026-01-15',
    age: 29,
    maritalStatus: 'single',
    spouseCanadianCitizenOrPR: false,
    spouseAccompanying: false,
    education: 'bachelors_or_three_year',
    canadianEducation: 'none',
    firstLanguage: { language: 'english', ...all(9) },
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

const score = (core: number, spouse: number, transferability: number, additional: number): OracleScore => ({
  total: core + spouse + transferability + additional,
  core,
  spouse,
  transferability,
  additional,
});

// Candidate used around the job-offer dates: single, 35, two-year diploma, English CLB 7 ×4, 1 yr Canadian work.
// core = age 35 (77) + two-year (98) + 4×17 (68) + 1 yr Canadian (40) = 283
// transferability: E1×CLB7+ 13 + E1×1yr Cdn 13 = 26 (foreign 0)
const offerCandidate = (asOf: string, over: Partial<CrsFactors> = {}) =>
  base({ asOf, age: 35, education: 'two_year', firstLanguage: { language: 'english', ...all(7) }, canadianWorkYears: 1, ...over });

// French-first candidate: single, 27, bachelor's, French NCLC 7 ×4, English second CLB 5 ×4.
// core = 110 + 120 + 4×17 (68) + second 4×1 (4) = 302; transferability E1×CLB7+ = 13
const frenchCandidate = (asOf: string) =>
  base({ asOf, age: 27, firstLanguage: { language: 'french', ...all(7) }, secondLanguage: all(5) });

export const HAND_CASES: readonly HandCase[] = [
  {
    // core 110 (age 29) + 120 (bachelor's) + 4×31 (CLB 9) = 354; C1 E1×CLB9+ = 25
    name: 'single, 29, bachelor, CLB 9',
    factors: base({}),
    expected: score(354, 0, 25, 0),
  },
  {
    // with spouse: age 30 95 + master's 126 + (32+29+22+16=99) + second 4×1 (4) + 2 yrs Cdn 46 = 370
    // spouse: bachelor's 8 + (5+3+1+0=9) + 1 yr 5 = 22
    // C: min CLB 7 → lower tier; C1 E2 25 + C2 E2×2yrs 50 → cap 50; C3 3yrs×CLB7+ 25 + C4 3yrs×2yrs 50 → cap 50 → 100
    name: 'married, accompanying spouse, both transferability caps',
    factors: base({
      age: 30, maritalStatus: 'married', spouseAccompanying: true, education: 'masters_or_professional',
      firstLanguage: { language: 'english', speaking: 10, listening: 9, reading: 8, writing: 7 }, secondLanguage: all(5),
      canadianWorkYears: 2, foreignWorkYears: 3, spouseEducation: 'bachelors_or_three_year',
      spouseLanguage: { speaking: 9, listening: 7, reading: 5, writing: 4 }, spouseCanadianWorkYears: 1,
    }),
    expected: score(370, 22, 100, 0),
  },
  {
    // same, spouse is a Canadian PR → without-spouse columns: 105 + 135 + (34+31+23+17=105) + 4 + 53 = 402; no B
    name: 'married to a permanent resident: scored as single',
    factors: base({
      age: 30, maritalStatus: 'married', spouseCanadianCitizenOrPR: true, spouseAccompanying: true, education: 'masters_or_professional',
      firstLanguage: { language: 'english', speaking: 10, listening: 9, reading: 8, writing: 7 }, secondLanguage: all(5),
      canadianWorkYears: 2, foreignWorkYears: 3, spouseEducation: 'bachelors_or_three_year',
      spouseLanguage: { speaking: 9, listening: 7, reading: 5, writing: 4 }, spouseCanadianWorkYears: 1,
    }),
    expected: score(402, 0, 100, 0),
  },
  {
    // spouse not accompanying → without-spouse columns, spouse data ignored: same as the first case, 354 + 25
    name: 'married, spouse not accompanying: scored as single',
    factors: base({
      maritalStatus: 'common_law', spouseEducation: 'doctoral', spouseLanguage: all(10), spouseCanadianWorkYears: 5,
    }),
    expected: score(354, 0, 25, 0),
  },
  {
    // 2016-11-18: job offer 600 (launch rule) → D = 600
    name: 'TEER 0-3 job offer, day before 2016-11-19',
    factors: offerCandidate('2016-11-18', { arrangedEmployment: 'teer_0_1_2_3' }),
    expected: score(283, 0, 26, 600),
  },
  {
    // 2016-11-19: TEER 0–3 offer 50
    name: 'TEER 0-3 job offer, 2016-11-19',
    factors: offerCandidate('2016-11-19', { arrangedEmployment: 'teer_0_1_2_3' }),
    expected: score(283, 0, 26, 50),
  },
  {
    // 2016-11-18: major group 00 offer 600; Canadian education not yet in force → D = 600
    name: 'major group 00 offer + Canadian 3-year education, day before 2016-11-19',
    factors: offerCandidate('2016-11-18', { arrangedEmployment: 'major_group_00', canadianEducation: 'three_year_plus' }),
    expected: score(283, 0, 26, 600),
  },
  {
    // 2016-11-19: major group 00 200 + Canadian 3-year education 30 = 230
    name: 'major group 00 offer + Canadian 3-year education, 2016-11-19',
    factors: offerCandidate('2016-11-19', { arrangedEmployment: 'major_group_00', canadianEducation: 'three_year_plus' }),
    expected: score(283, 0, 26, 230),
  },
  {
    // nomination 600 + offer 200 = 800 → D cap 600
    name: 'nomination and job offer, D capped at 600',
    factors: offerCandidate('2024-06-01', { arrangedEmployment: 'major_group_00', provincialNomination: true }),
    expected: score(283, 0, 26, 600),
  },
  {
    // 2025-03-24: offer still 200
    name: 'major group 00 offer, day before 2025-03-25',
    factors: offerCandidate('2025-03-24', { arrangedEmployment: 'major_group_00' }),
    expected: score(283, 0, 26, 200),
  },
  {
    // 2025-03-25: offer points removed
    name: 'major group 00 offer, 2025-03-25',
    factors: offerCandidate('2025-03-25', { arrangedEmployment: 'major_group_00' }),
    expected: score(283, 0, 26, 0),
  },
  {
    // 110 (25) + 30 (secondary) + 4×9 (CLB 6) = 176; secondary → no transferability; sibling not yet in force
    name: 'sibling, day before 2017-06-06',
    factors: base({ asOf: '2017-06-05', age: 25, education: 'secondary', firstLanguage: { language: 'english', ...all(6) }, siblingInCanada: true }),
    expected: score(176, 0, 0, 0),
  },
  {
    name: 'sibling, 2017-06-06 (+15)',
    factors: base({ asOf: '2017-06-06', age: 25, education: 'secondary', firstLanguage: { language: 'english', ...all(6) }, siblingInCanada: true }),
    expected: score(176, 0, 0, 15),
  },
  {
    // French points not in force yet
    name: 'French NCLC 7 + English CLB 5, day before 2017-06-06',
    factors: frenchCandidate('2017-06-05'),
    expected: score(302, 0, 13, 0),
  },
  {
    // French NCLC 7+ ×4 and English CLB 5+ ×4 → 30 (2017 amounts)
    name: 'French NCLC 7 + English CLB 5, 2017-06-06 (30)',
    factors: frenchCandidate('2017-06-06'),
    expected: score(302, 0, 13, 30),
  },
  {
    name: 'French NCLC 7 + English CLB 5, day before 2020-10-27 (30)',
    factors: frenchCandidate('2020-10-26'),
    expected: score(302, 0, 13, 30),
  },
  {
    name: 'French NCLC 7 + English CLB 5, 2020-10-27 (50)',
    factors: frenchCandidate('2020-10-27'),
    expected: score(302, 0, 13, 50),
  },
  {
    // 110 + 120 + 4×34 (136) = 366; C1 E1×CLB9+ 25; French without English → 25
    name: 'French first, NCLC 10, no English test',
    factors: base({ firstLanguage: { language: 'french', ...all(10) } }),
    expected: score(366, 0, 25, 25),
  },
  {
    // second French 7,7,7,6 → 3+3+3+1 = 10; core 110+120+124+10 = 364; one French ability < 7 → no French points
    name: 'English first, French second with one ability at NCLC 6',
    factors: base({ secondLanguage: { speaking: 7, listening: 7, reading: 7, writing: 6 } }),
    expected: score(364, 0, 25, 0),
  },
  {
    // first English 4,8,8,8 → 6+23+23+23 = 75; second French 8 ×4 → 12; core 110+120+75+12 = 317
    // min CLB 4 → no language transferability; French 8 ×4 but English not CLB 5 ×4 → 25
    name: 'English first with one CLB 4, French second NCLC 8',
    factors: base({ firstLanguage: { language: 'english', speaking: 4, listening: 8, reading: 8, writing: 8 }, secondLanguage: all(8) }),
    expected: score(317, 0, 0, 25),
  },
  {
    // age 45 → 0; secondary 30; CLB 5 ×4 → 24; core 54
    // C3/C4 need CLB 7 / Canadian years → 0; CoQ with all ≥ CLB 5, one < 7 → 25
    name: 'age 45, certificate of qualification at CLB 5',
    factors: base({ age: 45, education: 'secondary', firstLanguage: { language: 'english', ...all(5) }, certificateOfQualification: true, foreignWorkYears: 10 }),
    expected: score(54, 0, 25, 0),
  },
  {
    // 88 (33) + 150 (PhD) + 136 (CLB 10) + 80 (5+ yrs Cdn) = 454; C12 50 + C34 50 + C5 50 = 150 → cap 100
    name: 'transferability capped at 100',
    factors: base({
      age: 33, education: 'doctoral', firstLanguage: { language: 'english', ...all(10) }, canadianWorkYears: 5, foreignWorkYears: 3,
      certificateOfQualification: true,
    }),
    expected: score(454, 0, 100, 0),
  },
  {
    // same + nomination 600 + sibling 15 + Canadian 3-year education 30 = 645 → cap 600
    name: 'additional points capped at 600',
    factors: base({
      age: 33, education: 'doctoral', firstLanguage: { language: 'english', ...all(10) }, canadianWorkYears: 5, foreignWorkYears: 3,
      certificateOfQualification: true, provincialNomination: true, siblingInCanada: true, canadianEducation: 'three_year_plus',
    }),
    expected: score(454, 0, 100, 600),
  },
  {
    // 110 + 150 + 4×34 (CLB 12 scores as 10) + second 4×6 = 24 + 80 = 500; C 100; D nomination 600 + French 50 → 600
    name: 'the maximum, 1,200',
    factors: base({
      age: 25, education: 'doctoral', firstLanguage: { language: 'english', ...all(12) }, secondLanguage: all(10),
      canadianWorkYears: 7, foreignWorkYears: 3, certificateOfQualification: true, provincialNomination: true,
    }),
    expected: score(500, 0, 100, 600),
  },
  {
    // with spouse: 100 + 112 + 4×29 (116) + second 4×6 = 24 → cap 22 = 350; spouse 0; C1 25; French 9 ×4 & English 9 ×4 → 50
    name: 'second language capped at 22 with spouse',
    factors: base({ maritalStatus: 'married', spouseAccompanying: true, secondLanguage: all(9) }),
    expected: score(350, 0, 25, 50),
  },
  {
    // age 17 → 0, no education, CLB 3 → 0; spouse: PhD 10 + 4×5 (CLB 12) 20 + 5+ yrs 10 = 40
    name: '17-year-old with spouse: only spouse points',
    factors: base({
      asOf: '2015-03-01', age: 17, maritalStatus: 'married', spouseAccompanying: true, education: 'none',
      firstLanguage: { language: 'english', ...all(3) }, spouseEducation: 'doctoral', spouseLanguage: all(12), spouseCanadianWorkYears: 7,
    }),
    expected: score(0, 40, 0, 0),
  },
  {
    // 50 (40) + 90 (one-year) + (17+23+31+34 = 105) + 40 (1 yr) = 285
    // C12: E1×CLB7+ 13 + E1×1yr 13 = 26; C34: 1–2 yrs×CLB7+ 13 + ×1yr 13 = 26 → 52
    name: 'one-year diploma, 2 yrs foreign, 1 yr Canadian, CLB 7-10',
    factors: base({
      asOf: '2019-01-01', age: 40, education: 'one_year', firstLanguage: { language: 'english', speaking: 7, listening: 8, reading: 9, writing: 10 },
      canadianWorkYears: 1, foreignWorkYears: 2,
    }),
    expected: score(285, 0, 52, 0),
  },
  {
    // 99 (31) + 128 (two or more) + 124 + 40 = 391; C12: E2×CLB9+ 50 + E2×1yr 25 → cap 50
    name: 'two or more credentials, CLB 9, 1 yr Canadian',
    factors: base({ asOf: '2022-05-05', age: 31, education: 'two_or_more_one_3yr', canadianWorkYears: 1 }),
    expected: score(391, 0, 50, 0),
  },
  {
    // with spouse: 5 (44) + 140 (PhD) + 4×16 (64) + second English CLB 4 → 0 + 70 (5+ yrs) = 279
    // spouse: secondary 2 + 4×1 (CLB 6) 4 + 2 yrs 7 = 13
    // C12: E2×CLB7+ 25 + E2×2+yrs 50 → 50; C34 0
    // D: sibling 15 + Canadian 1–2-year 15 + French 7 ×4 without English 5 ×4 → 25 = 55
    name: 'common-law, French first, everything additional on 2020-10-27',
    factors: base({
      asOf: '2020-10-27', age: 44, maritalStatus: 'common_law', spouseAccompanying: true, education: 'doctoral',
      canadianEducation: 'one_or_two_year', firstLanguage: { language: 'french', ...all(7) }, secondLanguage: all(4),
      canadianWorkYears: 6, siblingInCanada: true, spouseEducation: 'secondary', spouseLanguage: all(6), spouseCanadianWorkYears: 2,
    }),
    expected: score(279, 13, 50, 55),
  },
];
