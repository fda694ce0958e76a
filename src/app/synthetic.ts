// Realistic synthetic profiles for demo data, pools and benchmarks: deterministic for a seed (no Math.random).
// Proportions are plausible, not official statistics: ages mostly 25–40, most with a bachelor's or more, English first
// for most, some French speakers, a third working in Canada, a third with a spouse.
//
// A generator can be steered (SyntheticSteer) towards lower or higher CRS scores, for pools that must match a published
// distribution (src/app/pool-generate.ts): the same kinds of people, with the weights moved (older and less educated
// candidates with Canadian work for the low bands; younger, more educated, stronger tests, more Canadian work and
// French for the high bands; a provincial nomination for 601+). Without a steer the sequence is exactly the unsteered
// one (same draws from the generator, in the same order), so existing seeds keep their profiles.
import { minimumScoreFor } from '../domain/language.ts';
import { addDays, addMonths, addYears } from '../domain/dates.ts';
import {
  ABILITIES,
  type Ability,
  type CredentialLevel,
  type EducationCredential,
  type IsoDate,
  type LanguageTest,
  type LanguageTestResult,
  type Profile,
  type Province,
  type WorkEntry,
} from '../domain/vocabulary.ts';

/** A small, fast, seeded generator (mulberry32): same seed, same sequence. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rng = () => number;
const int = (rng: Rng, min: number, max: number) => min + Math.floor(rng() * (max - min + 1));
function weighted<T>(rng: Rng, options: readonly (readonly [T, number])[]): T {
  let total = 0;
  for (const option of options) total += option[1];
  let r = rng() * total;
  for (const [value, w] of options) {
    r -= w;
    if (r < 0) return value;
  }
  return options[options.length - 1]![0];
}

/** Common Express Entry occupations (NOC 2021), weighted. */
const OCCUPATIONS: readonly (readonly [string, number])[] = [
  ['21231', 8], ['21232', 8], ['21211', 3], ['21222', 3], ['21223', 2], ['11100', 4], ['11101', 3], ['12010', 2], ['13110', 3],
  ['31301', 5], ['32101', 3], ['33102', 3], ['31102', 1], ['41200', 2], ['42202', 2], ['41220', 2], ['62020', 3], ['63200', 3],
  ['72310', 2], ['72410', 2], ['72106', 1], ['73300', 2], ['00012', 1], ['10010', 2], ['21300', 2], ['21110', 1], ['22310', 2],
  ['64100', 2], ['65200', 1], ['94142', 1], ['82030', 1], ['42201', 1], ['31112', 1], ['41301', 1],
];
const PROVINCES: readonly (readonly [Province, number])[] = [
  ['ON', 45], ['BC', 18], ['AB', 12], ['MB', 4], ['SK', 4], ['NS', 4], ['NB', 3], ['QC', 5], ['NL', 1], ['PE', 1], ['YT', 1], ['NT', 1], ['NU', 1],
];
const PROVINCES_OUTSIDE_QUEBEC = PROVINCES.filter(([p]) => p !== 'QC');
const COUNTRIES: readonly (readonly [string, number])[] = [['IN', 40], ['NG', 8], ['PH', 8], ['CN', 6], ['FR', 5], ['BR', 5], ['PK', 4], ['MA', 3], ['IR', 3], ['GB', 3], ['MX', 3], ['CM', 2], ['US', 3]];

function languageTest(rng: Rng, test: LanguageTest, testDate: IsoDate, centre: number): LanguageTestResult {
  const scores = {} as Record<Ability, number>;
  for (const ability of ABILITIES) {
    // Around the centre, never below CLB 7 for a candidate centred at 7+ (the pool mostly meets FSW's minimum).
    const level = Math.max(centre >= 7 ? 7 : 4, Math.min(10, centre + int(rng, -1, 1)));
    scores[ability] = minimumScoreFor(test, testDate, ability, level) ?? 0;
  }
  return { test, testDate, scores };
}

function credential(rng: Rng, level: CredentialLevel, completedOn: IsoDate, canadian: boolean, asOf: IsoDate): EducationCredential {
  if (canadian) return { level, completedOn, canadian, canadianStudy: { fullTimeMonths: 12 * int(rng, 1, 3), monthsInCanada: 12 * int(rng, 1, 3) } };
  return { level, completedOn, canadian, ecaDate: addDays(asOf, -int(rng, 30, 4 * 365)) };
}

