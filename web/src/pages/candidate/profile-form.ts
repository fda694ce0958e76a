// The profile builder's form state and what it sends: a draft may be incomplete, so empty answers are LEFT OUT (the
// API then says nothing about them until submission), while anything typed is sent as typed (numbers as numbers when
// they read as one) so the API's field errors — worded FR/EN — land next to the right control. Pure (no DOM): tested
// in test/web-candidate.test.ts.
import {
  ABILITIES,
  type Ability,
  type CredentialLevel,
  type LanguageTest,
  type MaritalStatus,
  type Province,
} from '../../../../src/domain/vocabulary.ts';
import { numberOrText, type Levels, type WorkState } from '../../lib/forms.ts';

export interface CredentialForm {
  level: CredentialLevel | '';
  completedOn: string;
  canadian: boolean;
  ecaDate: string;
}

export interface TestForm {
  test: LanguageTest | '';
  testDate: string;
  scores: Levels;
}

/** A job as the form holds it: the same fields as the eligibility questionnaire's. */
export type WorkForm = WorkState;

export type Lmia = 'approved' | 'exempt' | 'none';
export type Issuer = Province | 'federal';

export interface ProfileForm {
  birthDate: string;
  maritalStatus: MaritalStatus;
  dependentChildren: string;
  intendedProvince: Province | '';
  authorizedToWorkInCanada: boolean;
  siblingInCanada: boolean;
  relativeInCanada: boolean;
  spouseCanadianCitizenOrPR: boolean;
  spouseAccompanying: boolean;
  spouseEducation: CredentialForm[];
  spouseTests: TestForm[];
  spouseWork: WorkForm[];
  education: CredentialForm[];
  tests: TestForm[];
  work: WorkForm[];
  hasJobOffer: boolean;
  offerNoc: string;
  lmia: Lmia;
  offerFullTime: boolean;
  offerNonSeasonal: boolean;
  offerDurationMonths: string;
  hasCertificate: boolean;
  certificateNoc: string;
  certificateIssuedOn: string;
  certificateIssuer: Issuer | '';
  hasNomination: boolean;
  nominationProvince: Province | '';
  nominatedOn: string;
  funds: string;
}

const blankLevels = (): Levels => ({ speaking: '', listening: '', reading: '', writing: '' });
export const emptyCredential = (): CredentialForm => ({ level: '', completedOn: '', canadian: false, ecaDate: '' });
export const emptyTest = (): TestForm => ({ test: '', testDate: '', scores: blankLevels() });
export const emptyWorkEntry = (): WorkForm => ({
  noc: '',
  start: '',
  end: '',
  weeklyHours: '',
  inCanada: true,
  country: '',
  paid: true,
  selfEmployed: false,
  fullTimeStudent: false,
});

export function emptyProfileForm(): ProfileForm {
  return {
    birthDate: '',
    maritalStatus: 'single',
    dependentChildren: '0',
    intendedProvince: '',
    authorizedToWorkInCanada: false,
    siblingInCanada: false,
    relativeInCanada: false,
    spouseCanadianCitizenOrPR: false,
    spouseAccompanying: true,
    spouseEducation: [],
    spouseTests: [],
    spouseWork: [],
    education: [emptyCredential()],
    tests: [emptyTest()],
    work: [],
    hasJobOffer: false,
    offerNoc: '',
    lmia: 'approved',
    offerFullTime: true,
    offerNonSeasonal: true,
    offerDurationMonths: '',
    hasCertificate: false,
    certificateNoc: '',
    certificateIssuedOn: '',
    certificateIssuer: '',
    hasNomination: false,
    nominationProvince: '',
    nominatedOn: '',
    funds: '',
  };
}

export const isPartner = (status: MaritalStatus) => status === 'married' || status === 'common_law';

// ── Form → draft ───────────────────────────────────────────────────────────────────────────────────────────────

type Json = Record<string, unknown>;

/** Only the answers given: '' is left out; text that reads as a number is sent as one. */
function put(out: Json, key: string, text: string, kind: 'text' | 'number' = 'text'): void {
  const trimmed = text.trim();
  if (trimmed === '') return;
  out[key] = kind === 'number' ? numberOrText(trimmed) : trimmed;
}

function credentialOut(c: CredentialForm): Json {
  const out: Json = { canadian: c.canadian };
  put(out, 'level', c.level);
  put(out, 'completedOn', c.completedOn);
  if (!c.canadian) out['ecaDate'] = c.ecaDate.trim() === '' ? null : c.ecaDate.trim();
  return out;
}

