// From a full Express Entry profile to the CRS factors, with findings for everything ignored, expired or capped.
// rules.md §1 (what CRS scores), §1.2.5/§4.2 (work), §1.2.2/§1.5 (education), §2 (language), §3.2 factor 5 and §9 (job offer).
import { completedYears } from './dates.ts';
import { canadianEducation, educationStanding, type EducationStanding } from './education.ts';
import { bestLanguageResults, type LanguageStanding } from './language.ts';
import { assertRuleDate } from './rules/parameter.ts';
import { JOB_OFFER } from './rules/programs.ts';
import { canadianWorkYears, foreignWorkYears, isSkilledNoc, ruleAt, type WorkYears } from './work.ts';
import type { AbilityLevels, ArrangedEmployment, CrsFactors, Finding, IsoDate, JobOffer, Profile, Spouse } from './vocabulary.ts';

export interface Derivation {
  factors: CrsFactors;
  findings: Finding[];
}

// ── Job offer (rules.md §3.2 factor 5, §1.5, §9) ────────────────────────────────────────────────────────────────

export interface JobOfferCheck {
  /** A qualifying offer of arranged employment (FSW factor 5 and adaptability, funds exemption with work authorization). */
  qualifying: boolean;
  /** What CRS arranged-employment points it supports (the points themselves are crs.additional.arranged_employment). */
  arrangedEmployment: ArrangedEmployment;
  findings: Finding[];
}

/**
 * Checks a job offer on `asOf` (fsw.job_offer, fsw.skilled_occupations): skilled occupation (TEER 0–3), full time,
 * non-seasonal, at least 12 months, LMIA-supported or LMIA-exempt. For CRS, an LMIA-exempt offer counts only from
 * 2016-11-19; the class is `major_group_00` for NOC major group 00 (senior management), else `teer_0_1_2_3`.
 * Not modelled (no profile field): the LMIA-exempt case's "one year with that employer", and the employer's eligibility.
 */
export function checkJobOffer(offer: JobOffer | null, asOf: IsoDate): JobOfferCheck {
  if (!offer) return { qualifying: false, arrangedEmployment: 'none', findings: [] };
  const rule = ruleAt(JOB_OFFER, asOf);
  const findings: Finding[] = [];
  const noc = offer.noc;
  const fail = (code: string, params: Record<string, string | number> = {}) =>
    findings.push({ code, severity: 'warning', params: { noc, ...params } });
  if (!isSkilledNoc(noc, asOf)) fail('job_offer_not_skilled');
  if (!offer.fullTime) fail('job_offer_not_full_time');
  if (!offer.nonSeasonal) fail('job_offer_seasonal');
  if (offer.durationMonths < rule.minDurationMonths) fail('job_offer_too_short', { months: offer.durationMonths, required: rule.minDurationMonths });
  if (offer.lmia === 'none') fail('job_offer_no_lmia');
  const qualifying = findings.length === 0;
  let arrangedEmployment: ArrangedEmployment = 'none';
  if (qualifying) {
    if (offer.lmia === 'exempt' && !rule.lmiaExemptCountsForCrs) {
      findings.push({ code: 'job_offer_lmia_exempt_not_counted_for_crs', severity: 'warning', params: { noc } });
    } else {
      arrangedEmployment = noc.startsWith('00') ? 'major_group_00' : 'teer_0_1_2_3';
    }
    if (rule.indeterminateRequired) findings.push({ code: 'job_offer_indeterminate_required', severity: 'info', params: { noc } });
  }
  return { qualifying, arrangedEmployment, findings };
}

// ── Profile facts ───────────────────────────────────────────────────────────────────────────────────────────────

/** Everything derived from a profile on a day: the CRS factors and the richer facts eligibility needs. */
export interface ProfileFacts extends Derivation {
  age: number;
  /** Married or common-law (the spouse counts in the family size even if not accompanying). */
  hasPartner: boolean;
  /** The spouse's details when there is a partner and they were given. */
  spouse: Spouse | null;
  /** CRS "with spouse" mode: partner not a Canadian citizen/PR and accompanying (rules.md §1.1). */
  withSpouse: boolean;
  firstLanguage: LanguageStanding | null;
  secondLanguage: LanguageStanding | null;
  spouseLanguage: LanguageStanding | null;
  education: EducationStanding;
  spouseEducation: EducationStanding | null;
  canadianWork: WorkYears;
  spouseCanadianWork: WorkYears | null;
  jobOffer: JobOfferCheck;
}

const ZERO_LEVELS: AbilityLevels = { speaking: 0, listening: 0, reading: 0, writing: 0 };

/** Language findings of the spouse's tests, renamed `spouse_<code>` so the edges can word them as the spouse's. */
function spouseFindings(findings: readonly Finding[]): Finding[] {
  return findings.map((f) => ({ ...f, code: `spouse_${f.code}` }));
}

