// The rounds area of the API (issue #4; /work/brief/api-contract.md) as the web sees it: published round reports and
// IRCC's history (public), the pool statistics and the rounds workflow (staff), and the signed-in account (for the
// CSRF token every POST carries and the role that decides which steps a page offers). Types mirror
// src/domain/round-report.ts, src/app/ircc-feed.ts and src/app/ports/rounds.ts; the web may not import them.
import type { Instant, IsoDate, Province } from '../../../src/domain/vocabulary.ts';
import { request } from './api.ts';

export type RoundType = 'general' | 'program' | 'category';
export const ROUND_TYPES: readonly RoundType[] = ['general', 'program', 'category'];
export type RoundProgram = 'pnp' | 'cec' | 'fsw' | 'fst';
export const ROUND_PROGRAMS: readonly RoundProgram[] = ['pnp', 'cec', 'fsw', 'fst'];
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

export type RoundStatus = 'draft' | 'simulated' | 'approved' | 'executed' | 'published';
export const ROUND_STATUSES: readonly RoundStatus[] = ['draft', 'simulated', 'approved', 'executed', 'published'];

export interface BandCount {
  band: string;
  from: number;
  to: number;
  count: number;
}

/** A published round's public report (src/domain/round-report.ts RoundReport; IRCC's feed fields may come along). */
export interface RoundReport {
  number: number;
  numberSuffix?: string;
  date: IsoDate;
  instant: Instant;
  name: { en: string; fr: string };
  type: RoundType;
  program: RoundProgram | null;
  category: CategoryCode | null;
  categoryVersion: string | null;
  eligiblePrograms: RoundProgram[];
  size: number;
  cutoff: number | null;
  tieBreak: Instant | null;
  rulesVersion: IsoDate;
  distributionAsOf: IsoDate;
  distribution: BandCount[];
}

/** One of IRCC's published rounds, as imported from its feed (src/app/ircc-feed.ts IrccRound). */
export interface IrccRound {
  number: number;
  numberSuffix?: string;
  drawNumber: string;
  date: IsoDate;
  instant: Instant;
  name: string;
  type: RoundType | null;
  program: RoundProgram | null;
  category: CategoryCode | null;
  categoryVersion: string | null;
  eligiblePrograms: RoundProgram[];
  size: number;
  cutoff: number;
  tieBreak: Instant | null;
  distributionAsOf: IsoDate;
  distribution: BandCount[];
  notes: string[];
}

export interface RoundSpec {
  type: RoundType;
  program?: RoundProgram;
  category?: CategoryCode;
  size?: number;
  minimumCrs?: number;
  instant: Instant;
}

export interface Invitation {
  profileId: string;
  candidateId: string;
  score: number;
  submittedAt: Instant;
  program: RoundProgram;
}

export interface RoundCounts {
  byProgram: Partial<Record<RoundProgram, number>>;
  byCategory: Partial<Record<string, number>>;
  byProvince: Partial<Record<string, number>>;
  byBand: BandCount[];
}

export interface RoundOutcome {
  cutoff: number | null;
  tieBreak: Instant | null;
  invitedCount: number;
  poolSize: number;
  eligibleCount: number;
  counts: RoundCounts;
  poolDistribution: BandCount[];
  invited: Invitation[];
}

/** The outcome as a round carries it: without the list of who is (or would be) invited. */
export type RoundOutcomeSummary = Omit<RoundOutcome, 'invited'> & { invited?: Invitation[] };

/** A round as staff see it, every status (src/http/routes/rounds.ts roundView). draftedBy and approvedBy are account ids. */
export interface RoundView {
  number: number;
  status: RoundStatus;
  statusText?: string;
  name?: { en: string; fr: string };
  spec: RoundSpec;
  instant: Instant;
  draftedBy: string;
  approvedBy: string | null;
  executedAt: Instant | null;
  cutoff: number | null;
  tieBreak: Instant | null;
  rulesVersion: IsoDate | null;
  result?: RoundOutcomeSummary | null;
  report?: RoundReport | null;
  createdAt: Instant;
  updatedAt: Instant;
}

export type ItaStatus = 'issued' | 'accepted' | 'declined' | 'expired';

export interface ItaView {
  id: string;
  roundNumber: number;
  profileId: string;
  candidateId: string;
  program: RoundProgram;
  programText?: string;
  score: number;
  issuedAt: Instant;
  deadline: IsoDate;
  status: ItaStatus;
  statusText?: string;
  answeredAt: Instant | null;
}

export interface PoolStatistics {
  byStatus: Record<string, number>;
  inPool: number;
  byProgram: Record<string, number>;
  byProvince: Partial<Record<Province, number>> & Record<string, number>;
  byCrsBand: BandCount[];
  /** Added by the rounds-at-scale work; shown when present. */
  byCategory?: Record<string, number>;
}

/** One profile of the ranked pool (GET /api/officer/pool). */
export interface PoolEntry {
  id: string;
  number: number;
  candidateId: string;
  scoreTotal: number;
  submittedAt: Instant;
  expiresAt: Instant;
  eligiblePrograms: string[];
  intendedProvince: Province | null;
  rulesVersion: IsoDate | null;
}

export interface PoolPage {
  profiles: PoolEntry[];
  /** Pass as `after` for the following page; null on the last page. */
  next: string | null;
}

export interface Account {
  id: string;
  email: string;
  role: string;
  displayName: string;
}

export interface Me {
  account: Account;
  session: { csrfToken: string; mfaVerified: boolean; next: 'none' | 'totp_verify' | 'totp_enroll' };
}

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
