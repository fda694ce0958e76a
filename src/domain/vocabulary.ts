// The domain's vocabulary: codes, not words. The edges (CLI, HTTP, web) turn codes into French and English.

/** A calendar day, `YYYY-MM-DD`. */
export type IsoDate = string;
/** An instant, ISO 8601 in UTC (`2026-03-01T18:34:05Z`). */
export type Instant = string;

export const ABILITIES = ['speaking', 'listening', 'reading', 'writing'] as const;
export type Ability = (typeof ABILITIES)[number];

export const OFFICIAL_LANGUAGES = ['english', 'french'] as const;
export type OfficialLanguage = (typeof OFFICIAL_LANGUAGES)[number];

/** CLB (English) or NCLC (French) level per ability, 0–12; levels above 10 score as 10. */
export type AbilityLevels = Record<Ability, number>;

export const MARITAL_STATUSES = ['single', 'married', 'common_law', 'divorced_or_separated', 'widowed', 'annulled'] as const;
export type MaritalStatus = (typeof MARITAL_STATUSES)[number];

/** CRS education levels, lowest first (rules.md §1.2.2). */
export const EDUCATION_LEVELS = [
  'none',
  'secondary',
  'one_year',
  'two_year',
  'bachelors_or_three_year',
  'two_or_more_one_3yr',
  'masters_or_professional',
  'doctoral',
] as const;
export type EducationLevel = (typeof EDUCATION_LEVELS)[number];

/** The level of one credential (a single credential is never "two or more"). */
export const CREDENTIAL_LEVELS = [
  'secondary',
  'one_year',
  'two_year',
  'bachelors_or_three_year',
  'masters_or_professional',
  'doctoral',
] as const;
export type CredentialLevel = (typeof CREDENTIAL_LEVELS)[number];

/** Canadian post-secondary education for additional points (rules.md §1.5). */
export const CANADIAN_EDUCATION_LEVELS = ['none', 'one_or_two_year', 'three_year_plus'] as const;
export type CanadianEducation = (typeof CANADIAN_EDUCATION_LEVELS)[number];

/** Arranged employment as CRS classifies it (NOC 2021 major group 00, or another TEER 0–3 occupation). */
export const ARRANGED_EMPLOYMENT_KINDS = ['none', 'major_group_00', 'teer_0_1_2_3'] as const;
export type ArrangedEmployment = (typeof ARRANGED_EMPLOYMENT_KINDS)[number];

export const LANGUAGE_TESTS = ['ielts_general', 'celpip_general', 'pte_core', 'tef_canada', 'tcf_canada'] as const;
export type LanguageTest = (typeof LANGUAGE_TESTS)[number];

export const PROVINCES = ['AB', 'BC', 'MB', 'NB', 'NL', 'NS', 'NT', 'NU', 'ON', 'PE', 'QC', 'SK', 'YT'] as const;
export type Province = (typeof PROVINCES)[number];

export const PROGRAMS = ['fsw', 'cec', 'fst'] as const;
export type Program = (typeof PROGRAMS)[number];

/**
 * The CRS factors: everything the Comprehensive Ranking System scores, already reduced to bands.
 * This exact shape is the public input of `ee crs score` and `POST /api/crs/score`.
 */
export interface CrsFactors {
  asOf: IsoDate;
  age: number;
  maritalStatus: MaritalStatus;
  spouseCanadianCitizenOrPR: boolean;
  spouseAccompanying: boolean;
  education: EducationLevel;
  canadianEducation: CanadianEducation;
  firstLanguage: { language: OfficialLanguage } & AbilityLevels;
  secondLanguage: AbilityLevels | null;
  canadianWorkYears: number;
  foreignWorkYears: number;
  certificateOfQualification: boolean;
  provincialNomination: boolean;
  siblingInCanada: boolean;
  arrangedEmployment: ArrangedEmployment;
  spouseEducation: EducationLevel;
  spouseLanguage: AbilityLevels | null;
  spouseCanadianWorkYears: number;
}