function testOut(x: TestForm): Json {
  const out: Json = {};
  put(out, 'test', x.test);
  put(out, 'testDate', x.testDate);
  const scores: Json = {};
  for (const a of ABILITIES) put(scores, a, x.scores[a], 'number');
  out['scores'] = scores;
  return out;
}

function workOut(w: WorkForm): Json {
  const out: Json = { paid: w.paid, selfEmployed: w.selfEmployed, fullTimeStudent: w.fullTimeStudent };
  put(out, 'noc', w.noc);
  put(out, 'start', w.start);
  out['end'] = w.end.trim() === '' ? null : w.end.trim();
  put(out, 'weeklyHours', w.weeklyHours, 'number');
  if (w.inCanada) out['country'] = 'CA';
  else put(out, 'country', w.country.toUpperCase());
  return out;
}

/** The profile as far as it is known (PUT/POST /api/profiles). */
export function draftData(f: ProfileForm): Json {
  const out: Json = {
    maritalStatus: f.maritalStatus,
    spouse: isPartner(f.maritalStatus)
      ? {
          canadianCitizenOrPR: f.spouseCanadianCitizenOrPR,
          accompanying: f.spouseAccompanying,
          education: f.spouseEducation.map(credentialOut),
          languageTests: f.spouseTests.map(testOut),
          workHistory: f.spouseWork.map(workOut),
        }
      : null,
    education: f.education.map(credentialOut),
    languageTests: f.tests.map(testOut),
    workHistory: f.work.map(workOut),
    siblingInCanada: f.siblingInCanada,
    relativeInCanada: f.relativeInCanada,
    authorizedToWorkInCanada: f.authorizedToWorkInCanada,
  };
  put(out, 'birthDate', f.birthDate);
  put(out, 'dependentChildren', f.dependentChildren, 'number');
  put(out, 'intendedProvince', f.intendedProvince);
  put(out, 'settlementFundsCad', f.funds, 'number');

  if (f.hasJobOffer) {
    const offer: Json = { lmia: f.lmia, fullTime: f.offerFullTime, nonSeasonal: f.offerNonSeasonal };
    put(offer, 'noc', f.offerNoc);
    put(offer, 'durationMonths', f.offerDurationMonths, 'number');
    out['jobOffer'] = offer;
  } else out['jobOffer'] = null;

  if (f.hasCertificate) {
    const certificate: Json = {};
    put(certificate, 'noc', f.certificateNoc);
    put(certificate, 'issuedOn', f.certificateIssuedOn);
    put(certificate, 'issuer', f.certificateIssuer);
    out['certificateOfQualification'] = certificate;
  } else out['certificateOfQualification'] = null;

  if (f.hasNomination) {
    const nomination: Json = {};
    put(nomination, 'province', f.nominationProvince);
    put(nomination, 'nominatedOn', f.nominatedOn);
    out['provincialNomination'] = nomination;
  } else out['provincialNomination'] = null;
  return out;
}

// ── Draft → form (a saved draft read back, e.g. after a reload) ────────────────────────────────────────────────

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');
const bool = (v: unknown, fallback: boolean): boolean => (typeof v === 'boolean' ? v : fallback);
const list = (v: unknown): Json[] => (Array.isArray(v) ? v.filter(isObject) : []);

function credentialIn(c: Json): CredentialForm {
  return { level: text(c['level']) as CredentialLevel | '', completedOn: text(c['completedOn']), canadian: bool(c['canadian'], false), ecaDate: text(c['ecaDate']) };
}

function testIn(x: Json): TestForm {
  const scores = isObject(x['scores']) ? x['scores'] : {};
  const levels = Object.fromEntries(ABILITIES.map((a) => [a, text(scores[a])])) as Record<Ability, string>;
  return { test: text(x['test']) as LanguageTest | '', testDate: text(x['testDate']), scores: levels };
}

function workIn(w: Json): WorkForm {
  const country = text(w['country']);
  return {
    noc: text(w['noc']),
    start: text(w['start']),
    end: text(w['end']),
    weeklyHours: text(w['weeklyHours']),
    inCanada: country === '' || country === 'CA',
    country: country === 'CA' ? '' : country,
    paid: bool(w['paid'], true),
    selfEmployed: bool(w['selfEmployed'], false),
    fullTimeStudent: bool(w['fullTimeStudent'], false),
  };
}

