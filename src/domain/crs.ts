// Comprehensive Ranking System scoring (rules.md §1.6): total, the four blocks A–D and one explanation line per factor.
//
// Speed: the dated tables of rules/crs.ts are compiled, once per CRS rules version, into flat Int16Array lookups
// (`Tables`). The version is the latest day ≤ asOf on which a CRS parameter changed; compiled tables are cached per
// version (deterministic, no I/O). `scoreCrsFast` only indexes arrays; `scoreCrs` does the same and writes the lines.
import { EPOCH, assertRuleDate, referenceText, valueAt, type Parameter } from './rules/parameter.ts';
import * as P from './rules/crs.ts';
import {
  EDUCATION_LEVELS,
  type AbilityLevels,
  type ArrangedEmployment,
  type CanadianEducation,
  type CrsFactors,
  type EducationLevel,
  type IsoDate,
} from './vocabulary.ts';

export type CrsBlock = 'core' | 'spouse' | 'transferability' | 'additional';

/** One line of the explanation: which factor, what was scored (a machine value), the points and the rule used. */
export interface ExplanationLine {
  block: CrsBlock;
  /** A code of CRS_FACTOR_CODES. */
  factor: string;
  /**
   * The scored value: a number (age, CLB/NCLC level, years), a code (education level), a boolean, or null (no test).
   * Combinations read `row/column` (`bachelors_or_three_year/9`, `3/2`, `true/7`); the French bonus reads
   * `french/english` weakest levels (`none` without a test); a cap line carries the sum before the cap.
   */
  input: string | number | boolean | null;
  points: number;
  /** Id of the parameter applied. */
  parameter: string;
  /** Its references on the day scored, as one line of text. */
  reference: string;
}

export interface CrsBlocks {
  total: number;
  core: number;
  spouse: number;
  transferability: number;
  additional: number;
}

export interface CrsResult extends CrsBlocks {
  /** Sum of the points of a block's lines = that block. */
  lines: ExplanationLine[];
}

/** Every `factor` code a line can carry, in the order lines appear. Cap lines carry negative points. */
export const CRS_FACTOR_CODES: readonly string[] = [
  'age',
  'education',
  'first_language.speaking',
  'first_language.listening',
  'first_language.reading',
  'first_language.writing',
  'second_language.speaking',
  'second_language.listening',
  'second_language.reading',
  'second_language.writing',
  'second_language_cap',
  'canadian_work',
  'spouse_education',
  'spouse_language.speaking',
  'spouse_language.listening',
  'spouse_language.reading',
  'spouse_language.writing',
  'spouse_canadian_work',
  'transferability.education_language',
  'transferability.education_canadian_work',
  'transferability.education_cap',
  'transferability.foreign_work_language',
  'transferability.foreign_work_canadian_work',
  'transferability.foreign_work_cap',
  'transferability.certificate_language',
  'transferability.cap',
  'provincial_nomination',
  'arranged_employment',
  'canadian_education',
  'sibling',
  'french_bonus',
  'additional_cap',
];

// ── Compiled tables ─────────────────────────────────────────────────────────────────────────────────────────────

/** CLB/NCLC levels 0–12 (above 12 is read as 12; the tables' top bands are "10 or more" / "9 or more"). */
const LEVELS = 13;
const MAX_LEVEL = LEVELS - 1;
const EDUCATIONS = EDUCATION_LEVELS.length;

const EDUCATION_INDEX: Readonly<Record<EducationLevel, number>> = {
  none: 0,
  secondary: 1,
  one_year: 2,
  two_year: 3,
  bachelors_or_three_year: 4,
  two_or_more_one_3yr: 5,
  masters_or_professional: 6,
  doctoral: 7,
};
const ARRANGED_INDEX: Readonly<Record<ArrangedEmployment, number>> = { none: 0, major_group_00: 1, teer_0_1_2_3: 2 };
const CANADIAN_EDUCATION_INDEX: Readonly<Record<CanadianEducation, number>> = { none: 0, one_or_two_year: 1, three_year_plus: 2 };

