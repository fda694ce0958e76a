// Language test results → CLB/NCLC levels, validity, and the best result per official language (rules.md §2).
// Every rule comes from src/domain/rules/language.ts, read at the result's TEST DATE (see the note there): a score is
// converted with the table of the day the test was taken, and acceptance and validity are those of that day too.
import { ABILITIES } from './vocabulary.ts';
import type { Ability, AbilityLevels, Finding, IsoDate, LanguageTest, LanguageTestResult, OfficialLanguage } from './vocabulary.ts';
import { addDays, addYears, completedYears, isIsoDate } from './dates.ts';
import { EPOCH, RuleDateError, assertRuleDate, at, type Parameter } from './rules/parameter.ts';
import { RESULT_VALIDITY_YEARS, TEST_TABLES, type ScoreScale, type TestTable } from './rules/language.ts';

const LANGUAGE_OF_TEST: Readonly<Record<LanguageTest, OfficialLanguage>> = {
  ielts_general: 'english',
  celpip_general: 'english',
  pte_core: 'english',
  tef_canada: 'french',
  tcf_canada: 'french',
};

export function languageOfTest(test: LanguageTest): OfficialLanguage {
  return LANGUAGE_OF_TEST[test];
}

/**
 * The day at which the rules are read for a result. Results dated before Express Entry opened can still be valid
 * in 2015–2016; they are read with the rules of its first day.
 */
function ruleDay(testDate: IsoDate): IsoDate {
  if (!isIsoDate(testDate)) throw new RuleDateError('date_invalid', testDate);
  return testDate < EPOCH ? EPOCH : testDate;
}

/** The conversion table for a test taken on a day; null when the test was not designated then. */
function tableOn(test: LanguageTest, testDate: IsoDate): TestTable | null {
  return at(TEST_TABLES[test], ruleDay(testDate));
}

/**
 * The table whose scales a raw score is checked against: the applicable one, or, for a test taken before the test
 * was designated, the nearest table of that test (its scale is a fact of the test, not of its designation).
 */
function scaleTable(test: LanguageTest, testDate: IsoDate): TestTable {
  const applicable = tableOn(test, testDate);
  if (applicable) return applicable;
  const p: Parameter<TestTable | null> = TEST_TABLES[test];
  const day = ruleDay(testDate);
  const later = p.values.find((v) => v.value !== null && v.from > day)?.value;
  const any = later ?? [...p.values].reverse().find((v) => v.value !== null)?.value;
  if (!any) throw new Error(`No conversion table is defined for ${test}`);
  return any;
}

function onScale(score: number, scale: ScoreScale): boolean {
  if (!Number.isFinite(score) || score < scale.min || score > scale.max) return false;
  const steps = (score - scale.min) / scale.step;
  return Math.abs(steps - Math.round(steps)) < 1e-9;
}

/** Abilities whose raw score is outside the test's scale or off its step, for the table that applies to this result. */
export function scoresOutOfScale(result: LanguageTestResult): { ability: Ability; min: number; max: number; step: number }[] {
  const { scales } = scaleTable(result.test, result.testDate);
  const out: { ability: Ability; min: number; max: number; step: number }[] = [];
  for (const ability of ABILITIES) {
    const scale = scales[ability];
    if (!onScale(result.scores[ability], scale)) out.push({ ability, min: scale.min, max: scale.max, step: scale.step });
  }
  return out;
}

/**
 * CLB/NCLC per ability (0 when below the lowest band) for this result, using the table for its test date.
 * A test not designated on its test date converts to 0 everywhere (it counts for nothing; see isTestAccepted).
 * A score between two printed bands (off the step) takes the lower band: a level is reached only at its minimum.
 */
export function clbLevels(result: LanguageTestResult): AbilityLevels {
  const table = tableOn(result.test, result.testDate);
  const levels: AbilityLevels = { speaking: 0, listening: 0, reading: 0, writing: 0 };
  if (!table) return levels;
  for (const ability of ABILITIES) {
    const score = result.scores[ability];
    // Bands are highest first: the first whose minimum the score reaches gives the level.
    const band = table.bands[ability].find((b) => score >= b.min);
    levels[ability] = band ? band.level : 0;
  }
  return levels;
}

/**
 * The lowest raw score giving at least `level` in an ability of a test taken on `testDate` (what a candidate must reach);
 * null when the test was not accepted then or the level is above the table. Levels below the lowest band give the scale minimum.
 */
