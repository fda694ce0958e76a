// Express Entry program eligibility: FSW (with its 67-point grid), CEC and FST, and proof of funds.
// rules.md §3 (FSW), §4 (CEC), §5 (FST), §6 (funds), §2.7 (language minimums), §7.1 (minimum entry criteria).
// Reasons are codes with parameters: warnings say what is missing, infos what was satisfied. A program is eligible
// when it has no warning reason.
import { deriveProfile, type ProfileFacts } from './derive.ts';
import { hasCanadianStudyYears } from './education.ts';
import { valueAt } from './rules/parameter.ts';
import {
  CEC_EXPERIENCE_WINDOW,
  CEC_MIN_EXPERIENCE_HOURS,
  CEC_MIN_LANGUAGE,
  FSW_EXPERIENCE_WINDOW,
  FSW_GRID_ADAPTABILITY,
  FSW_GRID_AGE,
  FSW_GRID_ARRANGED_EMPLOYMENT,
  FSW_GRID_EDUCATION,
  FSW_GRID_EXPERIENCE,
  FSW_GRID_FIRST_LANGUAGE,
  FSW_GRID_SECOND_LANGUAGE,
  FSW_MIN_EXPERIENCE_HOURS,
  FSW_MIN_LANGUAGE,
  FSW_PASS_MARK,
  FST_EXPERIENCE_WINDOW,
  FST_JOB_OFFER,
  FST_MIN_EXPERIENCE_HOURS,
  FST_MIN_LANGUAGE,
  SETTLEMENT_FUNDS,
  type Band,
} from './rules/programs.ts';
import {
  displayHours,
  fullYears,
  hoursByNoc,
  isFstTrade,
  longestContinuousRun,
  nocTeer,
  qualifyingHours,
  reaches,
  ruleAt,
  selectWork,
  windowBefore,
  windowUntil,
  HOURS_PER_YEAR,
} from './work.ts';
import { ABILITIES, PROGRAMS } from './vocabulary.ts';
import type { Ability, AbilityLevels, Finding, IsoDate, Profile, Program } from './vocabulary.ts';

export interface FswGrid {
  language: number;
  education: number;
  experience: number;
  age: number;
  arrangedEmployment: number;
  adaptability: number;
  total: number;
  passMark: number;
}

export interface ProgramResult {
  program: Program;
  eligible: boolean;
  /** Warnings: what is missing (any warning makes the program not eligible). Infos: what was satisfied. */
  reasons: Finding[];
  fswGrid?: FswGrid;
}

export interface EligibilityResult {
  /** Eligible for at least one program and not bound for Québec (rules.md §7.1). */
  expressEntryEligible: boolean;
  programs: Record<Program, ProgramResult>;
  /** What was noticed on the profile itself (expired tests, ECAs, ignored work…), from deriving its facts. */
  findings: Finding[];
}

const warn = (code: string, params?: Finding['params']): Finding => (params ? { code, severity: 'warning', params } : { code, severity: 'warning' });
const info = (code: string, params?: Finding['params']): Finding => (params ? { code, severity: 'info', params } : { code, severity: 'info' });

function bandPoints(bands: readonly Band[], value: number): number {
  let points = 0;
  for (const b of bands) if (value >= b.from) points = b.points;
  return points;
}

const allAtLeast = (levels: AbilityLevels, minimum: number) => ABILITIES.every((a) => levels[a] >= minimum);

/** Reasons for abilities below the minimum(s). */
function languageShortfalls(code: string, levels: AbilityLevels, minimum: number | Readonly<Record<Ability, number>>, extra: Finding['params'] = {}): Finding[] {
  const out: Finding[] = [];
  for (const ability of ABILITIES) {
    const required = typeof minimum === 'number' ? minimum : minimum[ability];
    if (levels[ability] < required) out.push(warn(code, { ability, level: levels[ability], required, ...extra }));
  }
  return out;
}

// ── Proof of funds (rules.md §6) ────────────────────────────────────────────────────────────────────────────────

/**
 * Family size for proof of funds: the applicant, a spouse or common-law partner and dependent children, even if
 * they do not accompany or are Canadian citizens or permanent residents (rules.md §6).
 */
export function familySize(profile: Profile): number {
  const partner = profile.maritalStatus === 'married' || profile.maritalStatus === 'common_law' ? 1 : 0;
  return 1 + partner + Math.max(0, Math.floor(profile.dependentChildren));
}

/** Settlement funds required for a family size on `asOf` (funds.settlement). */
export function requiredFunds(size: number, asOf: IsoDate): number {
  const table = ruleAt(SETTLEMENT_FUNDS, asOf);
  const n = Math.max(1, size);
  const listed = table.byFamilySize[Math.min(n, table.byFamilySize.length) - 1]!;
  return listed + Math.max(0, n - table.byFamilySize.length) * table.eachAdditional;
}