/** One CRS rules version as flat arrays. `mode` 0 = without spouse, 1 = with spouse. */
interface Tables {
  /** Ages at or above score as this one ("45 or more"). */
  ageMax: number;
  /** Years of work at or above score as this many (every year table's last band is "or more"). */
  yearsMax: number;
  age: Int16Array; // [mode * (ageMax + 1) + age]
  education: Int16Array; // [mode * EDUCATIONS + education]
  firstLanguage: Int16Array; // [mode * LEVELS + level]
  secondLanguage: Int16Array; // [level]
  secondLanguageCap: Int16Array; // [mode]
  canadianWork: Int16Array; // [mode * (yearsMax + 1) + years]
  spouseEducation: Int16Array; // [education]
  spouseLanguage: Int16Array; // [level]
  spouseCanadianWork: Int16Array; // [years]
  educationLanguage: Int16Array; // [education * LEVELS + weakest level]
  educationCanadianWork: Int16Array; // [education * (yearsMax + 1) + Canadian years]
  foreignWorkLanguage: Int16Array; // [foreign years * LEVELS + weakest level]
  foreignWorkCanadianWork: Int16Array; // [foreign years * (yearsMax + 1) + Canadian years]
  certificateLanguage: Int16Array; // [weakest level]
  educationCap: number;
  foreignWorkCap: number;
  transferabilityCap: number;
  nomination: number;
  arranged: Int16Array; // [ARRANGED_INDEX]
  canadianEducation: Int16Array; // [CANADIAN_EDUCATION_INDEX]
  sibling: number;
  frenchMinimum: number;
  englishMinimum: number;
  frenchOnly: number;
  bilingual: number;
  additionalCap: number;
  /** Reference text of each parameter's value in force. */
  refs: Map<Parameter<unknown>, string>;
}

/** Days on which some CRS parameter changed, ascending; the rules version of a day is the last one ≤ it. */
const CHANGE_DAYS: readonly IsoDate[] = [...new Set(P.PARAMETERS.flatMap((p) => p.values.map((v) => v.from)))].sort();
const compiled: (Tables | undefined)[] = CHANGE_DAYS.map(() => undefined);

/** Value of the band holding `x`: the last band whose `from` ≤ x (0 below the first band). */
function band<B extends { from: number }>(bands: readonly B[], x: number, pick: (b: B) => number): number {
  let points = 0;
  for (const b of bands) if (b.from <= x) points = pick(b);
  return points;
}

/** Column of a two-column grid for `x`: -1 below the first bound. */
function column(columnsFrom: readonly [number, number], x: number): number {
  return x >= columnsFrom[1] ? 1 : x >= columnsFrom[0] ? 0 : -1;
}

