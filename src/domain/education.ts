// Education: which credentials count, the CRS education level they make, ECA validity and Canadian-education points.
// rules.md §1.2.2 (levels, ECA), §1.5 (Canadian post-secondary education), §3.2 factor 6 (FSW study in Canada).
import { addDays, addMonths, addYears, completedYears } from './dates.ts';
import { ECA_VALIDITY } from './rules/programs.ts';
import { EDUCATION_LEVELS } from './vocabulary.ts';
import type { CanadianEducation, CredentialLevel, EducationCredential, EducationLevel, Finding, IsoDate } from './vocabulary.ts';
import { ruleAt, type Who } from './work.ts';

const POST_SECONDARY: readonly CredentialLevel[] = ['one_year', 'two_year', 'bachelors_or_three_year', 'masters_or_professional', 'doctoral'];
/** Credentials that come from a program of three years or more (rules.md §1.2.2 "two or more credentials"). */
const THREE_YEAR_PLUS: readonly CredentialLevel[] = ['bachelors_or_three_year', 'masters_or_professional', 'doctoral'];

const rank = (level: EducationLevel) => EDUCATION_LEVELS.indexOf(level);

// ── ECA validity ────────────────────────────────────────────────────────────────────────────────────────────────

/**
 * Last day an ECA counts. It must be "less than 5 years old" (rules.md §1.2.2, §7.1): on the 5th anniversary of its
 * issue date it is 5 years old and no longer counts. A 29 February ECA turns 5 on 1 March in a common year (as ages
 * do, see completedYears), so its last valid day is 28 February. The validity in force on `asOf` applies.
 */
export function ecaValidUntil(ecaDate: IsoDate, asOf: IsoDate): IsoDate {
  const years = ruleAt(ECA_VALIDITY, asOf);
  let anniversary = addYears(ecaDate, years);
  if (completedYears(ecaDate, anniversary) < years) anniversary = addDays(anniversary, 1);
  return addDays(anniversary, -1);
}

/** Whether an ECA issued on `ecaDate` counts on `asOf` (issued by then, and less than 5 years old). */
export function isEcaValidOn(ecaDate: IsoDate, asOf: IsoDate): boolean {
  return ecaDate <= asOf && asOf <= ecaValidUntil(ecaDate, asOf);
}

// ── Level of education ──────────────────────────────────────────────────────────────────────────────────────────

/**
 * The CRS education level made by a set of counted credentials: the highest single level, or "two or more
 * post-secondary credentials, at least one from a program of 3 years or more" when that ranks higher (rules.md §1.2.2, §1.8.5).
 */
export function combinedLevel(levels: readonly CredentialLevel[]): EducationLevel {
  let best: EducationLevel = 'none';
  for (const level of levels) if (rank(level) > rank(best)) best = level;
  const postSecondary = levels.filter((l) => POST_SECONDARY.includes(l));
  if (postSecondary.length >= 2 && postSecondary.some((l) => THREE_YEAR_PLUS.includes(l)) && rank('two_or_more_one_3yr') > rank(best)) {
    best = 'two_or_more_one_3yr';
  }
  return best;
}

export interface EducationStanding {
  level: EducationLevel;
  /** Credentials that count on asOf. */
  counted: EducationCredential[];
  findings: Finding[];
}

/**
 * Which credentials count on `asOf` and the level they make. A credential counts once completed (completedOn ≤ asOf)
 * and if Canadian, or foreign with an ECA issued by asOf and less than 5 years old. Findings: `education_not_completed`
 * (info), `eca_missing`, `eca_expired` (warnings), each with the credential's level and `who`.
 */
export function educationStanding(credentials: readonly EducationCredential[], asOf: IsoDate, who: Who = 'principal'): EducationStanding {
  const counted: EducationCredential[] = [];
  const findings: Finding[] = [];
  for (const c of credentials) {
    if (c.completedOn > asOf) {
      findings.push({ code: 'education_not_completed', severity: 'info', params: { level: c.level, completedOn: c.completedOn, who } });
      continue;
    }
    if (!c.canadian) {
      const eca = c.ecaDate ?? null;
      if (eca === null || eca > asOf) {
        findings.push({ code: 'eca_missing', severity: 'warning', params: { level: c.level, who } });
        continue;
      }
      if (!isEcaValidOn(eca, asOf)) {
        findings.push({ code: 'eca_expired', severity: 'warning', params: { level: c.level, ecaDate: eca, validUntil: ecaValidUntil(eca, asOf), who } });
        continue;
      }
    }
    counted.push(c);
  }
  return { level: combinedLevel(counted.map((c) => c.level)), counted, findings };
}

