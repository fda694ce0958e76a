// Input contracts shared by the CLI, the HTTP API and the web app (zod 4).
// They check shapes and ranges; the use cases check what needs the rules (score scales, dates in force).
import { z } from 'zod';
import {
  ARRANGED_EMPLOYMENT_KINDS,
  CANADIAN_EDUCATION_LEVELS,
  CREDENTIAL_LEVELS,
  EDUCATION_LEVELS,
  LANGUAGE_TESTS,
  MARITAL_STATUSES,
  OFFICIAL_LANGUAGES,
  PROVINCES,
  type CrsFactors,
  type Profile,
} from '../domain/vocabulary.ts';
import { isIsoDate } from '../domain/dates.ts';

const isoDate = z.string().refine(isIsoDate, { message: 'date' });
const clb = z.number().int().min(0).max(12);
const years = z.number().int().min(0).max(60);
const nocCode = z.string().regex(/^\d{5}$/, { message: 'noc' });

const abilityLevels = z.strictObject({ speaking: clb, listening: clb, reading: clb, writing: clb });

export const crsFactorsSchema = z.strictObject({
  asOf: isoDate.optional(),
  age: z.number().int().min(0).max(120),
  maritalStatus: z.enum(MARITAL_STATUSES),
  spouseCanadianCitizenOrPR: z.boolean(),
  spouseAccompanying: z.boolean(),
  education: z.enum(EDUCATION_LEVELS),
  canadianEducation: z.enum(CANADIAN_EDUCATION_LEVELS),
  firstLanguage: z.strictObject({ language: z.enum(OFFICIAL_LANGUAGES), speaking: clb, listening: clb, reading: clb, writing: clb }),
  secondLanguage: abilityLevels.nullable(),
  canadianWorkYears: years,
  foreignWorkYears: years,
  certificateOfQualification: z.boolean(),
  provincialNomination: z.boolean(),
  siblingInCanada: z.boolean(),
  arrangedEmployment: z.enum(ARRANGED_EMPLOYMENT_KINDS),
  spouseEducation: z.enum(EDUCATION_LEVELS),
  spouseLanguage: abilityLevels.nullable(),
  spouseCanadianWorkYears: years,
});
export type CrsFactorsInput = z.infer<typeof crsFactorsSchema>;

const rawScores = z.strictObject({
  speaking: z.number().min(0),
  listening: z.number().min(0),
  reading: z.number().min(0),
  writing: z.number().min(0),
});

const languageTest = z.strictObject({ test: z.enum(LANGUAGE_TESTS), testDate: isoDate, scores: rawScores });

const canadianStudy = z.strictObject({
  fullTimeMonths: z.number().int().min(0).max(240),
  monthsInCanada: z.number().int().min(0).max(240),
  languageStudyOverHalf: z.boolean().optional(),
  returnConditionAward: z.boolean().optional(),
});

const credential = z.strictObject({
  level: z.enum(CREDENTIAL_LEVELS),
  completedOn: isoDate,
  canadian: z.boolean(),
  ecaDate: isoDate.nullable().optional(),
  canadianStudy: canadianStudy.nullable().optional(),
});

const workEntry = z
  .strictObject({
    noc: nocCode,
    start: isoDate,
    end: isoDate.nullable(),
    weeklyHours: z.number().min(0).max(168),
    country: z.string().regex(/^[A-Z]{2}$/, { message: 'country' }),
    paid: z.boolean(),
    selfEmployed: z.boolean(),
    fullTimeStudent: z.boolean(),
    authorizedInCanada: z.boolean().optional(),
  })
  .refine((w) => w.end === null || w.end >= w.start, { message: 'end_before_start', path: ['end'] });

const spouse = z.strictObject({
  canadianCitizenOrPR: z.boolean(),
  accompanying: z.boolean(),
  education: z.array(credential).max(20),
  languageTests: z.array(languageTest).max(20),
  workHistory: z.array(workEntry).max(50),
});

