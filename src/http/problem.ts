// Errors as application/problem+json (RFC 9457) with a stable `code`, worded in the request's language.
// Handlers and guards THROW a ProblemError; the app's error handler renders it (one place, one shape).
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { z } from '@hono/zod-openapi';
import type { FieldError } from '../app/schemas.ts';
import { hasMessage, t, type Lang, type Params } from '../i18n/index.ts';

export const PROBLEM_CODES = [
  'validation_failed',
  'malformed_json',
  'payload_too_large',
  'unsupported_media_type',
  'unauthenticated',
  'forbidden',
  'mfa_required',
  'csrf_failed',
  'not_found',
  'method_not_allowed',
  'conflict',
  'rate_limited',
  'bad_request',
  'unavailable',
  'internal',
  // Rounds of invitations and ITAs (409): the round's status, an ITA already answered or past its deadline, a profile
  // whose status does not allow the change.
  'round_status_not_allowed',
  'ita_already_answered',
  'ita_deadline_passed',
  'transition_not_allowed',
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];

/** Request bodies larger than this are refused with 413 `payload_too_large`. */
export const BODY_LIMIT_BYTES = 256 * 1024;

/** Status used for a well-formed request whose content is not valid (field-level errors): 422 Unprocessable Content. */
export const VALIDATION_STATUS = 422;

export interface ProblemOptions {
  /** i18n key of the detail, instead of `http.problem.<code>.detail`. */
  detailKey?: string;
  params?: Params;
  /** Params worded in the response language: placeholder → i18n key (e.g. status → profile.status.draft). */
  wordedParams?: Record<string, string>;
  errors?: readonly WordedFieldError[];
  /** Extra response headers (e.g. Retry-After). */
  headers?: Record<string, string>;
}

/** A field error; `key` (and `params`) word it with an area's own message instead of from `expected`. */
export interface WordedFieldError extends FieldError {
  key?: string;
  params?: Params;
}

export class ProblemError extends Error {
  readonly status: number;
  readonly code: ProblemCode;
  readonly options: ProblemOptions;
  constructor(status: number, code: ProblemCode, options: ProblemOptions = {}) {
    super(code);
    this.name = 'ProblemError';
    this.status = status;
    this.code = code;
    this.options = options;
  }
}

export const problem = (status: number, code: ProblemCode, options?: ProblemOptions) => new ProblemError(status, code, options);
export const validationProblem = (errors: readonly WordedFieldError[]) => new ProblemError(VALIDATION_STATUS, 'validation_failed', { errors });
export const notFound = (detailKey?: string, params?: Params) =>
  new ProblemError(404, 'not_found', detailKey === undefined ? {} : { detailKey, ...(params ? { params } : {}) });

export const fieldErrorSchema = z
  .object({
    field: z.string().openapi({ description: 'Dotted path of the field in the input, e.g. languageTests[0].scores.reading', example: 'age' }),
    expected: z.string().openapi({ description: 'What was expected there, as a short machine-readable code', example: '<= 120' }),
    message: z.string().openapi({ description: 'The same in words, in the language of the response', example: 'Doit être au plus 120.' }),
  })
  .openapi('FieldError');

export const problemSchema = z
  .object({
    type: z.string().openapi({ example: 'urn:problem:entree-express:validation_failed' }),
    title: z.string(),
    status: z.number().int(),
    code: z.enum(PROBLEM_CODES),
    detail: z.string(),
    requestId: z.string().optional(),
    errors: z.array(fieldErrorSchema).optional(),
  })
  .openapi('Problem', {
    description: 'RFC 9457 problem details; `title`, `detail` and `errors[].message` are in the language of the response (Content-Language).',
  });
export type ProblemBody = z.infer<typeof problemSchema>;

const DATE_FROM = /^date \(YYYY-MM-DD\) on or after (\d{4}-\d{2}-\d{2})$/;
const DATE_NOT_AFTER = /^date on or before (\d{4}-\d{2}-\d{2})$/;
const SCALE = /^(\d+(?:\.\d+)?)\.\.(\d+(?:\.\d+)?) by (\d+(?:\.\d+)?)$/;
const TYPES = new Set(['number', 'int', 'string', 'boolean', 'object', 'array', 'null']);

function typeText(lang: Lang, type: string): string {
  return TYPES.has(type) ? t(lang, `http.type.${type}`) : type;
}

/**
 * Words one field error. `expected` is the short code written by app/schemas.ts `fieldErrors` and app/evaluate.ts
 * (`number (required)`, `<= 12`, `a|b|c`, `no such field`, `before_birth`, `0..9 by 0.5`, …); anything unknown is shown as is.
 */
