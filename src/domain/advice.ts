// Honest what-if advice on a CRS score (issue #2 §3): each suggestion changes one thing in the derived CRS factors
// (or, for an ECA, in the profile), re-scores it with the rules in force on the SAME day, and is kept only when those
// rules reward it (points gained > 0). So the dates of the law decide by themselves: no job-offer advice from
// 2025-03-25 (rules.md §1.5, §9), no sibling advice before 2017-06-06, no Canadian-education advice before 2016-11-19,
// French bonus 15/30 then 25/50 (2020-10-27) inside the second-language advice.
// Warnings: a counted language test or ECA that expires within 60 days, points lost at the next birthday, and the
// expiry findings of the derivation (already expired results), passed through.
import { addDays, addYears, completedYears, daysBetween, toDayNumber, fromDayNumber } from './dates.ts';
import { scoreCrsFast } from './crs.ts';
import { deriveProfile } from './derive.ts';
import { combinedLevel, ecaValidUntil } from './education.ts';
import { canadianWorkYears, foreignWorkYears, selectWork, HOURS_PER_YEAR, MAX_WEEKLY_HOURS, type Who } from './work.ts';
import { ABILITIES, CANADIAN_EDUCATION_LEVELS, EDUCATION_LEVELS } from './vocabulary.ts';
import type {
  AbilityLevels,
  ArrangedEmployment,
  CanadianEducation,
  CredentialLevel,
  CrsFactors,
  EducationCredential,
  EducationLevel,
  Finding,
  IsoDate,
  LanguageTest,
  Profile,
  WorkEntry,
} from './vocabulary.ts';

export interface Advice {
  /** Advice code; the edges word it as `advice.<code>`. */
  code: string;
  /** Points the change would add today, under the rules in force on asOf (always > 0). */
  pointsGained: number;
  params: Record<string, string | number | boolean>;
  /** For what time alone brings (one more year of work): the day it is reached. */
  on?: IsoDate;
}

export interface AdviceResult {
  current: number;
  /** Ranked: points gained, highest first; ties by code, then in the order they are built. */
  suggestions: Advice[];
  warnings: Finding[];
}

/** A test or ECA whose last valid day is at most this many days after asOf is flagged (issue #2 §3). */
export const EXPIRY_WARNING_DAYS = 60;
/** How far ahead the next year of ongoing work is looked for. */
export const WORK_PROJECTION_YEARS = 5;

/** Expiry findings of the derivation (results and ECAs already expired on asOf) passed through as warnings. */
const PASSED_THROUGH = new Set(['language_test_expired', 'spouse_language_test_expired', 'eca_expired']);

/** Language jumps offered for the first official language: all four abilities to this level (rules.md §1.4: 9 = top tier). */
const FIRST_LANGUAGE_JUMPS = [9, 10];
/** Levels assumed for a second-language test: NCLC 7 is the French-bonus threshold (rules.md §1.5). */
const SECOND_LANGUAGE_LEVEL = 7;
/** Spouse targets: CLB 7 (3 points per ability) and CLB 9 (the top, 5 per ability) (rules.md §1.3). */
const SPOUSE_LANGUAGE_LEVELS = [7, 9];
/** Highest CLB/NCLC that scores differently (10 or more score as 10). */
const TOP_LEVEL = 10;

const rank = (level: EducationLevel) => EDUCATION_LEVELS.indexOf(level);

/** Every level of `levels` raised to at least `floor`. */
function atLeast(levels: AbilityLevels, floor: number): AbilityLevels {
  return {
    speaking: Math.max(levels.speaking, floor),
    listening: Math.max(levels.listening, floor),
    reading: Math.max(levels.reading, floor),
    writing: Math.max(levels.writing, floor),
  };
}

const someBelow = (levels: AbilityLevels, floor: number) => ABILITIES.some((a) => levels[a] < floor);

/** The lowest credential level a Canadian-education category stands for (rules.md §1.5), used to update the education level. */
const CANADIAN_EDUCATION_CREDENTIAL: Readonly<Record<Exclude<CanadianEducation, 'none'>, CredentialLevel>> = {
  one_or_two_year: 'one_year',
  three_year_plus: 'bachelors_or_three_year',
};

/** The day someone born on `birthDate` turns `age` (a 29 February birthday turns on 1 March in common years, see completedYears). */
export function birthdayOn(birthDate: IsoDate, age: number): IsoDate {
  const day = addYears(birthDate, age);
  return completedYears(birthDate, day) < age ? addDays(day, 1) : day;
}

const isOngoing = (e: WorkEntry, asOf: IsoDate) => e.start <= asOf && (e.end === null || e.end > asOf);

/**
 * The first day after `asOf` on which `years(day)` exceeds `current`, within `maxDays`; null if not reached.
 * Hours counted grow by at most 30 h/week (30/7 h a day, rules.md §4.2), so a day needing `missing` more hours
 * cannot come sooner than missing / (30/7) days later: the search jumps by that bound and never skips the answer.
 */
