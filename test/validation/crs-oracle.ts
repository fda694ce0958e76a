// An independent CRS oracle, written only from /work/shared/docs/rules.md §1 (tables) and §9 (effective dates).
// It deliberately shares no code with src/ (only the input types): it exists to check the real scorer from outside.
// Plain tables, plain lookups; every number below is copied from the rules.md table named in the comment.
import type { AbilityLevels, CrsFactors, EducationLevel } from '../../src/domain/vocabulary.ts';

export interface OracleScore {
  total: number;
  core: number;
  spouse: number;
  transferability: number;
  additional: number;
}

// Effective dates (rules.md §9). Dates are ISO days, so string comparison orders them.
export const JOB_OFFER_REFORM = '2016-11-19'; // job offer 600 → 200 (major group 00) / 50 (other TEER 0–3); Canadian education 15/30 appears
export const JUNE_2017 = '2017-06-06'; // sibling 15; French 15/30
export const FRENCH_2020 = '2020-10-27'; // French 25/50
export const NO_JOB_OFFER = '2025-03-25'; // arranged-employment points removed

const ABILITY_KEYS = ['speaking', 'listening', 'reading', 'writing'] as const;

/** [with spouse, without spouse] */
type Pair = readonly [number, number];

// §1.2.1 Age. Index = completed years 18..44; 17 or less and 45+ give 0.
const AGE: Record<number, Pair> = {
  18: [90, 99], 19: [95, 105],
  20: [100, 110], 21: [100, 110], 22: [100, 110], 23: [100, 110], 24: [100, 110],
  25: [100, 110], 26: [100, 110], 27: [100, 110], 28: [100, 110], 29: [100, 110],
  30: [95, 105], 31: [90, 99], 32: [85, 94], 33: [80, 88], 34: [75, 83], 35: [70, 77], 36: [65, 72],
  37: [60, 66], 38: [55, 61], 39: [50, 55], 40: [45, 50], 41: [35, 39], 42: [25, 28], 43: [15, 17], 44: [5, 6],
};

// §1.2.2 Level of education.
const EDUCATION: Record<EducationLevel, Pair> = {
  none: [0, 0],
  secondary: [28, 30],
  one_year: [84, 90],
  two_year: [91, 98],
  bachelors_or_three_year: [112, 120],
  two_or_more_one_3yr: [119, 128],
  masters_or_professional: [126, 135],
  doctoral: [140, 150],
};

// §1.2.3 First official language, per ability, by CLB (levels above 10 score as 10).
function firstLanguagePoints(clb: number): Pair {
  if (clb >= 10) return [32, 34];
  if (clb === 9) return [29, 31];
  if (clb === 8) return [22, 23];
  if (clb === 7) return [16, 17];
  if (clb === 6) return [8, 9];
  if (clb >= 4) return [6, 6]; // CLB 4 or 5 (6 for every test: §1.2.3 [DISAGREE] resolution)
  return [0, 0];
}

// §1.2.4 Second official language, per ability (same in both columns); sum capped 22 with spouse / 24 without.
function secondLanguagePoints(clb: number): number {
  if (clb >= 9) return 6;
  if (clb >= 7) return 3;
  if (clb >= 5) return 1;
  return 0;
}

// §1.2.5 Canadian work experience; index = completed years, 5 or more = 5.
const CANADIAN_WORK: readonly Pair[] = [[0, 0], [35, 40], [46, 53], [56, 64], [63, 72], [70, 80]];

// §1.3 Spouse factors.
const SPOUSE_EDUCATION: Record<EducationLevel, number> = {
  none: 0, secondary: 2, one_year: 6, two_year: 7, bachelors_or_three_year: 8,
  two_or_more_one_3yr: 9, masters_or_professional: 10, doctoral: 10,
};
function spouseLanguagePoints(clb: number): number {
  if (clb >= 9) return 5;
  if (clb >= 7) return 3;
  if (clb >= 5) return 1;
  return 0;
}
const SPOUSE_CANADIAN_WORK: readonly number[] = [0, 5, 7, 8, 9, 10];

// §1.4 Skill transferability: education tiers, language tiers, experience tiers.
type Tier = 0 | 1 | 2; // 0 = nothing, 1 = lower column (13 / 25), 2 = upper column (25 / 50)
const EDUCATION_TIER: Record<EducationLevel, Tier> = {
  none: 0, secondary: 0,
  one_year: 1, two_year: 1, bachelors_or_three_year: 1, // E1: one post-secondary credential of 1+ years
  two_or_more_one_3yr: 2, masters_or_professional: 2, doctoral: 2, // E2
};
// Table cell for (row tier, column tier): rows "E1 / 1–2 yrs foreign" and "E2 / 3+ yrs foreign", columns
// "CLB 7+ / 1 yr Canadian" and "CLB 9+ / 2+ yrs Canadian" — every C1–C4 table has the same numbers.
const TRANSFER_CELL: Record<Tier, Record<Tier, number>> = {
  0: { 0: 0, 1: 0, 2: 0 },
  1: { 0: 0, 1: 13, 2: 25 },
  2: { 0: 0, 1: 25, 2: 50 },
};