export function minimumScoreFor(test: LanguageTest, testDate: IsoDate, ability: Ability, level: number): number | null {
  const table = tableOn(test, testDate);
  if (!table) return null;
  const bands = table.bands[ability];
  // Highest first: the last band whose level still reaches `level` has the lowest minimum.
  let found: number | null = null;
  for (const band of bands) if (band.level >= level) found = band.min;
  if (found !== null) return found;
  return level <= 0 || bands.every((b) => b.level > level) ? table.scales[ability].min : null;
}

/** Whether IRCC accepted this test for a result taken on `testDate` (PTE Core from 2024-01-30, TCF Canada from Nov 2018). */
export function isTestAccepted(test: LanguageTest, testDate: IsoDate): boolean {
  return tableOn(test, testDate) !== null;
}

/**
 * Last day the result is valid. A result counts while it is “less than 2 years old” (rules.md §2, §7.1): on the
 * second anniversary of the test date it is 2 years old and no longer counts, so the last valid day is the day
 * before that anniversary, and that day itself counts (valid through it, inclusive). A 29 February result turns
 * 2 on 1 March in a common year (as ages do, see completedYears), so its last valid day is 28 February.
 */
export function testValidUntil(result: LanguageTestResult): IsoDate {
  const years = at(RESULT_VALIDITY_YEARS, ruleDay(result.testDate));
  let anniversary = addYears(result.testDate, years);
  if (completedYears(result.testDate, anniversary) < years) anniversary = addDays(anniversary, 1);
  return addDays(anniversary, -1);
}

/** Valid from its test date through testValidUntil, both inclusive. */
export function isTestValidOn(result: LanguageTestResult, asOf: IsoDate): boolean {
  return result.testDate <= asOf && asOf <= testValidUntil(result);
}

export interface LanguageStanding {
  language: OfficialLanguage;
  test: LanguageTest;
  testDate: IsoDate;
  levels: AbilityLevels;
  validUntil: IsoDate;
}

const minLevel = (l: AbilityLevels) => Math.min(...ABILITIES.map((a) => l[a]));
const sumLevels = (l: AbilityLevels) => ABILITIES.reduce((s, a) => s + l[a], 0);

/** Positive when `a` has the better levels: higher minimum, then higher sum. */
function compareLevels(a: AbilityLevels, b: AbilityLevels): number {
  return minLevel(a) - minLevel(b) || sumLevels(a) - sumLevels(b);
}

/** Within one language: better levels, then the later test; a full tie keeps the one already chosen. */
function isBetterResult(a: LanguageStanding, b: LanguageStanding): boolean {
  const byLevels = compareLevels(a.levels, b.levels);
  return byLevels !== 0 ? byLevels > 0 : a.testDate > b.testDate;
}

/**
 * The best valid result per official language on asOf (best = highest minimum level, then highest sum, then latest
 * date; on a full tie the earlier in the list), first = designated language if given and available, else the better
 * one (higher min level, then sum; english on a tie), second = the other language's best, if any.
 * Results not counted give findings: `language_test_in_future` (info: dated after asOf), `language_test_not_accepted`
 * (warning: the test was not designated on its test date), `language_test_expired` (warning: past its last valid day).
 */
export function bestLanguageResults(
  tests: readonly LanguageTestResult[],
  asOf: IsoDate,
  designatedFirst?: OfficialLanguage | null,
): { first: LanguageStanding | null; second: LanguageStanding | null; findings: Finding[] } {
  assertRuleDate(asOf);
  const findings: Finding[] = [];
  const best: Partial<Record<OfficialLanguage, LanguageStanding>> = {};
  for (const result of tests) {
    const { test, testDate } = result;
    if (testDate > asOf) {
      findings.push({ code: 'language_test_in_future', severity: 'info', params: { test, testDate } });
      continue;
    }
    if (!isTestAccepted(test, testDate)) {
      findings.push({ code: 'language_test_not_accepted', severity: 'warning', params: { test, testDate } });
      continue;
    }
    const validUntil = testValidUntil(result);
    if (asOf > validUntil) {
      findings.push({ code: 'language_test_expired', severity: 'warning', params: { test, testDate, validUntil } });
      continue;
    }
    const standing: LanguageStanding = { language: languageOfTest(test), test, testDate, levels: clbLevels(result), validUntil };
    const current = best[standing.language];
    if (!current || isBetterResult(standing, current)) best[standing.language] = standing;
  }
  const english = best.english ?? null;
  const french = best.french ?? null;
  if (designatedFirst && best[designatedFirst]) {
    return designatedFirst === 'english' ? { first: english, second: french, findings } : { first: french, second: english, findings };
  }
  if (english && french && compareLevels(french.levels, english.levels) > 0) return { first: french, second: english, findings };
  return english ? { first: english, second: french, findings } : { first: french, second: null, findings };
}