export function nextWorkYearOn(
  count: (day: IsoDate) => { years: number; hours: number },
  asOf: IsoDate,
  current: number,
  maxDays: number,
): IsoDate | null {
  const target = (current + 1) * HOURS_PER_YEAR;
  const start = toDayNumber(asOf);
  let day = start + 1;
  while (day - start <= maxDays) {
    const c = count(fromDayNumber(day));
    if (c.years > current) return fromDayNumber(day);
    const missing = target - c.hours;
    day += Math.max(1, Math.floor((missing * 7) / MAX_WEEKLY_HOURS));
  }
  return null;
}

/** Ranked what-if suggestions and warnings for a profile on `asOf` (see the file comment). */
export function adviseCrs(profile: Profile, asOf: IsoDate): AdviceResult {
  const facts = deriveProfile(profile, asOf);
  const base = facts.factors;
  const current = scoreCrsFast(base, asOf).total;
  const gain = (changed: Partial<CrsFactors>) => scoreCrsFast({ ...base, ...changed }, asOf).total - current;

  const suggestions: Advice[] = [];
  const offer = (code: string, pointsGained: number, params: Advice['params'] = {}, on?: IsoDate) => {
    if (pointsGained > 0) suggestions.push(on === undefined ? { code, pointsGained, params } : { code, pointsGained, params, on });
  };

  // ── First official language (rules.md §1.2.3, §1.4): one ability up to the next level that earns points … ──
  const first = base.firstLanguage;
  const language = first.language;
  const single = new Map<string, number>();
  if (facts.firstLanguage !== null) {
    for (const ability of ABILITIES) {
      const from = first[ability];
      for (let to = from + 1; to <= TOP_LEVEL; to++) {
        const g = gain({ firstLanguage: { ...first, [ability]: to } });
        if (g > 0) {
          offer('first_language_ability', g, { language, ability, from, to });
          single.set(ability, to);
          break;
        }
      }
    }
  }
  // … and all four abilities to CLB/NCLC 9, then 10 (skipped when it is the same as a one-ability suggestion).
  for (const level of FIRST_LANGUAGE_JUMPS) {
    if (!someBelow(first, level)) continue;
    const below = ABILITIES.filter((a) => first[a] < level);
    if (below.length === 1 && single.get(below[0]!) === level) continue;
    offer('first_language_all', gain({ firstLanguage: { language, ...atLeast(first, level) } }), { language, level });
  }

  // ── Second official language (rules.md §1.2.4), assumed CLB/NCLC 7 in all four; French bonus included (§1.5) ──
  const other = language === 'english' ? 'french' : 'english';
  const second = base.secondLanguage;
  if (second === null || someBelow(second, SECOND_LANGUAGE_LEVEL)) {
    const levels = atLeast(second ?? { speaking: 0, listening: 0, reading: 0, writing: 0 }, SECOND_LANGUAGE_LEVEL);
    offer('second_language', gain({ secondLanguage: levels }), { language: other, level: SECOND_LANGUAGE_LEVEL });
  }

  // ── One more year of ongoing work (rules.md §1.2.5, §1.4 C2–C4, §4.2) ──
  const projected = (day: IsoDate) => scoreCrsFast(deriveProfile(profile, day).factors, day).total;
  const horizon = daysBetween(asOf, addYears(asOf, WORK_PROJECTION_YEARS));
  if (selectWork(profile.workHistory, 'crs_canadian', asOf).counted.some((e) => isOngoing(e, asOf))) {
    const g = gain({ canadianWorkYears: base.canadianWorkYears + 1 });
    const on = g > 0 ? nextWorkYearOn((d) => canadianWorkYears(profile.workHistory, d), asOf, base.canadianWorkYears, horizon) : null;
    if (on) offer('canadian_work_year', g, { years: base.canadianWorkYears + 1, scoreOn: projected(on) }, on);
  }
  if (selectWork(profile.workHistory, 'crs_foreign', asOf).counted.some((e) => isOngoing(e, asOf))) {
    const g = gain({ foreignWorkYears: base.foreignWorkYears + 1 });
    const on = g > 0 ? nextWorkYearOn((d) => foreignWorkYears(profile.workHistory, d), asOf, base.foreignWorkYears, horizon) : null;
    if (on) offer('foreign_work_year', g, { years: base.foreignWorkYears + 1, scoreOn: projected(on) }, on);
  }

  // ── Spouse's language (rules.md §1.3): only scored with an accompanying spouse who is not a citizen/PR ──
  if (facts.withSpouse) {
    const spouseLanguage = base.spouseLanguage ?? { speaking: 0, listening: 0, reading: 0, writing: 0 };
    for (const level of SPOUSE_LANGUAGE_LEVELS) {
      if (someBelow(spouseLanguage, level)) offer('spouse_language', gain({ spouseLanguage: atLeast(spouseLanguage, level) }), { level });
    }
  }

  // ── Canadian post-secondary education (rules.md §1.5): advised only when its own additional points are in force
  // (from 2016-11-19). The gain also counts what the new credential adds to the education level (§1.2.2), taken at
  // the lowest level of its category (conservative). ──
  const counted = facts.education.counted.map((c) => c.level);
  for (const level of ['one_or_two_year', 'three_year_plus'] as const) {
    if (CANADIAN_EDUCATION_LEVELS.indexOf(level) <= CANADIAN_EDUCATION_LEVELS.indexOf(base.canadianEducation)) continue;
    if (gain({ canadianEducation: level }) <= 0) continue;
    const withIt = combinedLevel([...counted, CANADIAN_EDUCATION_CREDENTIAL[level]]);
    const education = rank(withIt) > rank(base.education) ? withIt : base.education;
    offer('canadian_education', gain({ canadianEducation: level, education }), { level });
  }

  // ── A higher level of education (rules.md §1.2.2, §1.4 C1–C2): the next level, and a master's ──
  const targets = new Set<EducationLevel>();
  const next = EDUCATION_LEVELS[rank(base.education) + 1];
  if (next) targets.add(next);
  if (rank(base.education) < rank('masters_or_professional')) targets.add('masters_or_professional');
  for (const to of targets) offer('education', gain({ education: to }), { from: base.education, to });

  // ── A foreign credential without a valid ECA (rules.md §1.2.2): what an ECA issued today would add ──
  const assessed = new Set<CredentialLevel>();
  profile.education.forEach((c, i) => {
    if (c.canadian || c.completedOn > asOf || facts.education.counted.includes(c) || assessed.has(c.level)) return;
    assessed.add(c.level);
    const education: EducationCredential[] = profile.education.map((x, j) => (j === i ? { ...x, ecaDate: asOf } : x));
    const withEca = scoreCrsFast(deriveProfile({ ...profile, education }, asOf).factors, asOf).total;
    offer('education_eca', withEca - current, { level: c.level });
  });

  // ── Additional points (rules.md §1.5): nomination, job offer (none from 2025-03-25), sibling (from 2017-06-06) ──
  if (!base.provincialNomination) offer('provincial_nomination', gain({ provincialNomination: true }));
  const offers: ArrangedEmployment[] = base.arrangedEmployment === 'none' ? ['teer_0_1_2_3', 'major_group_00'] : base.arrangedEmployment === 'teer_0_1_2_3' ? ['major_group_00'] : [];
  let bestOffer = 0;
  for (const kind of offers) {
    const g = gain({ arrangedEmployment: kind });
    // A major-group-00 offer is advised only when it adds more than any TEER 0–3 offer (before 2016-11-19 both gave 600).
    if (g > bestOffer) offer('job_offer', g, { kind });
    bestOffer = Math.max(bestOffer, g);
  }
  if (!base.siblingInCanada) offer('sibling_in_canada', gain({ siblingInCanada: true }));

  suggestions.sort((a, b) => b.pointsGained - a.pointsGained || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  return { current, suggestions, warnings: warnings(profile, asOf, facts, base, current) };
}

function warnings(profile: Profile, asOf: IsoDate, facts: ReturnType<typeof deriveProfile>, base: CrsFactors, current: number): Finding[] {
  const out: Finding[] = facts.findings.filter((f) => PASSED_THROUGH.has(f.code));
  const soon: { daysLeft: number; finding: Finding }[] = [];
  const check = (validUntil: IsoDate, finding: (daysLeft: number) => Finding) => {
    const daysLeft = daysBetween(asOf, validUntil);
    if (daysLeft >= 0 && daysLeft <= EXPIRY_WARNING_DAYS) soon.push({ daysLeft, finding: finding(daysLeft) });
  };
  const test = (standing: { test: LanguageTest; validUntil: IsoDate } | null, who: Who) => {
    if (standing) check(standing.validUntil, (daysLeft) => ({ code: 'test_expires_soon', severity: 'warning', params: { test: standing.test, validUntil: standing.validUntil, daysLeft, who } }));
  };
  const eca = (credentials: readonly EducationCredential[], who: Who) => {
    for (const c of credentials) {
      if (c.canadian || !c.ecaDate) continue;
      const validUntil = ecaValidUntil(c.ecaDate, asOf);
      check(validUntil, (daysLeft) => ({ code: 'eca_expires_soon', severity: 'warning', params: { level: c.level, validUntil, daysLeft, who } }));
    }
  };
  // The results that count: the best test per language (rules.md §2) and the ECAs of counted credentials (§1.2.2).
  test(facts.firstLanguage, 'principal');
  test(facts.secondLanguage, 'principal');
  eca(facts.education.counted, 'principal');
  if (facts.withSpouse) {
    test(facts.spouseLanguage, 'spouse');
    if (facts.spouseEducation) eca(facts.spouseEducation.counted, 'spouse');
  }
  soon.sort((a, b) => a.daysLeft - b.daysLeft);
  out.push(...soon.map((s) => s.finding));

  // Age (rules.md §1.2.1): points lost at the next birthday (always within 12 months), under today's rules.
  const nextAge = base.age + 1;
  const lost = current - scoreCrsFast({ ...base, age: nextAge }, asOf).total;
  if (lost > 0) {
    out.push({ code: 'age_points_drop', severity: 'warning', params: { on: birthdayOn(profile.birthDate, nextAge), age: nextAge, pointsLost: lost } });
  }
  return out;
}
