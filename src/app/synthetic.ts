// Realistic synthetic profiles for demo data, pools and benchmarks: deterministic for a seed (no Math.random).
// Proportions are plausible, not official statistics: ages mostly 25–40, most with a bachelor's or more, English first
// for most, some French speakers, a third working in Canada, a third with a spouse.
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
  const total = options.reduce((s, [, w]) => s + w, 0);
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

/** One realistic full profile, evaluated around `asOf` (tests and ECAs valid then, work up to it). */
export function syntheticProfile(rng: Rng, asOf: IsoDate): Profile {
  const age = weighted(rng, [[int(rng, 20, 24), 10], [int(rng, 25, 29), 35], [int(rng, 30, 34), 30], [int(rng, 35, 39), 15], [int(rng, 40, 47), 10]]);
  const birthDate = addDays(addYears(asOf, -age), -int(rng, 0, 364));
  const inCanada = rng() < 0.4;
  const frenchFirst = rng() < 0.08;
  const partnered = rng() < 0.35;
  const level = weighted<CredentialLevel>(rng, [['secondary', 4], ['one_year', 4], ['two_year', 12], ['bachelors_or_three_year', 45], ['masters_or_professional', 30], ['doctoral', 5]]);
  const graduated = addYears(birthDate, level === 'doctoral' ? 29 : level === 'masters_or_professional' ? 25 : 22);
  const education: EducationCredential[] = [credential(rng, level, graduated, false, asOf)];
  if (inCanada && rng() < 0.6) education.push(credential(rng, weighted(rng, [['one_year', 3], ['two_year', 5], ['masters_or_professional', 2]]), addYears(graduated, int(rng, 2, 4)), true, asOf));

  const testDate = addDays(asOf, -int(rng, 20, 600));
  const centre = weighted(rng, [[6, 6], [7, 24], [8, 32], [9, 26], [10, 12]]);
  const languageTests = [
    frenchFirst
      ? languageTest(rng, weighted<LanguageTest>(rng, [['tef_canada', 2], ['tcf_canada', 1]]), testDate, centre)
      : languageTest(rng, weighted<LanguageTest>(rng, [['ielts_general', 6], ['celpip_general', 3], ['pte_core', 1]]), testDate, centre),
  ];
  if (!frenchFirst && rng() < 0.07) languageTests.push(languageTest(rng, 'tef_canada', addDays(testDate, 30), int(rng, 5, 8)));
  if (frenchFirst && rng() < 0.5) languageTests.push(languageTest(rng, 'ielts_general', addDays(testDate, 30), int(rng, 5, 8)));

  const noc = weighted(rng, OCCUPATIONS);
  const country = frenchFirst ? weighted(rng, [['FR', 4], ['MA', 3], ['CM', 2]]) : weighted(rng, COUNTRIES);
  const workHistory: WorkEntry[] = [];
  const foreignYears = int(rng, 0, 6);
  const canadianYears = inCanada ? int(rng, 1, 4) : 0;
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

  const nominated = rng() < 0.03;
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
    provincialNomination: nominated ? { province: weighted(rng, PROVINCES.filter(([p]) => p !== 'QC')), nominatedOn: addDays(asOf, -int(rng, 1, 200)) } : null,
    siblingInCanada: rng() < 0.08,
    jobOffer: inCanada && rng() < 0.1 ? { noc, lmia: 'approved', fullTime: true, nonSeasonal: true, durationMonths: 24 } : null,
    intendedProvince: inCanada ? weighted(rng, PROVINCES.filter(([p]) => p !== 'QC')) : weighted(rng, PROVINCES),
    settlementFundsCad: int(rng, 12, 60) * 1000,
    authorizedToWorkInCanada: inCanada,
  };
}

/** `count` profiles for a seed; the same seed and day always give the same profiles. */
export function syntheticProfiles(count: number, seed: number, asOf: IsoDate): Profile[] {
  const rng = seededRandom(seed);
  return Array.from({ length: count }, () => syntheticProfile(rng, asOf));
}