function compile(day: IsoDate): Tables {
  const v = <T>(p: Parameter<T>): T => valueAt(p, day).value;
  const age = v(P.AGE);
  const canadianWork = v(P.CANADIAN_WORK);
  const spouseWork = v(P.SPOUSE_CANADIAN_WORK);
  const eduLang = v(P.EDUCATION_LANGUAGE);
  const eduWork = v(P.EDUCATION_CANADIAN_WORK);
  const forLang = v(P.FOREIGN_WORK_LANGUAGE);
  const forWork = v(P.FOREIGN_WORK_CANADIAN_WORK);
  const cert = v(P.CERTIFICATE_LANGUAGE);
  const french = v(P.FRENCH);

  const ageMax = Math.max(...age.map((b) => b.from));
  const yearsMax = Math.max(
    1,
    ...canadianWork.map((b) => b.from),
    ...spouseWork.map((b) => b.from),
    ...forLang.rows.map((r) => r.from),
    ...forWork.rows.map((r) => r.from),
    ...eduWork.columnsFrom,
    ...forWork.columnsFrom,
  );
  const Y = yearsMax + 1;
  const modes = [(b: P.ModeBand) => b.withoutSpouse, (b: P.ModeBand) => b.withSpouse] as const;
  const modeKeys = ['withoutSpouse', 'withSpouse'] as const;

  const t: Tables = {
    ageMax,
    yearsMax,
    age: new Int16Array(2 * (ageMax + 1)),
    education: new Int16Array(2 * EDUCATIONS),
    firstLanguage: new Int16Array(2 * LEVELS),
    secondLanguage: new Int16Array(LEVELS),
    secondLanguageCap: new Int16Array(2),
    canadianWork: new Int16Array(2 * Y),
    spouseEducation: new Int16Array(EDUCATIONS),
    spouseLanguage: new Int16Array(LEVELS),
    spouseCanadianWork: new Int16Array(Y),
    educationLanguage: new Int16Array(EDUCATIONS * LEVELS),
    educationCanadianWork: new Int16Array(EDUCATIONS * Y),
    foreignWorkLanguage: new Int16Array(Y * LEVELS),
    foreignWorkCanadianWork: new Int16Array(Y * Y),
    certificateLanguage: new Int16Array(LEVELS),
    educationCap: v(P.EDUCATION_CAP),
    foreignWorkCap: v(P.FOREIGN_WORK_CAP),
    transferabilityCap: v(P.TRANSFERABILITY_CAP),
    nomination: v(P.PROVINCIAL_NOMINATION),
    arranged: new Int16Array(3),
    canadianEducation: new Int16Array(3),
    sibling: v(P.SIBLING),
    frenchMinimum: french.frenchMinimum,
    englishMinimum: french.englishMinimum,
    frenchOnly: french.frenchOnly,
    bilingual: french.bilingual,
    additionalCap: v(P.ADDITIONAL_CAP),
    refs: new Map(P.PARAMETERS.map((p) => [p, referenceText(valueAt(p, day).references)])),
  };

  for (let mode = 0; mode < 2; mode++) {
    const pick = modes[mode]!;
    for (let a = 0; a <= ageMax; a++) t.age[mode * (ageMax + 1) + a] = band(age, a, pick);
    for (let l = 0; l < LEVELS; l++) t.firstLanguage[mode * LEVELS + l] = band(v(P.FIRST_LANGUAGE), l, pick);
    for (let y = 0; y < Y; y++) t.canadianWork[mode * Y + y] = band(canadianWork, y, pick);
    for (const level of EDUCATION_LEVELS) t.education[mode * EDUCATIONS + EDUCATION_INDEX[level]] = v(P.EDUCATION)[level][modeKeys[mode]!];
    t.secondLanguageCap[mode] = v(P.SECOND_LANGUAGE_CAP)[modeKeys[mode]!];
  }
  for (let l = 0; l < LEVELS; l++) {
    t.secondLanguage[l] = band(v(P.SECOND_LANGUAGE), l, (b) => b.points);
    t.spouseLanguage[l] = band(v(P.SPOUSE_LANGUAGE), l, (b) => b.points);
    const c = column(cert.columnsFrom, l);
    t.certificateLanguage[l] = c < 0 ? 0 : cert.points[c]!;
  }
  for (let y = 0; y < Y; y++) t.spouseCanadianWork[y] = band(spouseWork, y, (b) => b.points);
  for (const level of EDUCATION_LEVELS) {
    const e = EDUCATION_INDEX[level];
    t.spouseEducation[e] = v(P.SPOUSE_EDUCATION)[level];
    for (let l = 0; l < LEVELS; l++) {
      const c = column(eduLang.columnsFrom, l);
      t.educationLanguage[e * LEVELS + l] = c < 0 ? 0 : eduLang.rows[level][c]!;
    }
    for (let y = 0; y < Y; y++) {
      const c = column(eduWork.columnsFrom, y);
      t.educationCanadianWork[e * Y + y] = c < 0 ? 0 : eduWork.rows[level][c]!;
    }
  }
  for (let f = 0; f < Y; f++) {
    for (let l = 0; l < LEVELS; l++) {
      const c = column(forLang.columnsFrom, l);
      t.foreignWorkLanguage[f * LEVELS + l] = c < 0 ? 0 : band(forLang.rows, f, (r) => r.points[c]!);
    }
    for (let y = 0; y < Y; y++) {
      const c = column(forWork.columnsFrom, y);
      t.foreignWorkCanadianWork[f * Y + y] = c < 0 ? 0 : band(forWork.rows, f, (r) => r.points[c]!);
    }
  }
  const arranged = v(P.ARRANGED_EMPLOYMENT);
  for (const k of Object.keys(ARRANGED_INDEX) as ArrangedEmployment[]) t.arranged[ARRANGED_INDEX[k]] = arranged[k];
  const canEdu = v(P.CANADIAN_EDUCATION);
  for (const k of Object.keys(CANADIAN_EDUCATION_INDEX) as CanadianEducation[]) t.canadianEducation[CANADIAN_EDUCATION_INDEX[k]] = canEdu[k];

  checkCaps(t, day);
  return t;
}