/**
 * Funds for FSW or FST: exempt when authorized to work in Canada with a valid job offer; otherwise the declared funds
 * must reach the table amount (`funds_insufficient` / `funds_met`). Before the oldest known table, `funds_table_estimated`.
 */
function fundsReasons(profile: Profile, asOf: IsoDate, validOffer: boolean): Finding[] {
  if (profile.authorizedToWorkInCanada && validOffer) return [info('funds_exempt_job_offer')];
  const size = familySize(profile);
  const required = requiredFunds(size, asOf);
  const declared = profile.settlementFundsCad;
  const out = [declared >= required ? info('funds_met', { required, declared, familySize: size }) : warn('funds_insufficient', { required, declared, familySize: size })];
  // Before the oldest known table, that table stands in for the unknown one (funds.settlement, first value).
  if (valueAt(SETTLEMENT_FUNDS, asOf) === SETTLEMENT_FUNDS.values[0]) out.push(info('funds_table_estimated', { required }));
  return out;
}

// ── FSW (rules.md §3) ───────────────────────────────────────────────────────────────────────────────────────────

/** Hours of the spouse's paid, authorized work in Canada at any time, any occupation (FSW adaptability). */
function spouseCanadianWorkHours(facts: ProfileFacts, asOf: IsoDate): number {
  const entries = (facts.spouse?.workHistory ?? []).filter((e) => e.country === 'CA' && e.paid && e.authorizedInCanada !== false && e.start <= asOf);
  return qualifyingHours(entries, windowUntil(asOf));
}

/** The FSW 67-point selection grid (rules.md §3.2). */
export function fswGrid(profile: Profile, facts: ProfileFacts, asOf: IsoDate): FswGrid {
  // Factor 1 — language: per ability of the first official language, plus 4 for the second at CLB 5+ in all four.
  let language = 0;
  if (facts.firstLanguage) {
    const bands = ruleAt(FSW_GRID_FIRST_LANGUAGE, asOf);
    for (const a of ABILITIES) language += bandPoints(bands, facts.firstLanguage.levels[a]);
  }
  const second = ruleAt(FSW_GRID_SECOND_LANGUAGE, asOf);
  if (facts.secondLanguage && allAtLeast(facts.secondLanguage.levels, second.minimum)) language += second.points;

  // Factor 2 — education (Canadian, or foreign with a valid ECA).
  const education = ruleAt(FSW_GRID_EDUCATION, asOf)[facts.education.level];

  // Factor 3 — experience: full years of skilled work (Canada or abroad) in the last 10 years.
  const fswWork = selectWork(profile.workHistory, 'fsw', asOf).counted;
  const years = fullYears(qualifyingHours(fswWork, windowBefore(asOf, ruleAt(FSW_EXPERIENCE_WINDOW, asOf))));
  const experience = bandPoints(ruleAt(FSW_GRID_EXPERIENCE, asOf), years);

  // Factor 4 — age on asOf.
  const age = bandPoints(ruleAt(FSW_GRID_AGE, asOf), facts.age);

  // Factor 5 — arranged employment.
  const arrangedEmployment = facts.jobOffer.qualifying ? ruleAt(FSW_GRID_ARRANGED_EMPLOYMENT, asOf) : 0;

  // Factor 6 — adaptability, capped. Spouse elements only for an accompanying spouse (not a citizen/PR).
  const ad = ruleAt(FSW_GRID_ADAPTABILITY, asOf);
  let adaptability = 0;
  if (facts.withSpouse && facts.spouseLanguage && allAtLeast(facts.spouseLanguage.levels, ad.spouseLanguageMinimum)) adaptability += ad.spouseLanguage;
  if (hasCanadianStudyYears(facts.education.counted, ad.studyMonths)) adaptability += ad.studyInCanada;
  if (facts.withSpouse && facts.spouseEducation && hasCanadianStudyYears(facts.spouseEducation.counted, ad.studyMonths)) adaptability += ad.spouseStudyInCanada;
  const canadianSkilled = fswWork.filter((e) => e.country === 'CA');
  if (reaches(qualifyingHours(canadianSkilled, windowUntil(asOf)), HOURS_PER_YEAR)) adaptability += ad.workInCanada;
  if (facts.withSpouse && reaches(spouseCanadianWorkHours(facts, asOf), HOURS_PER_YEAR)) adaptability += ad.spouseWorkInCanada;
  if (facts.jobOffer.qualifying) adaptability += ad.arrangedEmployment;
  if (profile.relativeInCanada ?? profile.siblingInCanada) adaptability += ad.relativeInCanada;
  adaptability = Math.min(adaptability, ad.cap);

  const total = language + education + experience + age + arrangedEmployment + adaptability;
  return { language, education, experience, age, arrangedEmployment, adaptability, total, passMark: ruleAt(FSW_PASS_MARK, asOf) };
}