export function fieldErrorMessage(lang: Lang, error: FieldError): string {
  const e = error.expected;
  const last = error.field.split('.').at(-1)?.replace(/\[\d+\]$/, '') ?? '';
  const required = /^(.+) \(required\)$/.exec(e);
  if (required) {
    const what = required[1]!;
    return t(lang, 'http.field.required', { type: what.includes('|') ? what.split('|').join(', ') : typeText(lang, what) });
  }
  if (TYPES.has(e)) return t(lang, 'http.field.type', { type: typeText(lang, e) });
  if (e === 'no such field') return t(lang, 'http.field.unknown');
  if (e.startsWith('>= ')) return t(lang, 'http.field.min', { min: e.slice(3) });
  if (e.startsWith('<= ')) return t(lang, 'http.field.max', { max: e.slice(3) });
  if (e.startsWith('multiple of ')) return t(lang, 'http.field.multiple_of', { step: e.slice(12) });
  if (e === 'date (YYYY-MM-DD)' || e === 'date') return t(lang, 'http.field.date');
  const from = DATE_FROM.exec(e);
  if (from) return t(lang, 'http.field.date_from', { min: from[1] });
  const notAfter = DATE_NOT_AFTER.exec(e);
  if (notAfter) return t(lang, 'http.field.date_not_after', { max: notAfter[1] });
  const scale = SCALE.exec(e);
  if (scale) return t(lang, 'http.field.score_scale', { min: scale[1], max: scale[2], step: scale[3] });
  // Codes that some area words itself (`http.field.<code>`: before_birth, password_too_short…).
  if (/^[a-z_]+$/.test(e) && hasMessage(`http.field.${e}`)) return t(lang, `http.field.${e}`);
  if (e === 'a full profile (CRS factors are not enough)') return t(lang, 'http.field.full_profile');
  if (e === 'uuid') return t(lang, 'http.field.uuid');
  if (e === 'regex' || e === 'noc' || e === 'country') {
    if (last === 'noc' || e === 'noc') return t(lang, 'http.field.noc');
    if (last === 'country' || e === 'country') return t(lang, 'http.field.country');
    return t(lang, 'http.field.format');
  }
  // Codes of other areas (password_too_short, totp_code_wrong…) are worded by their own `http.field.<code>` entry.
  if (/^[a-z][a-z0-9_]*$/.test(e) && hasMessage(`http.field.${e}`)) return t(lang, `http.field.${e}`);
  if (e.includes('|')) return t(lang, 'http.field.one_of', { values: e.split('|').join(', ') });
  return t(lang, 'http.field.other', { expected: e });
}

/** The CLI names the default evaluation day `--as-of`; over HTTP it is the `asOf` query parameter. */
function fieldName(field: string): string {
  return field === '--as-of' ? 'asOf' : field;
}

export function problemBody(lang: Lang, p: ProblemError, requestId?: string): ProblemBody {
  const { detailKey, params = {}, wordedParams = {}, errors } = p.options;
  // Defaults for the placeholders of the details, so that a problem is always worded (callers pass the real values).
  const detailParams: Params = { count: errors?.length ?? 0, limit: BODY_LIMIT_BYTES / 1024, seconds: 60, requestId: requestId ?? '-', ...params };
  for (const [name, key] of Object.entries(wordedParams)) detailParams[name] = t(lang, key);
  return {
    type: `urn:problem:entree-express:${p.code}`,
    title: t(lang, `http.problem.${p.code}.title`),
    status: p.status,
    code: p.code,
    detail: t(lang, detailKey ?? `http.problem.${p.code}.detail`, detailParams),
    ...(requestId ? { requestId } : {}),
    ...(errors
      ? {
          errors: errors.map((e) => ({
            field: fieldName(e.field),
            expected: e.expected,
            message: e.key ? t(lang, e.key, e.params) : fieldErrorMessage(lang, { field: fieldName(e.field), expected: e.expected }),
          })),
        }
      : {}),
  };
}

/** Renders a problem in the request's language (set by the lang middleware; French if it did not run). */
export function problemResponse(c: Context, p: ProblemError): Response {
  const lang = (c.get('lang') as Lang | undefined) ?? 'fr';
  const requestId = c.get('requestId') as string | undefined;
  const body = problemBody(lang, p, requestId);
  // c.body keeps the headers set earlier in the request (request id, Vary, security headers).
  return c.body(JSON.stringify(body), p.status as ContentfulStatusCode, {
    'Content-Type': 'application/problem+json; charset=utf-8',
    'Content-Language': lang,
    ...p.options.headers,
  });
}