// §1.5 Canadian post-secondary education (from 2016-11-19).
const CANADIAN_EDUCATION = { none: 0, one_or_two_year: 15, three_year_plus: 30 } as const;

function minLevel(levels: AbilityLevels): number {
  return Math.min(...ABILITY_KEYS.map((a) => levels[a]));
}

function allAtLeast(levels: AbilityLevels | null, clb: number): boolean {
  return levels !== null && minLevel(levels) >= clb;
}

const years = (n: number, max: number) => Math.min(Math.max(Math.floor(n), 0), max);

/** Scores CRS factors with the rules in force on `factors.asOf` (rules.md §1 and §9). */
export function oracleScore(factors: CrsFactors): OracleScore {
  const asOf = factors.asOf;
  // §1.1 "With spouse" only for a married / common-law partner who is not a citizen/PR and comes along.
  const partnered = factors.maritalStatus === 'married' || factors.maritalStatus === 'common_law';
  const withSpouse = partnered && !factors.spouseCanadianCitizenOrPR && factors.spouseAccompanying;
  const col = withSpouse ? 0 : 1;

  // A. Core / human capital.
  const age = AGE[factors.age]?.[col] ?? 0;
  const education = EDUCATION[factors.education][col];
  const first = factors.firstLanguage;
  const firstLang = ABILITY_KEYS.reduce((sum, a) => sum + firstLanguagePoints(first[a])[col], 0);
  const second = factors.secondLanguage;
  const secondRaw = second === null ? 0 : ABILITY_KEYS.reduce((sum, a) => sum + secondLanguagePoints(second[a]), 0);
  const secondLang = Math.min(secondRaw, withSpouse ? 22 : 24);
  const canadianYears = years(factors.canadianWorkYears, 5);
  const canadianWork = CANADIAN_WORK[canadianYears]![col];
  const core = age + education + firstLang + secondLang + canadianWork;

  // B. Spouse factors.
  let spouse = 0;
  if (withSpouse) {
    const sl = factors.spouseLanguage;
    const spouseLang = sl === null ? 0 : Math.min(20, ABILITY_KEYS.reduce((sum, a) => sum + spouseLanguagePoints(sl[a]), 0));
    spouse = SPOUSE_EDUCATION[factors.spouseEducation] + spouseLang + SPOUSE_CANADIAN_WORK[years(factors.spouseCanadianWorkYears, 5)]!;
  }

  // C. Skill transferability (first official language, minimum over the four abilities).
  const minClb = minLevel(first);
  const langTier: Tier = minClb >= 9 ? 2 : minClb >= 7 ? 1 : 0;
  const cdnTier: Tier = canadianYears >= 2 ? 2 : canadianYears === 1 ? 1 : 0;
  const foreignYears = years(factors.foreignWorkYears, 99);
  const foreignTier: Tier = foreignYears >= 3 ? 2 : foreignYears >= 1 ? 1 : 0;
  const eduTier = EDUCATION_TIER[factors.education];
  const c12 = Math.min(50, TRANSFER_CELL[eduTier][langTier] + TRANSFER_CELL[eduTier][cdnTier]);
  const c34 = Math.min(50, TRANSFER_CELL[foreignTier][langTier] + TRANSFER_CELL[foreignTier][cdnTier]);
  const c5 = factors.certificateOfQualification ? (minClb >= 7 ? 50 : minClb >= 5 ? 25 : 0) : 0;
  const transferability = Math.min(100, c12 + c34 + c5);

  // D. Additional points.
  const nomination = factors.provincialNomination ? 600 : 0;
  let jobOffer = 0;
  if (factors.arrangedEmployment !== 'none') {
    if (asOf < JOB_OFFER_REFORM) jobOffer = 600; // launch rule: 600 for a qualifying offer
    else if (asOf < NO_JOB_OFFER) jobOffer = factors.arrangedEmployment === 'major_group_00' ? 200 : 50;
  }
  const sibling = factors.siblingInCanada && asOf >= JUNE_2017 ? 15 : 0;
  const canadianEducation = asOf >= JOB_OFFER_REFORM ? CANADIAN_EDUCATION[factors.canadianEducation] : 0;
  // French: NCLC 7+ in all four French abilities; the upper amount if English is CLB 5+ in all four.
  const french = first.language === 'french' ? first : factors.secondLanguage;
  const english = first.language === 'english' ? first : factors.secondLanguage;
  let frenchPoints = 0;
  if (asOf >= JUNE_2017 && allAtLeast(french, 7)) {
    const [low, high] = asOf >= FRENCH_2020 ? [25, 50] : [15, 30];
    frenchPoints = allAtLeast(english, 5) ? high : low;
  }
  const additional = Math.min(600, nomination + jobOffer + sibling + canadianEducation + frenchPoints);

  return { total: core + spouse + transferability + additional, core, spouse, transferability, additional };
}