function checkFsw(profile: Profile, facts: ProfileFacts, asOf: IsoDate): ProgramResult {
  const reasons: Finding[] = [];
  // Experience: one year continuous (1,560 h) in one skilled occupation in the last 10 years.
  const required = ruleAt(FSW_MIN_EXPERIENCE_HOURS, asOf);
  const window = windowBefore(asOf, ruleAt(FSW_EXPERIENCE_WINDOW, asOf));
  const run = longestContinuousRun(selectWork(profile.workHistory, 'fsw', asOf).counted, window);
  if (run && reaches(run.hours, required)) reasons.push(info('fsw_experience_met', { noc: run.noc, hours: displayHours(run.hours), from: run.from, to: run.to }));
  else reasons.push(warn('fsw_insufficient_continuous_experience', { hours: displayHours(run?.hours ?? 0), required }));

  // Language: CLB 7 in all four abilities of the first official language.
  const minimum = ruleAt(FSW_MIN_LANGUAGE, asOf);
  if (!facts.firstLanguage) reasons.push(warn('no_valid_language_test'));
  else {
    const short = languageShortfalls('fsw_language_below_clb7', facts.firstLanguage.levels, minimum);
    reasons.push(...(short.length ? short : [info('fsw_language_met', { required: minimum })]));
  }

  // Education: a Canadian credential, or a foreign one with a valid ECA.
  if (facts.education.counted.length === 0) reasons.push(warn('fsw_education_missing'));

  // Grid.
  const grid = fswGrid(profile, facts, asOf);
  reasons.push(
    grid.total >= grid.passMark
      ? info('fsw_grid_passed', { points: grid.total, required: grid.passMark })
      : warn('fsw_grid_below_pass_mark', { points: grid.total, required: grid.passMark }),
  );

  reasons.push(...fundsReasons(profile, asOf, facts.jobOffer.qualifying));
  return result('fsw', reasons, grid);
}

// ── CEC (rules.md §4) ───────────────────────────────────────────────────────────────────────────────────────────

function checkCec(profile: Profile, facts: ProfileFacts, asOf: IsoDate): ProgramResult {
  const reasons: Finding[] = [];
  const required = ruleAt(CEC_MIN_EXPERIENCE_HOURS, asOf);
  const window = windowBefore(asOf, ruleAt(CEC_EXPERIENCE_WINDOW, asOf));
  const counted = selectWork(profile.workHistory, 'cec', asOf).counted;
  const hours = qualifyingHours(counted, window);
  // TEER 2 or 3 work (before 2022-11-16 also the NOC B occupations now in TEER 4/5: all skilled work of TEER ≥ 2).
  const lowerHours = qualifyingHours(counted.filter((e) => (nocTeer(e.noc) ?? 0) >= 2), window);
  const upperHours = qualifyingHours(counted.filter((e) => (nocTeer(e.noc) ?? 0) < 2), window);
  if (reaches(hours, required)) reasons.push(info('cec_experience_met', { hours: displayHours(hours), required }));
  else reasons.push(warn('cec_insufficient_canadian_experience', { hours: displayHours(hours), required }));

  // Language: CLB 7 for TEER 0/1 work, 5 for TEER 2/3. CLB 5 suffices only when the TEER 2/3 work alone makes the
  // year, or when there is no TEER 0/1 work at all (cec.min_language_clb [UNSURE] for mixed work).
  const thresholds = ruleAt(CEC_MIN_LANGUAGE, asOf);
  const minimum = reaches(lowerHours, required) || upperHours === 0 ? thresholds.teer2or3 : thresholds.teer0or1;
  if (!facts.firstLanguage) reasons.push(warn('no_valid_language_test'));
  else {
    const short = languageShortfalls('cec_language_below_minimum', facts.firstLanguage.levels, minimum);
    reasons.push(...(short.length ? short : [info('cec_language_met', { required: minimum })]));
  }
  return result('cec', reasons);
}

// ── FST (rules.md §5) ───────────────────────────────────────────────────────────────────────────────────────────

