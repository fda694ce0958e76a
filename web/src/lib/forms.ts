// Form states of the calculator and the eligibility questionnaire, and what they send to the API.
// Numbers are kept as typed text: the API, not the page, says what is wrong (one set of rules, worded FR/EN).
// Pure (no DOM): tested in test/web-lib.test.ts.
import {
  ABILITIES,
  type Ability,
  type ArrangedEmployment,
  type CanadianEducation,
  type CredentialLevel,
  type EducationLevel,
  type LanguageTest,
  type MaritalStatus,
  type OfficialLanguage,
  type Profile,
  type Province,
} from '../../../src/domain/vocabulary.ts';

export type Levels = Record<Ability, string>;

const levels = (value: string): Levels => ({ speaking: value, listening: value, reading: value, writing: value });

/** Text as typed → a number when it reads as one, else the text itself (the API answers with a field error). */
export function numberOrText(text: string): number | string {
  const trimmed = text.trim().replace(',', '.');
  if (trimmed === '') return text;
  const n = Number(trimmed);
  return Number.isFinite(n) ? n : text;
}

const isPartner = (status: MaritalStatus) => status === 'married' || status === 'common_law';

// ── Calculator ───────────────────────────────────────────────────────────────────────────────────────────────

export interface CalculatorState {
  asOf: string;
  age: string;
  maritalStatus: MaritalStatus;
  spouseCanadianCitizenOrPR: boolean;
  spouseAccompanying: boolean;
  education: EducationLevel;
  canadianEducation: CanadianEducation;
  firstLanguage: OfficialLanguage;
  first: Levels;
  hasSecond: boolean;
  second: Levels;
  canadianWorkYears: string;
  foreignWorkYears: string;
  certificateOfQualification: boolean;
  provincialNomination: boolean;
  siblingInCanada: boolean;
  arrangedEmployment: ArrangedEmployment;
  spouseEducation: EducationLevel;
  hasSpouseLanguage: boolean;
  spouseLanguage: Levels;
  spouseCanadianWorkYears: string;
}

export function initialCalculator(today: string): CalculatorState {
  return {
    asOf: today,
    age: '29',
    maritalStatus: 'single',
    spouseCanadianCitizenOrPR: false,
    spouseAccompanying: true,
    education: 'bachelors_or_three_year',
    canadianEducation: 'none',
    firstLanguage: 'english',
    first: levels('9'),
    hasSecond: false,
    second: levels('7'),
    canadianWorkYears: '1',
    foreignWorkYears: '2',
    certificateOfQualification: false,
    provincialNomination: false,
    siblingInCanada: false,
    arrangedEmployment: 'none',
    spouseEducation: 'none',
    hasSpouseLanguage: false,
    spouseLanguage: levels('7'),
    spouseCanadianWorkYears: '0',
  };
}

/**
 * Whether the spouse's or partner's own factors are scored (rules.md §1.1: a spouse or common-law partner who is
 * neither a Canadian citizen nor a permanent resident, and who comes to Canada).
 */
export function spouseScored(s: Pick<CalculatorState, 'maritalStatus' | 'spouseCanadianCitizenOrPR' | 'spouseAccompanying'>): boolean {
  return isPartner(s.maritalStatus) && !s.spouseCanadianCitizenOrPR && s.spouseAccompanying;
}

/** Whether the questions about the partner (citizen? accompanying?) are asked at all. */
export const hasPartner = (s: Pick<CalculatorState, 'maritalStatus'>) => isPartner(s.maritalStatus);

const levelsOut = (l: Levels) => Object.fromEntries(ABILITIES.map((a) => [a, numberOrText(l[a])]));

/** The CRS factors object POSTed to /api/crs/score (the day goes in `?asOf=`). Irrelevant spouse fields are neutral. */
export function calculatorFactors(s: CalculatorState): Record<string, unknown> {
  const partner = isPartner(s.maritalStatus);
  const scored = spouseScored(s);
  return {
    age: numberOrText(s.age),
    maritalStatus: s.maritalStatus,
    spouseCanadianCitizenOrPR: partner ? s.spouseCanadianCitizenOrPR : false,
    spouseAccompanying: partner ? s.spouseAccompanying : false,
    education: s.education,
    canadianEducation: s.canadianEducation,
    firstLanguage: { language: s.firstLanguage, ...levelsOut(s.first) },
    secondLanguage: s.hasSecond ? levelsOut(s.second) : null,
    canadianWorkYears: numberOrText(s.canadianWorkYears),
    foreignWorkYears: numberOrText(s.foreignWorkYears),
    certificateOfQualification: s.certificateOfQualification,
    provincialNomination: s.provincialNomination,
    siblingInCanada: s.siblingInCanada,
    arrangedEmployment: s.arrangedEmployment,
    spouseEducation: scored ? s.spouseEducation : 'none',
    spouseLanguage: scored && s.hasSpouseLanguage ? levelsOut(s.spouseLanguage) : null,
    spouseCanadianWorkYears: scored ? numberOrText(s.spouseCanadianWorkYears) : 0,
  };
}

// ── Eligibility ──────────────────────────────────────────────────────────────────────────────────────────────

export interface WorkState {
  noc: string;
  start: string;
  end: string;
  weeklyHours: string;
  inCanada: boolean;
  country: string;
  paid: boolean;
  selfEmployed: boolean;
  fullTimeStudent: boolean;
}