export const profileSchema = z
  .strictObject({
    birthDate: isoDate,
    maritalStatus: z.enum(MARITAL_STATUSES),
    spouse: spouse.nullable(),
    dependentChildren: z.number().int().min(0).max(20),
    education: z.array(credential).max(20),
    languageTests: z.array(languageTest).max(20),
    firstOfficialLanguage: z.enum(OFFICIAL_LANGUAGES).nullable().optional(),
    workHistory: z.array(workEntry).max(50),
    certificateOfQualification: z
      .strictObject({ noc: nocCode, issuedOn: isoDate, issuer: z.enum([...PROVINCES, 'federal']) })
      .nullable(),
    provincialNomination: z.strictObject({ province: z.enum(PROVINCES), nominatedOn: isoDate }).nullable(),
    siblingInCanada: z.boolean(),
    relativeInCanada: z.boolean().optional(),
    jobOffer: z
      .strictObject({
        noc: nocCode,
        lmia: z.enum(['approved', 'exempt', 'none']),
        fullTime: z.boolean(),
        nonSeasonal: z.boolean(),
        durationMonths: z.number().int().min(0).max(600),
        employers: z.number().int().min(1).max(10).optional(),
      })
      .nullable(),
    intendedProvince: z.enum(PROVINCES),
    settlementFundsCad: z.number().min(0),
    authorizedToWorkInCanada: z.boolean(),
  })
  .superRefine((p, ctx) => {
    // Impossible dates: nothing in a life happens before birth.
    const before = (date: string | null | undefined) => date != null && date < p.birthDate;
    p.languageTests.forEach((t, i) => {
      if (before(t.testDate)) ctx.addIssue({ code: 'custom', message: 'before_birth', path: ['languageTests', i, 'testDate'] });
    });
    p.workHistory.forEach((w, i) => {
      if (before(w.start)) ctx.addIssue({ code: 'custom', message: 'before_birth', path: ['workHistory', i, 'start'] });
    });
    p.education.forEach((e, i) => {
      if (before(e.completedOn)) ctx.addIssue({ code: 'custom', message: 'before_birth', path: ['education', i, 'completedOn'] });
    });
    if (p.spouse && p.maritalStatus !== 'married' && p.maritalStatus !== 'common_law') {
      ctx.addIssue({ code: 'custom', message: 'spouse_without_partner_status', path: ['spouse'] });
    }
  });
export type ProfileInput = z.infer<typeof profileSchema>;

/** A field-level problem: where (dotted path), and what was expected there (a short code or type). */
export interface FieldError {
  field: string;
  expected: string;
}

function pathText(path: readonly PropertyKey[]): string {
  return path.map((p) => (typeof p === 'number' ? `[${p}]` : String(p))).join('.').replace(/\.\[/g, '[');
}

function expectedFor(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.expected;
    case 'invalid_value':
      return issue.values.map((v) => String(v)).join('|');
    case 'too_small':
      return `>= ${String(issue.minimum)}`;
    case 'too_big':
      return `<= ${String(issue.maximum)}`;
    case 'not_multiple_of':
      return `multiple of ${String(issue.divisor)}`;
    case 'unrecognized_keys':
      return 'no such field';
    case 'invalid_format':
      return issue.format;
    default:
      return issue.message === 'date' ? 'date (YYYY-MM-DD)' : issue.message;
  }
}

function valueAtPath(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** Turns zod issues into field errors (one per field and unknown key); `input` tells a missing field from a mistyped one. */
export function fieldErrors(error: z.ZodError, input?: unknown): FieldError[] {
  const out: FieldError[] = [];
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) out.push({ field: pathText([...issue.path, key]), expected: 'no such field' });
    } else {
      let expected = expectedFor(issue);
      const missing = (issue.code === 'invalid_type' || issue.code === 'invalid_value') && input !== undefined && valueAtPath(input, issue.path) === undefined;
      if (missing) expected = `${expected} (required)`;
      out.push({ field: pathText(issue.path) || '(root)', expected });
    }
  }
  return out;
}

/** The parsed input is a full profile or a CRS factors object. */
export type EvaluationInput = { kind: 'profile'; profile: Profile } | { kind: 'factors'; factors: Omit<CrsFactors, 'asOf'> & { asOf?: string } };

/** A profile is recognised by its birth date; anything else is read as a CRS factors object. */
export function parseEvaluationInput(value: unknown): { ok: true; input: EvaluationInput } | { ok: false; errors: FieldError[] } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, errors: [{ field: '(root)', expected: 'object' }] };
  }
  if ('birthDate' in value) {
    const r = profileSchema.safeParse(value);
    return r.success ? { ok: true, input: { kind: 'profile', profile: r.data as Profile } } : { ok: false, errors: fieldErrors(r.error, value) };
  }
  const r = crsFactorsSchema.safeParse(value);
  return r.success ? { ok: true, input: { kind: 'factors', factors: r.data } } : { ok: false, errors: fieldErrors(r.error, value) };
}
