// The rounds area of the API (issue #4; /work/brief/api-contract.md) as the web sees it: published round reports and
// IRCC's history (public), the pool statistics and the rounds workflow (staff), and the signed-in account (for the
// CSRF token every POST carries and the role that decides which steps a page offers). The answers' types are the
// API's own response schemas (src/http/schemas-rounds.ts, imported for their types only).
import type { z } from '@hono/zod-openapi';
import type { poolStatsSchema } from '../../../src/http/schemas-profiles.ts';
import type {
  irccRoundSchema,
  itaViewSchema,
  outcomeSchema,
  outcomeSummarySchema,
  poolEntrySchema,
  roundReportSchema,
  roundSpecSchema,
  roundViewSchema,
} from '../../../src/http/schemas-rounds.ts';
import type { Me } from './api-candidate.ts';
import { request } from './api.ts';

export type RoundSpec = z.output<typeof roundSpecSchema>;
export type RoundType = RoundSpec['type'];
export const ROUND_TYPES = ['general', 'program', 'category'] as const satisfies readonly RoundType[];
export type RoundProgram = NonNullable<RoundSpec['program']>;
export const ROUND_PROGRAMS = ['pnp', 'cec', 'fsw', 'fst'] as const satisfies readonly RoundProgram[];
/** Category codes of the rules (src/domain/rules/categories.ts); which are in force depends on the round's day. */
export const CATEGORY_CODES = [
  'french',
  'healthcare',
  'stem',
  'trades',
  'transport',
  'agriculture',
  'education',
  'physicians',
  'senior_managers',
  'researchers',
  'military',
] as const;
export type CategoryCode = (typeof CATEGORY_CODES)[number] | (string & {});

export type RoundView = z.output<typeof roundViewSchema>;
export type RoundStatus = RoundView['status'];
export const ROUND_STATUSES = ['draft', 'simulated', 'approved', 'executed', 'published'] as const satisfies readonly RoundStatus[];

/** A published round's public report: IRCC's feed fields, then clean typed fields. */
export type RoundReport = z.output<typeof roundReportSchema>;
/** One of IRCC's published rounds, as imported from its feed. */
export type IrccRound = z.output<typeof irccRoundSchema>;
export type BandCount = RoundReport['distribution'][number];
export type RoundOutcome = z.output<typeof outcomeSchema>;
export type Invitation = RoundOutcome['invited'][number];
export type RoundCounts = RoundOutcome['counts'];
/** The outcome as a round carries it: without the list of who is (or would be) invited. */
export type RoundOutcomeSummary = z.output<typeof outcomeSummarySchema>;

export type ItaView = z.output<typeof itaViewSchema>;
export type ItaStatus = ItaView['status'];

export type PoolStatistics = z.output<typeof poolStatsSchema>;
/** One profile of the ranked pool (GET /api/officer/pool). */
export type PoolEntry = z.output<typeof poolEntrySchema>;
export interface PoolPage {
  profiles: PoolEntry[];
  /** Pass as `after` for the following page; null on the last page. */
  next: string | null;
}

export type { Account, Me } from './api-candidate.ts';

export interface Simulation {
  round: RoundView;
  outcome: RoundOutcome;
}

export interface Execution {
  round: RoundView;
  itaCount: number;
  alreadyExecuted: boolean;
}

export const STAFF_ROLES = ['officer', 'round_approver', 'auditor', 'admin'] as const;
/** Who may do what (src/app/rounds.ts): the pages offer a step only to those roles; the server decides anyway. */
export const CAN = {
  draft: ['officer'],
  simulate: ['officer', 'round_approver'],
  approve: ['round_approver'],
  execute: ['round_approver'],
  publish: ['officer', 'round_approver'],
  readPool: ['officer', 'round_approver', 'auditor', 'admin'],
} as const satisfies Record<string, readonly string[]>;
export type Step = keyof typeof CAN;
export const may = (role: string | undefined, step: Step): boolean => role !== undefined && (CAN[step] as readonly string[]).includes(role);

interface Options {
  lang: 'fr' | 'en';
  signal?: AbortSignal;
  /** The session's CSRF token: required on POST. */
  csrf?: string;
}

function call<T>(method: 'GET' | 'POST', path: string, body: unknown, { lang, signal, csrf }: Options): Promise<T> {
  return request<T>(method, path, body, { lang, ...(signal ? { signal } : {}), ...(csrf ? { headers: { 'X-CSRF-Token': csrf } } : {}) });
}

const limitQuery = (limit?: number) => (limit === undefined ? '' : `?limit=${limit}`);

/** The CSV of the published reports (a plain link: the browser downloads it). */
export const ROUNDS_CSV_URL = '/api/rounds.csv';

export const roundsApi = {
  // ── Public ──
  published: (o: Options, limit?: number) => call<{ rounds: RoundReport[] }>('GET', `/api/rounds${limitQuery(limit)}`, undefined, o).then((r) => r.rounds),
  report: (number: number, o: Options) => call<RoundReport>('GET', `/api/rounds/${number}`, undefined, o),
  ircc: (o: Options) => call<{ rounds: IrccRound[] }>('GET', '/api/ircc-rounds', undefined, o).then((r) => r.rounds),
  // ── The signed-in account (401 when nobody is) ──
  me: (o: Options) => call<Me>('GET', '/api/auth/me', undefined, o),
  // ── Staff ──
  poolStats: (o: Options) => call<PoolStatistics>('GET', '/api/officer/pool/stats', undefined, o),
  pool: (limit: number, after: string | null, o: Options) =>
    call<PoolPage>('GET', `/api/officer/pool?limit=${limit}${after ? `&after=${encodeURIComponent(after)}` : ''}`, undefined, o),
  list: (o: Options, limit?: number) => call<{ rounds: RoundView[] }>('GET', `/api/officer/rounds${limitQuery(limit)}`, undefined, o).then((r) => r.rounds),
  round: (number: number, o: Options) => call<{ round: RoundView; itas: ItaView[] }>('GET', `/api/officer/rounds/${number}`, undefined, o),
  draft: (spec: RoundSpec, o: Options) => call<RoundView>('POST', '/api/officer/rounds', spec, o),
  simulate: (number: number, o: Options) => call<Simulation>('POST', `/api/officer/rounds/${number}/simulate`, {}, o),
  approve: (number: number, o: Options) => call<RoundView | { round: RoundView }>('POST', `/api/officer/rounds/${number}/approve`, {}, o).then(unwrapRound),
  execute: (number: number, o: Options) => call<Execution>('POST', `/api/officer/rounds/${number}/execute`, {}, o),
  publish: (number: number, o: Options) => call<RoundView | { round: RoundView }>('POST', `/api/officer/rounds/${number}/publish`, {}, o).then(unwrapRound),
};

/** Approve and publish answer a RoundView; accept `{ round }` too. */
function unwrapRound(answer: RoundView | { round: RoundView }): RoundView {
  return 'status' in answer ? answer : answer.round;
}