/** One language test result, raw scores as printed on the report. */
export interface LanguageTestResult {
  test: LanguageTest;
  /** Date of the test result (validity runs from it). */
  testDate: IsoDate;
  scores: Record<Ability, number>;
}

/** Optional facts about studies done in Canada (Canadian-education points, FSW adaptability). */
export interface CanadianStudy {
  /** Months enrolled full time in Canada in this program. */
  fullTimeMonths: number;
  /** Months physically present in Canada during the program. */
  monthsInCanada: number;
  /** English or French as a second language made up more than half the program. */
  languageStudyOverHalf?: boolean;
  /** Studied under an award that requires returning to the home country. */
  returnConditionAward?: boolean;
}

export interface EducationCredential {
  level: CredentialLevel;
  /** Day the credential was completed (awarded). */
  completedOn: IsoDate;
  /** Earned at a Canadian institution (in Canada). */
  canadian: boolean;
  /** For a foreign credential: the issue date of its Educational Credential Assessment; null if none. */
  ecaDate?: IsoDate | null;
  canadianStudy?: CanadianStudy | null;
}

export interface WorkEntry {
  /** NOC 2021 unit group, 5 digits as text (`21231`). */
  noc: string;
  start: IsoDate;
  /** Last day worked; null while ongoing (counted up to the evaluation date). */
  end: IsoDate | null;
  weeklyHours: number;
  /** ISO 3166-1 alpha-2 country code; `CA` for Canada. */
  country: string;
  paid: boolean;
  selfEmployed: boolean;
  /** Worked while a full-time student. */
  fullTimeStudent: boolean;
  /** For work in Canada: authorized under temporary resident status (default true). */
  authorizedInCanada?: boolean;
}

export interface JobOffer {
  /** NOC 2021 unit group of the offered job. */
  noc: string;
  /** LMIA-supported, LMIA-exempt (qualifying work permit), or neither. */
  lmia: 'approved' | 'exempt' | 'none';
  fullTime: boolean;
  nonSeasonal: boolean;
  /** Duration of the offer after permanent residence, in months. */
  durationMonths: number;
  /** Number of employers making the offer (FST allows up to two). */
  employers?: number;
}

export interface Nomination {
  province: Province;
  nominatedOn: IsoDate;
}

export interface CertificateOfQualification {
  /** NOC 2021 unit group of the trade. */
  noc: string;
  issuedOn: IsoDate;
  /** Issuing province/territory, or `federal`. */
  issuer: Province | 'federal';
}

export interface Spouse {
  canadianCitizenOrPR: boolean;
  accompanying: boolean;
  education: EducationCredential[];
  languageTests: LanguageTestResult[];
  workHistory: WorkEntry[];
}

/** A full Express Entry profile as a candidate builds it. */
export interface Profile {
  birthDate: IsoDate;
  maritalStatus: MaritalStatus;
  spouse: Spouse | null;
  dependentChildren: number;
  education: EducationCredential[];
  languageTests: LanguageTestResult[];
  /** Which official language the candidate designates as first; derived (the better-scoring one) when absent. */
  firstOfficialLanguage?: OfficialLanguage | null;
  workHistory: WorkEntry[];
  certificateOfQualification: CertificateOfQualification | null;
  provincialNomination: Nomination | null;
  /** A brother or sister (of the candidate or the accompanying spouse) in Canada, 18+, citizen or PR. */
  siblingInCanada: boolean;
  /** FSW adaptability: a relative 18+ in Canada (parent, grandparent, child, grandchild, sibling, aunt/uncle, niece/nephew). */
  relativeInCanada?: boolean;
  jobOffer: JobOffer | null;
  intendedProvince: Province;
  settlementFundsCad: number;
  authorizedToWorkInCanada: boolean;
}

/**
 * Something worth telling about a computation: a code and its parameters; the edges word it.
 * `warning` marks what costs points or eligibility (an expired test), `info` what is merely noted.
 */
export interface Finding {
  code: string;
  severity: 'info' | 'warning';
  params?: Record<string, string | number | boolean>;
}