export function formFromData(data: unknown): ProfileForm {
  const f = emptyProfileForm();
  if (!isObject(data)) return f;
  const spouse = isObject(data['spouse']) ? data['spouse'] : null;
  const offer = isObject(data['jobOffer']) ? data['jobOffer'] : null;
  const certificate = isObject(data['certificateOfQualification']) ? data['certificateOfQualification'] : null;
  const nomination = isObject(data['provincialNomination']) ? data['provincialNomination'] : null;
  const education = list(data['education']).map(credentialIn);
  const tests = list(data['languageTests']).map(testIn);
  return {
    ...f,
    birthDate: text(data['birthDate']),
    maritalStatus: (text(data['maritalStatus']) || f.maritalStatus) as MaritalStatus,
    dependentChildren: 'dependentChildren' in data ? text(data['dependentChildren']) : f.dependentChildren,
    intendedProvince: text(data['intendedProvince']) as Province | '',
    authorizedToWorkInCanada: bool(data['authorizedToWorkInCanada'], false),
    siblingInCanada: bool(data['siblingInCanada'], false),
    relativeInCanada: bool(data['relativeInCanada'], false),
    spouseCanadianCitizenOrPR: spouse ? bool(spouse['canadianCitizenOrPR'], false) : f.spouseCanadianCitizenOrPR,
    spouseAccompanying: spouse ? bool(spouse['accompanying'], true) : f.spouseAccompanying,
    spouseEducation: spouse ? list(spouse['education']).map(credentialIn) : [],
    spouseTests: spouse ? list(spouse['languageTests']).map(testIn) : [],
    spouseWork: spouse ? list(spouse['workHistory']).map(workIn) : [],
    education: 'education' in data ? education : f.education,
    tests: 'languageTests' in data ? tests : f.tests,
    work: list(data['workHistory']).map(workIn),
    hasJobOffer: offer !== null,
    offerNoc: offer ? text(offer['noc']) : '',
    lmia: offer && ['approved', 'exempt', 'none'].includes(text(offer['lmia'])) ? (text(offer['lmia']) as Lmia) : f.lmia,
    offerFullTime: offer ? bool(offer['fullTime'], true) : f.offerFullTime,
    offerNonSeasonal: offer ? bool(offer['nonSeasonal'], true) : f.offerNonSeasonal,
    offerDurationMonths: offer ? text(offer['durationMonths']) : '',
    hasCertificate: certificate !== null,
    certificateNoc: certificate ? text(certificate['noc']) : '',
    certificateIssuedOn: certificate ? text(certificate['issuedOn']) : '',
    certificateIssuer: certificate ? (text(certificate['issuer']) as Issuer | '') : '',
    hasNomination: nomination !== null,
    nominationProvince: nomination ? (text(nomination['province']) as Province | '') : '',
    nominatedOn: nomination ? text(nomination['nominatedOn']) : '',
    funds: text(data['settlementFundsCad']),
  };
}

// ── Steps ──────────────────────────────────────────────────────────────────────────────────────────────────────

export const STEPS = ['identity', 'spouse', 'education', 'language', 'work', 'offer', 'nomination', 'funds', 'review'] as const;
export type Step = (typeof STEPS)[number];

export const isStep = (value: unknown): value is Step => typeof value === 'string' && (STEPS as readonly string[]).includes(value);

/** The steps this form goes through (the spouse's only for a married or common-law candidate). */
export function stepsFor(f: Pick<ProfileForm, 'maritalStatus'>): Step[] {
  return STEPS.filter((s) => s !== 'spouse' || isPartner(f.maritalStatus));
}

/** The step whose controls show an API field path (`workHistory[1].noc` → work). */
export function stepOfPath(path: string): Step {
  const head = /^[A-Za-z]+/.exec(path)?.[0] ?? '';
  switch (head) {
    case 'spouse':
      return 'spouse';
    case 'education':
      return 'education';
    case 'languageTests':
    case 'firstOfficialLanguage':
      return 'language';
    case 'workHistory':
      return 'work';
    case 'jobOffer':
    case 'certificateOfQualification':
      return 'offer';
    case 'provincialNomination':
      return 'nomination';
    case 'settlementFundsCad':
      return 'funds';
    default:
      return 'identity';
  }
}

/** The test with raw scores as the language probe of forms.ts takes it ('' → none). */
export function probeInput(x: TestForm): { test: LanguageTest | 'none'; testDate: string; scores: Levels } {
  return { test: x.test === '' ? 'none' : x.test, testDate: x.testDate.trim(), scores: x.scores };
}