/**
 * Where to push a profile's score: `level` −2 (much lower: older, less education, weaker tests, mostly Canadian
 * work so as to stay eligible) … 0 (the unsteered weights) … +2 (much higher: younger, more education, stronger
 * tests, more Canadian work, French as a second language); `nominated` gives a provincial nomination.
 */
export interface SyntheticSteer {
  level: -2 | -1 | 0 | 1 | 2;
  nominated?: boolean;
}

type Level = SyntheticSteer['level'];
const STEER_AGES: Record<Level, readonly (readonly [readonly [number, number], number])[]> = {
  [-2]: [[[38, 44], 30], [[45, 55], 70]],
  [-1]: [[[31, 36], 40], [[37, 42], 45], [[43, 47], 15]],
  [0]: [[[20, 24], 10], [[25, 29], 35], [[30, 34], 30], [[35, 39], 15], [[40, 47], 10]],
  [1]: [[[21, 24], 15], [[25, 29], 50], [[30, 33], 35]],
  [2]: [[[22, 24], 20], [[25, 29], 60], [[30, 31], 20]],
};
const STEER_EDUCATION: Record<Level, readonly (readonly [CredentialLevel, number])[]> = {
  [-2]: [['secondary', 25], ['one_year', 25], ['two_year', 35], ['bachelors_or_three_year', 15]],
  [-1]: [['one_year', 10], ['two_year', 30], ['bachelors_or_three_year', 50], ['masters_or_professional', 10]],
  [0]: [['secondary', 4], ['one_year', 4], ['two_year', 12], ['bachelors_or_three_year', 45], ['masters_or_professional', 30], ['doctoral', 5]],
  [1]: [['bachelors_or_three_year', 40], ['masters_or_professional', 50], ['doctoral', 10]],
  [2]: [['bachelors_or_three_year', 15], ['masters_or_professional', 65], ['doctoral', 20]],
};
const STEER_CENTRES: Record<Level, readonly (readonly [number, number])[]> = {
  [-2]: [[7, 85], [8, 15]],
  [-1]: [[7, 60], [8, 35], [9, 5]],
  [0]: [[6, 6], [7, 24], [8, 32], [9, 26], [10, 12]],
  [1]: [[8, 25], [9, 45], [10, 30]],
  [2]: [[9, 35], [10, 65]],
};
/** Probability of working in Canada, of a French test beside an English one, and the years of Canadian work. */
const STEER_CANADA: Record<Level, { inCanada: number; secondFrench: number; years: readonly [number, number] }> = {
  [-2]: { inCanada: 0.85, secondFrench: 0, years: [1, 2] },
  [-1]: { inCanada: 0.6, secondFrench: 0.03, years: [1, 3] },
  [0]: { inCanada: 0.4, secondFrench: 0.07, years: [1, 4] },
  [1]: { inCanada: 0.6, secondFrench: 0.12, years: [1, 4] },
  [2]: { inCanada: 0.85, secondFrench: 0.3, years: [2, 5] },
};