/** The block caps of rules.md §1.1 must hold for any input; the tables guarantee it, checked once per version. */
function checkCaps(t: Tables, day: IsoDate): void {
  const max = (a: Int16Array, from = 0, to = a.length) => Math.max(...a.subarray(from, to));
  const core = [0, 1].map(
    (m) =>
      max(t.age, m * (t.ageMax + 1), (m + 1) * (t.ageMax + 1)) +
      max(t.education, m * EDUCATIONS, (m + 1) * EDUCATIONS) +
      4 * max(t.firstLanguage, m * LEVELS, (m + 1) * LEVELS) +
      Math.min(4 * max(t.secondLanguage), t.secondLanguageCap[m]!) +
      max(t.canadianWork, m * (t.yearsMax + 1), (m + 1) * (t.yearsMax + 1)),
  );
  const coreCap = valueAt(P.CORE_CAP, day).value;
  const spouse = max(t.spouseEducation) + 4 * max(t.spouseLanguage) + max(t.spouseCanadianWork);
  const spouseCap = valueAt(P.SPOUSE_CAP, day).value;
  const total = Math.max(coreCap.withoutSpouse, coreCap.withSpouse + spouseCap) + t.transferabilityCap + t.additionalCap;
  if (core[0]! > coreCap.withoutSpouse || core[1]! > coreCap.withSpouse || spouse > spouseCap || total > valueAt(P.TOTAL_CAP, day).value) {
    throw new Error(`CRS tables in force on ${day} exceed their caps (rules.md §1.1)`);
  }
}

// ── Rules version lookup ────────────────────────────────────────────────────────────────────────────────────────

/** Days already resolved to their tables (bounded; cleared when full). Pure memo: same day, same tables. */
const byDay = new Map<string, Tables>();
const BY_DAY_LIMIT = 4096;

/** The compiled tables in force on `asOf`; throws RuleDateError for a malformed day or one before 2015-01-01. */
function tablesFor(asOf: IsoDate): Tables {
  const known = byDay.get(asOf);
  if (known !== undefined) return known;
  if (!isScorableDay(asOf)) assertRuleDate(asOf);
  let i = CHANGE_DAYS.length - 1;
  while (i > 0 && asOf < CHANGE_DAYS[i]!) i--;
  const t = compiled[i] ?? (compiled[i] = compile(CHANGE_DAYS[i]!));
  if (byDay.size >= BY_DAY_LIMIT) byDay.clear();
  byDay.set(asOf, t);
  return t;
}

/**
 * A cheap, regex-free test that `s` is a calendar day on or after EPOCH. False means "let assertRuleDate decide"
 * (it throws the precise RuleDateError); true is only returned for days assertRuleDate accepts.
 */
