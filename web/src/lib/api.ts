// The web's only way to the server: fetch('/api/…'). Typed answers of the public API (issue #3, src/http), and
// problems (application/problem+json) turned into ApiProblem with their field-level errors.
import type { z } from '@hono/zod-openapi';
import type { AbilityLevels, CrsFactors, Program } from '../../../src/domain/vocabulary.ts';
import type {
  adviceSchema,
  crsScoreSchema,
  eligibilitySchema,
  explanationLineSchema,
  nocHitSchema,
  nocSearchSchema,
  ruleInForceSchema,
  ruleListSchema,
  ruleSchema,
} from '../../../src/http/schemas.ts';

export type CrsBlock = ExplanationLine['block'];
export const CRS_BLOCKS: readonly CrsBlock[] = ['core', 'spouse', 'transferability', 'additional'];

// The answers' shapes are the API's own response schemas (src/http/schemas.ts, imported for their types only: no zod
// in the bundle), so the web cannot drift from what the server sends.
export type ExplanationLine = z.output<typeof explanationLineSchema>;
export type CrsScore = z.output<typeof crsScoreSchema>;
export type EligibilityAnswer = z.output<typeof eligibilitySchema>;
export type ProgramResult = EligibilityAnswer['programs'][Program];
export type FswGrid = NonNullable<ProgramResult['fswGrid']>;
export type AdviceAnswer = z.output<typeof adviceSchema>;

/** A NOC 2021 unit group found by a search, and how it matched. */
export type NocHit = z.output<typeof nocHitSchema>;

export type RuleInForce = z.output<typeof ruleInForceSchema>;
export type Reference = RuleInForce['references'][number];
export type RuleList = z.output<typeof ruleListSchema>;
export type RuleParameter = z.output<typeof ruleSchema>;

export interface FieldProblem {
  field: string;
  expected: string;
  message: string;
}

export interface ProblemBody {
  code: string;
  title: string;
  detail: string;
  status?: number;
  errors?: FieldProblem[];
}

/** An answer other than 2xx: the problem the API described (or a stand-in when the body is not a problem). */
export class ApiProblem extends Error {
  readonly status: number;
  readonly problem: ProblemBody;
  constructor(status: number, problem: ProblemBody) {
    super(problem.detail || problem.title);
    this.name = 'ApiProblem';
    this.status = status;
    this.problem = problem;
  }
  get fieldErrors(): FieldProblem[] {
    return this.problem.errors ?? [];
  }
}

export const isAbort = (error: unknown): boolean => error instanceof Error && error.name === 'AbortError';

export interface RequestOptions {
  signal?: AbortSignal;
  lang: 'fr' | 'en';
  /** More request headers (X-CSRF-Token, If-Match). */
  headers?: Record<string, string>;
}

export type Method = 'GET' | 'POST' | 'PUT';

/** The one way to the API: JSON in and out, the page's language, problems thrown as ApiProblem. */
export async function request<T>(method: Method, path: string, body: unknown, { signal, lang, headers: extra }: RequestOptions): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': lang, ...extra };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(path, {
    method,
    headers,
    credentials: 'same-origin',
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    ...(signal ? { signal } : {}),
  });
  const text = await response.text();
  let data: unknown;
  try {
    data = text ? JSON.parse(text) : null;
  } catch {
    data = null;
  }
  if (!response.ok) {
    const problem =
      typeof data === 'object' && data !== null && 'code' in data
        ? (data as ProblemBody)
        : { code: 'http_error', title: String(response.status), detail: response.statusText || String(response.status) };
    throw new ApiProblem(response.status, problem);
  }
  return data as T;
}

export const query = (params: Record<string, string | number | undefined>) => {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== '') search.set(key, String(value));
  const text = search.toString();
  return text ? `?${text}` : '';
};

/** A CRS factors object as the calculator sends it (asOf goes in the query). */
export type FactorsBody = Omit<CrsFactors, 'asOf'>;

export const api = {
  score: (body: unknown, asOf: string | undefined, options: RequestOptions) =>
    request<CrsScore>('POST', `/api/crs/score${query({ asOf, lang: options.lang })}`, body, options),
  eligibility: (profile: unknown, asOf: string | undefined, options: RequestOptions) =>
    request<EligibilityAnswer>('POST', `/api/eligibility${query({ asOf, lang: options.lang })}`, profile, options),
  advice: (profile: unknown, asOf: string | undefined, options: RequestOptions) =>
    request<AdviceAnswer>('POST', `/api/advice${query({ asOf, lang: options.lang })}`, profile, options),
  noc: (q: string, limit: number, options: RequestOptions) =>
    request<z.output<typeof nocSearchSchema>>('GET', `/api/noc${query({ q, lang: options.lang, limit })}`, undefined, options).then((r) => r.hits),
  rules: (asOf: string | undefined, options: RequestOptions) => request<RuleList>('GET', `/api/rules${query({ asOf })}`, undefined, options),
  rule: (id: string, options: RequestOptions) => request<RuleParameter>('GET', `/api/rules/${encodeURIComponent(id)}`, undefined, options),
};

export type { AbilityLevels };