/** Derives the CRS factors and the facts behind them; throws RuleDateError for an invalid or pre-2015 asOf. */
export function deriveProfile(profile: Profile, asOf: IsoDate): ProfileFacts {
  assertRuleDate(asOf);
  const findings: Finding[] = [];

  // Age in completed years on asOf (rules.md §1.2.1: current age for pool candidates, ITA day once invited).
  const age = Math.max(0, completedYears(profile.birthDate, asOf));

  // Partner (rules.md §1.1).
  const hasPartner = profile.maritalStatus === 'married' || profile.maritalStatus === 'common_law';
  const spouse = hasPartner ? profile.spouse : null;
  if (hasPartner && !spouse) findings.push({ code: 'spouse_details_missing', severity: 'info' });
  const withSpouse = spouse !== null && !spouse.canadianCitizenOrPR && spouse.accompanying;

  // Education (rules.md §1.2.2, §1.5).
  const education = educationStanding(profile.education, asOf, 'principal');
  findings.push(...education.findings);
  const canadian = canadianEducation(education.counted);
  findings.push(...canadian.findings);

  // Language (rules.md §1.2.3–1.2.4, §2): best valid result per language; the designated one first.
  const lang = bestLanguageResults(profile.languageTests, asOf, profile.firstOfficialLanguage ?? null);
  findings.push(...lang.findings);
  if (!lang.first) findings.push({ code: 'no_valid_language_test', severity: 'warning' });

  // Work (rules.md §1.2.5, §1.4, §4.2).
  const canadianWork = canadianWorkYears(profile.workHistory, asOf, 'principal');
  const foreignWork = foreignWorkYears(profile.workHistory, asOf);
  findings.push(...canadianWork.findings, ...foreignWork.findings);

  // Spouse factors (rules.md §1.3): computed whenever details exist; findings only when they can score (with spouse).
  let spouseEducation: EducationStanding | null = null;
  let spouseLanguage: LanguageStanding | null = null;
  let spouseCanadianWork: WorkYears | null = null;
  if (spouse) {
    spouseEducation = educationStanding(spouse.education, asOf, 'spouse');
    const spouseLang = bestLanguageResults(spouse.languageTests, asOf, null);
    spouseLanguage = spouseLang.first;
    spouseCanadianWork = canadianWorkYears(spouse.workHistory, asOf, 'spouse');
    if (withSpouse) findings.push(...spouseEducation.findings, ...spouseFindings(spouseLang.findings), ...spouseCanadianWork.findings);
  }

  // Certificate, nomination, job offer (rules.md §1.4 C5, §1.5).
  const coq = profile.certificateOfQualification;
  if (coq && coq.issuedOn > asOf) findings.push({ code: 'certificate_after_as_of', severity: 'info', params: { issuedOn: coq.issuedOn } });
  const nomination = profile.provincialNomination;
  if (nomination && nomination.nominatedOn > asOf) findings.push({ code: 'nomination_after_as_of', severity: 'info', params: { nominatedOn: nomination.nominatedOn } });
  const jobOffer = checkJobOffer(profile.jobOffer, asOf);
  findings.push(...jobOffer.findings);

  const first = lang.first;
  const factors: CrsFactors = {
    asOf,
    age,
    maritalStatus: profile.maritalStatus,
    spouseCanadianCitizenOrPR: spouse?.canadianCitizenOrPR ?? false,
    spouseAccompanying: spouse?.accompanying ?? false,
    education: education.level,
    canadianEducation: canadian.level,
    firstLanguage: first
      ? { language: first.language, ...first.levels }
      : { language: profile.firstOfficialLanguage ?? 'english', ...ZERO_LEVELS },
    secondLanguage: lang.second ? { ...lang.second.levels } : null,
    canadianWorkYears: canadianWork.years,
    foreignWorkYears: foreignWork.years,
    certificateOfQualification: coq !== null && coq.issuedOn <= asOf,
    provincialNomination: nomination !== null && nomination.nominatedOn <= asOf,
    siblingInCanada: profile.siblingInCanada,
    arrangedEmployment: jobOffer.arrangedEmployment,
    spouseEducation: spouseEducation?.level ?? 'none',
    spouseLanguage: spouseLanguage ? { ...spouseLanguage.levels } : null,
    spouseCanadianWorkYears: spouseCanadianWork?.years ?? 0,
  };

  return {
    factors,
    findings,
    age,
    hasPartner,
    spouse,
    withSpouse,
    firstLanguage: first,
    secondLanguage: lang.second,
    spouseLanguage,
    education,
    spouseEducation,
    canadianWork,
    spouseCanadianWork,
    jobOffer,
  };
}

/** The CRS factors of a profile on `asOf`, with findings; throws RuleDateError for an invalid or pre-2015 asOf. */
export function deriveCrsFactors(profile: Profile, asOf: IsoDate): Derivation {
  const { factors, findings } = deriveProfile(profile, asOf);
  return { factors, findings };
}