/** Whether the profile's job offer qualifies for FST in trade `noc` (full time, ≥ 12 months, ≤ 2 employers, LMIA or exempt). */
function fstOfferIn(profile: Profile, noc: string | null, asOf: IsoDate): boolean {
  const offer = profile.jobOffer;
  if (!offer) return false;
  const rule = ruleAt(FST_JOB_OFFER, asOf);
  const tradeOk = noc === null ? isFstTrade(offer.noc, asOf) : offer.noc === noc;
  return tradeOk && offer.fullTime && offer.durationMonths >= rule.minDurationMonths && offer.lmia !== 'none' && (offer.employers ?? 1) <= rule.maxEmployers;
}

function fstCertificateIn(profile: Profile, noc: string | null, asOf: IsoDate): boolean {
  const coq = profile.certificateOfQualification;
  if (!coq || coq.issuedOn > asOf) return false;
  return noc === null ? isFstTrade(coq.noc, asOf) : coq.noc === noc;
}

function checkFst(profile: Profile, facts: ProfileFacts, asOf: IsoDate): ProgramResult {
  const reasons: Finding[] = [];
  const required = ruleAt(FST_MIN_EXPERIENCE_HOURS, asOf);
  const window = windowBefore(asOf, ruleAt(FST_EXPERIENCE_WINDOW, asOf));
  const byTrade = [...hoursByNoc(selectWork(profile.workHistory, 'fst', asOf).counted, window)].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const enough = byTrade.filter(([, h]) => reaches(h, required));
  // The experience, and the job offer or certificate, must be in the same trade (IRPR s. 87.2(3)).
  const backed = enough.find(([noc]) => fstOfferIn(profile, noc, asOf) || fstCertificateIn(profile, noc, asOf));
  const trade = backed ?? enough[0] ?? byTrade[0] ?? null;
  if (trade && reaches(trade[1], required)) reasons.push(info('fst_experience_met', { noc: trade[0], hours: displayHours(trade[1]), required }));
  else reasons.push(warn('fst_insufficient_trade_experience', { hours: displayHours(trade?.[1] ?? 0), required }));

  const tradeNoc = trade && reaches(trade[1], required) ? trade[0] : null;
  const offerOk = fstOfferIn(profile, tradeNoc, asOf);
  const certificateOk = fstCertificateIn(profile, tradeNoc, asOf);
  if (certificateOk) reasons.push(info('fst_certificate_met', { noc: profile.certificateOfQualification!.noc }));
  if (offerOk) reasons.push(info('fst_job_offer_met', { noc: profile.jobOffer!.noc }));
  if (!offerOk && !certificateOk) reasons.push(warn('fst_no_job_offer_or_certificate', tradeNoc ? { noc: tradeNoc } : undefined));

  const minimum = ruleAt(FST_MIN_LANGUAGE, asOf);
  if (!facts.firstLanguage) reasons.push(warn('no_valid_language_test'));
  else {
    const short = languageShortfalls('fst_language_below_minimum', facts.firstLanguage.levels, minimum);
    reasons.push(...(short.length ? short : [info('fst_language_met')]));
  }
  reasons.push(...fundsReasons(profile, asOf, fstOfferIn(profile, null, asOf)));
  return result('fst', reasons);
}

// ── All programs ────────────────────────────────────────────────────────────────────────────────────────────────

function result(program: Program, reasons: Finding[], fswGrid?: FswGrid): ProgramResult {
  const eligible = !reasons.some((r) => r.severity === 'warning');
  return fswGrid ? { program, eligible, reasons, fswGrid } : { program, eligible, reasons };
}

/**
 * Eligibility for FSW, CEC and FST on `asOf`. Intending to live in Québec makes every program ineligible
 * (`intends_quebec`: Québec selects its own skilled workers), the other reasons are still given.
 * Throws RuleDateError for an invalid or pre-2015 asOf. `facts`: deriveProfile(profile, asOf), when the caller has it
 * already (the synthetic pool derives once for eligibility and the CRS).
 */
export function checkEligibility(profile: Profile, asOf: IsoDate, facts: ProfileFacts = deriveProfile(profile, asOf)): EligibilityResult {
  const checks: Record<Program, (p: Profile, f: ProfileFacts, d: IsoDate) => ProgramResult> = { fsw: checkFsw, cec: checkCec, fst: checkFst };
  const quebec = profile.intendedProvince === 'QC';
  const programs = {} as Record<Program, ProgramResult>;
  for (const program of PROGRAMS) {
    const r = checks[program](profile, facts, asOf);
    programs[program] = quebec ? { ...r, eligible: false, reasons: [warn('intends_quebec'), ...r.reasons] } : r;
  }
  return {
    expressEntryEligible: !quebec && PROGRAMS.some((p) => programs[p].eligible),
    programs,
    findings: facts.findings,
  };
}