export interface EligibilityState {
  asOf: string;
  birthDate: string;
  maritalStatus: MaritalStatus;
  spouseCanadianCitizenOrPR: boolean;
  spouseAccompanying: boolean;
  dependentChildren: string;
  credential: CredentialLevel | 'none';
  completedOn: string;
  canadianCredential: boolean;
  ecaDate: string;
  test: LanguageTest | 'none';
  testDate: string;
  scores: Levels;
  work: WorkState[];
  hasJobOffer: boolean;
  offerNoc: string;
  lmia: 'approved' | 'exempt' | 'none';
  offerFullTime: boolean;
  offerNonSeasonal: boolean;
  offerDurationMonths: string;
  hasCertificate: boolean;
  certificateNoc: string;
  certificateDate: string;
  authorizedToWork: boolean;
  siblingInCanada: boolean;
  funds: string;
  province: Province;
}

export const emptyWork = (): WorkState => ({
  noc: '',
  start: '',
  end: '',
  weeklyHours: '40',
  inCanada: true,
  country: '',
  paid: true,
  selfEmployed: false,
  fullTimeStudent: false,
});

export function initialEligibility(today: string): EligibilityState {
  return {
    asOf: today,
    birthDate: '',
    maritalStatus: 'single',
    spouseCanadianCitizenOrPR: false,
    spouseAccompanying: true,
    dependentChildren: '0',
    credential: 'bachelors_or_three_year',
    completedOn: '',
    canadianCredential: false,
    ecaDate: '',
    test: 'ielts_general',
    testDate: '',
    scores: levels(''),
    work: [emptyWork()],
    hasJobOffer: false,
    offerNoc: '',
    lmia: 'approved',
    offerFullTime: true,
    offerNonSeasonal: true,
    offerDurationMonths: '12',
    hasCertificate: false,
    certificateNoc: '',
    certificateDate: '',
    authorizedToWork: false,
    siblingInCanada: false,
    funds: '',
    province: 'ON',
  };
}

const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

function scoresOut(scores: Levels): Record<Ability, number | string> {
  return Object.fromEntries(ABILITIES.map((a) => [a, numberOrText(scores[a])])) as Record<Ability, number | string>;
}

/** The profile POSTed to /api/eligibility and /api/advice. */
export function eligibilityProfile(s: EligibilityState): Record<string, unknown> {
  const partner = isPartner(s.maritalStatus);
  return {
    birthDate: s.birthDate,
    maritalStatus: s.maritalStatus,
    spouse: partner
      ? { canadianCitizenOrPR: s.spouseCanadianCitizenOrPR, accompanying: s.spouseAccompanying, education: [], languageTests: [], workHistory: [] }
      : null,
    dependentChildren: numberOrText(s.dependentChildren),
    education:
      s.credential === 'none'
        ? []
        : [
            {
              level: s.credential,
              completedOn: s.completedOn,
              canadian: s.canadianCredential,
              ...(s.canadianCredential ? {} : { ecaDate: orNull(s.ecaDate) }),
            },
          ],
    languageTests: s.test === 'none' ? [] : [{ test: s.test, testDate: s.testDate, scores: scoresOut(s.scores) }],
    workHistory: s.work.map((w) => ({
      noc: w.noc.trim(),
      start: w.start,
      end: orNull(w.end),
      weeklyHours: numberOrText(w.weeklyHours),
      country: w.inCanada ? 'CA' : w.country.trim().toUpperCase(),
      paid: w.paid,
      selfEmployed: w.selfEmployed,
      fullTimeStudent: w.fullTimeStudent,
    })),
    certificateOfQualification: s.hasCertificate ? { noc: s.certificateNoc.trim(), issuedOn: s.certificateDate, issuer: s.province } : null,
    provincialNomination: null,
    siblingInCanada: s.siblingInCanada,
    jobOffer: s.hasJobOffer
      ? {
          noc: s.offerNoc.trim(),
          lmia: s.lmia,
          fullTime: s.offerFullTime,
          nonSeasonal: s.offerNonSeasonal,
          durationMonths: numberOrText(s.offerDurationMonths),
        }
      : null,
    intendedProvince: s.province,
    settlementFundsCad: s.funds.trim() === '' ? 0 : numberOrText(s.funds),
    authorizedToWorkInCanada: s.authorizedToWork,
  };
}

/**
 * A minimal profile holding only the language test, scored on the test's own date: the API's CRS lines then give
 * the CLB/NCLC level of each ability ("raw scores converted on the spot"); null until the test is complete.
 */
export function languageProbe(s: Pick<EligibilityState, 'test' | 'testDate' | 'scores'>): { profile: Profile; asOf: string } | null {
  if (s.test === 'none' || !/^\d{4}-\d{2}-\d{2}$/.test(s.testDate) || s.testDate < '2015-01-01') return null;
  const scores = scoresOut(s.scores);
  if (ABILITIES.some((a) => typeof scores[a] !== 'number')) return null;
  return {
    asOf: s.testDate,
    profile: {
      birthDate: '1970-01-01',
      maritalStatus: 'single',
      spouse: null,
      dependentChildren: 0,
      education: [],
      languageTests: [{ test: s.test, testDate: s.testDate, scores: scores as Record<Ability, number> }],
      workHistory: [],
      certificateOfQualification: null,
      provincialNomination: null,
      siblingInCanada: false,
      jobOffer: null,
      intendedProvince: 'ON',
      settlementFundsCad: 0,
      authorizedToWorkInCanada: false,
    },
  };
}

/** Today as YYYY-MM-DD in the user's own time zone (the default "as of" day). */
export function isoDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