/** One realistic full profile, evaluated around `asOf` (tests and ECAs valid then, work up to it), optionally steered. */
export function syntheticProfile(rng: Rng, asOf: IsoDate, steer?: SyntheticSteer): Profile {
  const level: Level = steer?.level ?? 0;
  const steered = steer !== undefined;
  const age = steered
    ? (([min, max]) => int(rng, min, max))(weighted(rng, STEER_AGES[level]))
    : weighted(rng, [[int(rng, 20, 24), 10], [int(rng, 25, 29), 35], [int(rng, 30, 34), 30], [int(rng, 35, 39), 15], [int(rng, 40, 47), 10]]);
  const birthDate = addDays(addYears(asOf, -age), -int(rng, 0, 364));
  const inCanada = rng() < STEER_CANADA[level].inCanada;
  const frenchFirst = rng() < 0.08;
  const partnered = rng() < 0.35;
  const credentialLevel = weighted<CredentialLevel>(rng, STEER_EDUCATION[level]);
  const graduated = addYears(birthDate, credentialLevel === 'doctoral' ? 29 : credentialLevel === 'masters_or_professional' ? 25 : 22);
  const education: EducationCredential[] = [credential(rng, credentialLevel, graduated, false, asOf)];
  if (inCanada && rng() < 0.6) education.push(credential(rng, weighted(rng, [['one_year', 3], ['two_year', 5], ['masters_or_professional', 2]]), addYears(graduated, int(rng, 2, 4)), true, asOf));

  const testDate = addDays(asOf, -int(rng, 20, 600));
  const centre = weighted(rng, STEER_CENTRES[level]);
  const languageTests = [
    frenchFirst
      ? languageTest(rng, weighted<LanguageTest>(rng, [['tef_canada', 2], ['tcf_canada', 1]]), testDate, centre)
      : languageTest(rng, weighted<LanguageTest>(rng, [['ielts_general', 6], ['celpip_general', 3], ['pte_core', 1]]), testDate, centre),
  ];
  if (!frenchFirst && rng() < STEER_CANADA[level].secondFrench) languageTests.push(languageTest(rng, 'tef_canada', addDays(testDate, 30), level === 2 ? int(rng, 7, 9) : int(rng, 5, 8)));
  if (frenchFirst && rng() < 0.5) languageTests.push(languageTest(rng, 'ielts_general', addDays(testDate, 30), int(rng, 5, 8)));

  const noc = weighted(rng, OCCUPATIONS);
  const country = frenchFirst ? weighted(rng, [['FR', 4], ['MA', 3], ['CM', 2]]) : weighted(rng, COUNTRIES);
  const workHistory: WorkEntry[] = [];
  const foreignYears = int(rng, 0, 6);
  const canadianYears = inCanada ? int(rng, ...STEER_CANADA[level].years) : 0;
  const canadaStart = addDays(addMonths(asOf, -12 * canadianYears - int(rng, 0, 11)), 0);
  if (foreignYears > 0) {
    const end = addDays(inCanada ? canadaStart : asOf, -int(rng, 30, 200));
    workHistory.push({ noc, start: addYears(end, -foreignYears), end, weeklyHours: weighted(rng, [[40, 6], [37.5, 2], [30, 1]]), country, paid: true, selfEmployed: false, fullTimeStudent: false });
  }
  if (inCanada) {
    workHistory.push({ noc, start: canadaStart, end: null, weeklyHours: weighted(rng, [[40, 5], [37.5, 3], [30, 1], [25, 1]]), country: 'CA', paid: true, selfEmployed: false, fullTimeStudent: false });
  }

  const spouse = partnered
    ? {
        canadianCitizenOrPR: rng() < 0.05,
        accompanying: rng() < 0.9,
        education: rng() < 0.8 ? [credential(rng, weighted<CredentialLevel>(rng, [['two_year', 2], ['bachelors_or_three_year', 5], ['masters_or_professional', 2]]), addYears(birthDate, 23), false, asOf)] : [],
        languageTests: rng() < 0.5 ? [languageTest(rng, 'ielts_general', addDays(asOf, -int(rng, 20, 600)), int(rng, 5, 9))] : [],
        workHistory: inCanada && rng() < 0.4 ? [{ noc: weighted(rng, OCCUPATIONS), start: addYears(asOf, -1), end: null, weeklyHours: 30, country: 'CA', paid: true, selfEmployed: false, fullTimeStudent: false }] : [],
      }
    : null;

  const nominated = rng() < 0.03 || steer?.nominated === true;
  return {
    birthDate,
    maritalStatus: partnered ? weighted(rng, [['married', 3], ['common_law', 1]] as const) : weighted(rng, [['single', 9], ['divorced_or_separated', 1]] as const),
    spouse,
    dependentChildren: partnered ? weighted(rng, [[0, 5], [1, 3], [2, 2]]) : 0,
    education,
    languageTests,
    firstOfficialLanguage: frenchFirst ? 'french' : null,
    workHistory,
    certificateOfQualification: noc.startsWith('72') && rng() < 0.4 ? { noc, issuedOn: addDays(asOf, -int(rng, 60, 900)), issuer: 'ON' } : null,
    provincialNomination: nominated ? { province: weighted(rng, PROVINCES_OUTSIDE_QUEBEC), nominatedOn: addDays(asOf, -int(rng, 1, 200)) } : null,
    siblingInCanada: rng() < 0.08,
    jobOffer: inCanada && rng() < 0.1 ? { noc, lmia: 'approved', fullTime: true, nonSeasonal: true, durationMonths: 24 } : null,
    intendedProvince: inCanada ? weighted(rng, PROVINCES_OUTSIDE_QUEBEC) : weighted(rng, PROVINCES),
    settlementFundsCad: int(rng, 12, 60) * 1000,
    authorizedToWorkInCanada: inCanada,
  };
}

/** `count` profiles for a seed; the same seed and day always give the same profiles. */
export function syntheticProfiles(count: number, seed: number, asOf: IsoDate): Profile[] {
  const rng = seededRandom(seed);
  return Array.from({ length: count }, () => syntheticProfile(rng, asOf));
}