// ── Canadian post-secondary education (CRS additional points, rules.md §1.5) ───────────────────────────────────

/** Minimum months enrolled full time, and physically present in Canada, for Canadian-education points (rules.md §1.5). */
export const CANADIAN_STUDY_MIN_MONTHS = 8;
/** Programs completed in whole or in part in this period are exempt from the presence condition (COVID, rules.md §1.5). */
export const COVID_STUDY_PERIOD = { from: '2020-03-01', to: '2022-08-31' } as const;

/** The Canadian-education category a credential level would give, before conditions. */
export function canadianEducationCategory(level: CredentialLevel): CanadianEducation {
  if (level === 'one_year' || level === 'two_year') return 'one_or_two_year';
  if (THREE_YEAR_PLUS.includes(level)) return 'three_year_plus';
  return 'none';
}

const CANADIAN_EDUCATION_RANK: Readonly<Record<CanadianEducation, number>> = { none: 0, one_or_two_year: 1, three_year_plus: 2 };

/** Why a Canadian credential does not earn Canadian-education points, or null when it does. */
function canadianStudyProblem(c: EducationCredential): Finding['code'] | null {
  const study = c.canadianStudy;
  if (!study) return null;
  if (study.languageStudyOverHalf) return 'canadian_education_mostly_language_study';
  if (study.returnConditionAward) return 'canadian_education_return_award';
  if (study.fullTimeMonths < CANADIAN_STUDY_MIN_MONTHS) return 'canadian_education_too_short';
  // COVID exception: the program overlaps March 2020 – August 2022 (start estimated from the months enrolled).
  const started = addMonths(c.completedOn, -Math.max(study.fullTimeMonths, 0));
  const covid = c.completedOn >= COVID_STUDY_PERIOD.from && started <= COVID_STUDY_PERIOD.to;
  if (study.monthsInCanada < CANADIAN_STUDY_MIN_MONTHS && !covid) return 'canadian_education_not_in_canada';
  return null;
}

/**
 * Canadian-education category from the counted credentials (rules.md §1.5): the best Canadian post-secondary
 * credential that meets the conditions (8 months full time, 8 months in Canada except COVID-period programs, language
 * study not over half, no return-home award). When the study details are absent, the conditions are assumed met
 * (info `canadian_education_conditions_assumed`). Credentials that would have given more but fail a condition give a
 * warning naming the condition.
 */
export function canadianEducation(counted: readonly EducationCredential[]): { level: CanadianEducation; findings: Finding[] } {
  const candidates = counted
    .filter((c) => c.canadian && canadianEducationCategory(c.level) !== 'none')
    .sort((a, b) => CANADIAN_EDUCATION_RANK[canadianEducationCategory(b.level)] - CANADIAN_EDUCATION_RANK[canadianEducationCategory(a.level)]);
  let level: CanadianEducation = 'none';
  let assumed: EducationCredential | null = null;
  const failed: { c: EducationCredential; code: string }[] = [];
  for (const c of candidates) {
    const problem = canadianStudyProblem(c);
    if (problem) {
      failed.push({ c, code: problem });
      continue;
    }
    level = canadianEducationCategory(c.level);
    if (!c.canadianStudy) assumed = c;
    break;
  }
  const findings: Finding[] = [];
  for (const { c, code } of failed) {
    if (CANADIAN_EDUCATION_RANK[canadianEducationCategory(c.level)] <= CANADIAN_EDUCATION_RANK[level]) continue;
    const study = c.canadianStudy!;
    findings.push({
      code,
      severity: 'warning',
      params: { level: c.level, fullTimeMonths: study.fullTimeMonths, monthsInCanada: study.monthsInCanada, required: CANADIAN_STUDY_MIN_MONTHS },
    });
  }
  if (assumed) findings.push({ code: 'canadian_education_conditions_assumed', severity: 'info', params: { level: assumed.level } });
  return { level, findings };
}

/**
 * FSW adaptability: at least two academic years of full-time study in Canada (rules.md §3.2 factor 6), read as
 * `months` months enrolled full time in a Canadian credential; without study details, a Canadian two-year or
 * three-year credential (a program of at least two years) is taken to meet it.
 */
export function hasCanadianStudyYears(counted: readonly EducationCredential[], months: number): boolean {
  return counted.some((c) => {
    if (!c.canadian) return false;
    if (c.canadianStudy) return c.canadianStudy.fullTimeMonths >= months;
    return c.level === 'two_year' || c.level === 'bachelors_or_three_year';
  });
}