function isScorableDay(s: unknown): boolean {
  if (typeof s !== 'string' || s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45 || s < EPOCH) return false;
  const y = digits(s, 0, 4);
  const m = digits(s, 5, 2);
  const d = digits(s, 8, 2);
  if (y < 0 || m < 1 || m > 12 || d < 1) return false;
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  const days = m === 2 ? (leap ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
  return d <= days;
}

function digits(s: string, from: number, count: number): number {
  let n = 0;
  for (let i = from; i < from + count; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

// ── Scoring ─────────────────────────────────────────────────────────────────────────────────────────────────────

/** A CLB/NCLC level as a table index, 0–12. */
function level(x: number): number {
  return x >= MAX_LEVEL ? MAX_LEVEL : x > 0 ? x | 0 : 0;
}

/** A count (age, years) as a table index, 0–max; the top index is the "or more" band. */
function count(x: number, max: number): number {
  return x >= max ? max : x > 0 ? x | 0 : 0;
}

/** The weakest of four abilities, as a table index. */
function weakest(a: AbilityLevels): number {
  const s = level(a.speaking);
  const l = level(a.listening);
  const r = level(a.reading);
  const w = level(a.writing);
  const m1 = s < l ? s : l;
  const m2 = r < w ? r : w;
  return m1 < m2 ? m1 : m2;
}

/**
 * rules.md §1.1: the "with spouse" columns apply only for a married or common-law candidate whose spouse or partner
 * accompanies them and is not a Canadian citizen or permanent resident; otherwise "without spouse" and no block B.
 */
function spouseMode(f: CrsFactors): number {
  const m = f.maritalStatus;
  return (m === 'married' || m === 'common_law') && f.spouseAccompanying && !f.spouseCanadianCitizenOrPR ? 1 : 0;
}

/** French bonus (rules.md §1.5): from the weakest French and English levels, -1 meaning no test. */
function frenchPoints(t: Tables, frenchMin: number, englishMin: number): number {
  if (frenchMin < t.frenchMinimum) return 0;
  return englishMin >= t.englishMinimum ? t.bilingual : t.frenchOnly;
}

/** CRS blocks and total, no explanation: for bulk re-scoring. Same numbers as scoreCrs. */
export function scoreCrsFast(factors: CrsFactors, asOf: IsoDate = factors.asOf): CrsBlocks {
  const t = tablesFor(asOf);
  const mode = spouseMode(factors);
  const Y = t.yearsMax + 1;
  const first = factors.firstLanguage;
  const edu = EDUCATION_INDEX[factors.education];
  const cy = count(factors.canadianWorkYears, t.yearsMax);
  const lo = mode * LEVELS;

  // A. Core (rules.md §1.2)
  let core =
    t.age[mode * (t.ageMax + 1) + count(factors.age, t.ageMax)]! +
    t.education[mode * EDUCATIONS + edu]! +
    t.firstLanguage[lo + level(first.speaking)]! +
    t.firstLanguage[lo + level(first.listening)]! +
    t.firstLanguage[lo + level(first.reading)]! +
    t.firstLanguage[lo + level(first.writing)]! +
    t.canadianWork[mode * Y + cy]!;
  const second = factors.secondLanguage;
  let secondMin = -1;
  if (second !== null) {
    const sum =
      t.secondLanguage[level(second.speaking)]! +
      t.secondLanguage[level(second.listening)]! +
      t.secondLanguage[level(second.reading)]! +
      t.secondLanguage[level(second.writing)]!;
    const cap = t.secondLanguageCap[mode]!;
    core += sum > cap ? cap : sum;
    secondMin = weakest(second);
  }

  // B. Spouse (rules.md §1.3)
  let spouse = 0;
  if (mode === 1) {
    spouse = t.spouseEducation[EDUCATION_INDEX[factors.spouseEducation]]! + t.spouseCanadianWork[count(factors.spouseCanadianWorkYears, t.yearsMax)]!;
    const sl = factors.spouseLanguage;
    if (sl !== null) {
      spouse +=
        t.spouseLanguage[level(sl.speaking)]! +
        t.spouseLanguage[level(sl.listening)]! +
        t.spouseLanguage[level(sl.reading)]! +
        t.spouseLanguage[level(sl.writing)]!;
    }
  }

  // C. Skill transferability (rules.md §1.4)
  const min = weakest(first);
  const fy = count(factors.foreignWorkYears, t.yearsMax);
  let education = t.educationLanguage[edu * LEVELS + min]! + t.educationCanadianWork[edu * Y + cy]!;
  if (education > t.educationCap) education = t.educationCap;
  let foreign = t.foreignWorkLanguage[fy * LEVELS + min]! + t.foreignWorkCanadianWork[fy * Y + cy]!;
  if (foreign > t.foreignWorkCap) foreign = t.foreignWorkCap;
  let transferability = education + foreign + (factors.certificateOfQualification ? t.certificateLanguage[min]! : 0);
  if (transferability > t.transferabilityCap) transferability = t.transferabilityCap;

  // D. Additional (rules.md §1.5)
  const isFrench = first.language === 'french';
  let additional =
    (factors.provincialNomination ? t.nomination : 0) +
    t.arranged[ARRANGED_INDEX[factors.arrangedEmployment]]! +
    t.canadianEducation[CANADIAN_EDUCATION_INDEX[factors.canadianEducation]]! +
    (factors.siblingInCanada ? t.sibling : 0) +
    frenchPoints(t, isFrench ? min : secondMin, isFrench ? secondMin : min);
  if (additional > t.additionalCap) additional = t.additionalCap;

  return { total: core + spouse + transferability + additional, core, spouse, transferability, additional };
}

const SECOND_LANGUAGE_FACTORS = ['second_language.speaking', 'second_language.listening', 'second_language.reading', 'second_language.writing'];
const SPOUSE_LANGUAGE_FACTORS = ['spouse_language.speaking', 'spouse_language.listening', 'spouse_language.reading', 'spouse_language.writing'];

/** Appends one explanation line and returns its points. */
function add(
  lines: ExplanationLine[],
  t: Tables,
  block: CrsBlock,
  factor: string,
  input: ExplanationLine['input'],
  points: number,
  p: Parameter<unknown>,
): number {
  lines.push({ block, factor, input, points, parameter: p.id, reference: t.refs.get(p)! });
  return points;
}

/** The CRS score on `asOf` (default: factors.asOf) with one explanation line per factor and per cap that cut points. */
export function scoreCrs(factors: CrsFactors, asOf: IsoDate = factors.asOf): CrsResult {
  const t = tablesFor(asOf);
  const lines: ExplanationLine[] = [];
  const mode = spouseMode(factors);
  const Y = t.yearsMax + 1;
  const first = factors.firstLanguage;
  const edu = EDUCATION_INDEX[factors.education];
  const cy = count(factors.canadianWorkYears, t.yearsMax);
  const lo = mode * LEVELS;

  // A. Core (rules.md §1.2)
  let core = add(lines, t, 'core', 'age', factors.age, t.age[mode * (t.ageMax + 1) + count(factors.age, t.ageMax)]!, P.AGE);
  core += add(lines, t, 'core', 'education', factors.education, t.education[mode * EDUCATIONS + edu]!, P.EDUCATION);
  core += add(lines, t, 'core', 'first_language.speaking', first.speaking, t.firstLanguage[lo + level(first.speaking)]!, P.FIRST_LANGUAGE);
  core += add(lines, t, 'core', 'first_language.listening', first.listening, t.firstLanguage[lo + level(first.listening)]!, P.FIRST_LANGUAGE);
  core += add(lines, t, 'core', 'first_language.reading', first.reading, t.firstLanguage[lo + level(first.reading)]!, P.FIRST_LANGUAGE);
  core += add(lines, t, 'core', 'first_language.writing', first.writing, t.firstLanguage[lo + level(first.writing)]!, P.FIRST_LANGUAGE);
  const second = factors.secondLanguage;
  let secondMin = -1;
  if (second !== null) {
    const sum =
      add(lines, t, 'core', 'second_language.speaking', second.speaking, t.secondLanguage[level(second.speaking)]!, P.SECOND_LANGUAGE) +
      add(lines, t, 'core', 'second_language.listening', second.listening, t.secondLanguage[level(second.listening)]!, P.SECOND_LANGUAGE) +
      add(lines, t, 'core', 'second_language.reading', second.reading, t.secondLanguage[level(second.reading)]!, P.SECOND_LANGUAGE) +
      add(lines, t, 'core', 'second_language.writing', second.writing, t.secondLanguage[level(second.writing)]!, P.SECOND_LANGUAGE);
    const cap = t.secondLanguageCap[mode]!;
    core += sum > cap ? sum + add(lines, t, 'core', 'second_language_cap', sum, cap - sum, P.SECOND_LANGUAGE_CAP) : sum;
    secondMin = weakest(second);
  } else {
    for (const factor of SECOND_LANGUAGE_FACTORS) {
      add(lines, t, 'core', factor, null, 0, P.SECOND_LANGUAGE);
    }
  }
  core += add(lines, t, 'core', 'canadian_work', factors.canadianWorkYears, t.canadianWork[mode * Y + cy]!, P.CANADIAN_WORK);

  // B. Spouse (rules.md §1.3): lines only when the spouse counts.
  let spouse = 0;
  if (mode === 1) {
    spouse = add(lines, t, 'spouse', 'spouse_education', factors.spouseEducation, t.spouseEducation[EDUCATION_INDEX[factors.spouseEducation]]!, P.SPOUSE_EDUCATION);
    const sl = factors.spouseLanguage;
    if (sl !== null) {
      spouse += add(lines, t, 'spouse', 'spouse_language.speaking', sl.speaking, t.spouseLanguage[level(sl.speaking)]!, P.SPOUSE_LANGUAGE);
      spouse += add(lines, t, 'spouse', 'spouse_language.listening', sl.listening, t.spouseLanguage[level(sl.listening)]!, P.SPOUSE_LANGUAGE);
      spouse += add(lines, t, 'spouse', 'spouse_language.reading', sl.reading, t.spouseLanguage[level(sl.reading)]!, P.SPOUSE_LANGUAGE);
      spouse += add(lines, t, 'spouse', 'spouse_language.writing', sl.writing, t.spouseLanguage[level(sl.writing)]!, P.SPOUSE_LANGUAGE);
    } else {
      for (const factor of SPOUSE_LANGUAGE_FACTORS) {
        add(lines, t, 'spouse', factor, null, 0, P.SPOUSE_LANGUAGE);
      }
    }
    const sy = factors.spouseCanadianWorkYears;
    spouse += add(lines, t, 'spouse', 'spouse_canadian_work', sy, t.spouseCanadianWork[count(sy, t.yearsMax)]!, P.SPOUSE_CANADIAN_WORK);
  }

  // C. Skill transferability (rules.md §1.4): each combination, then the group caps and the block cap.
  // A combination's input reads `row/column`: education or foreign years / weakest CLB or Canadian years.
  const T = 'transferability';
  const min = weakest(first);
  const fy = count(factors.foreignWorkYears, t.yearsMax);
  const e = factors.education;
  const f = factors.foreignWorkYears;
  const c = factors.canadianWorkYears;
  let education =
    add(lines, t, T, 'transferability.education_language', `${e}/${min}`, t.educationLanguage[edu * LEVELS + min]!, P.EDUCATION_LANGUAGE) +
    add(lines, t, T, 'transferability.education_canadian_work', `${e}/${c}`, t.educationCanadianWork[edu * Y + cy]!, P.EDUCATION_CANADIAN_WORK);
  if (education > t.educationCap) {
    education += add(lines, t, T, 'transferability.education_cap', education, t.educationCap - education, P.EDUCATION_CAP);
  }
  let foreign =
    add(lines, t, T, 'transferability.foreign_work_language', `${f}/${min}`, t.foreignWorkLanguage[fy * LEVELS + min]!, P.FOREIGN_WORK_LANGUAGE) +
    add(lines, t, T, 'transferability.foreign_work_canadian_work', `${f}/${c}`, t.foreignWorkCanadianWork[fy * Y + cy]!, P.FOREIGN_WORK_CANADIAN_WORK);
  if (foreign > t.foreignWorkCap) {
    foreign += add(lines, t, T, 'transferability.foreign_work_cap', foreign, t.foreignWorkCap - foreign, P.FOREIGN_WORK_CAP);
  }
  const coq = factors.certificateOfQualification;
  const certificate = coq ? t.certificateLanguage[min]! : 0;
  let transferability = education + foreign + add(lines, t, T, 'transferability.certificate_language', `${coq}/${min}`, certificate, P.CERTIFICATE_LANGUAGE);
  if (transferability > t.transferabilityCap) {
    transferability += add(lines, t, T, 'transferability.cap', transferability, t.transferabilityCap - transferability, P.TRANSFERABILITY_CAP);
  }

  // D. Additional (rules.md §1.5)
  const isFrench = first.language === 'french';
  const frenchMin = isFrench ? min : secondMin;
  const englishMin = isFrench ? secondMin : min;
  let additional = add(lines, t, 'additional', 'provincial_nomination', factors.provincialNomination, factors.provincialNomination ? t.nomination : 0, P.PROVINCIAL_NOMINATION);
  additional += add(lines, t, 'additional', 'arranged_employment', factors.arrangedEmployment, t.arranged[ARRANGED_INDEX[factors.arrangedEmployment]]!, P.ARRANGED_EMPLOYMENT);
  additional += add(
    lines,
    t,
    'additional',
    'canadian_education',
    factors.canadianEducation,
    t.canadianEducation[CANADIAN_EDUCATION_INDEX[factors.canadianEducation]]!,
    P.CANADIAN_EDUCATION,
  );
  additional += add(lines, t, 'additional', 'sibling', factors.siblingInCanada, factors.siblingInCanada ? t.sibling : 0, P.SIBLING);
  additional += add(
    lines,
    t,
    'additional',
    'french_bonus',
    `${frenchMin < 0 ? 'none' : frenchMin}/${englishMin < 0 ? 'none' : englishMin}`,
    frenchPoints(t, frenchMin, englishMin),
    P.FRENCH,
  );
  if (additional > t.additionalCap) additional += add(lines, t, 'additional', 'additional_cap', additional, t.additionalCap - additional, P.ADDITIONAL_CAP);

  return { total: core + spouse + transferability + additional, core, spouse, transferability, additional, lines };
}
