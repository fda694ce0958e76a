// Ports of the rounds area (issue #4): rounds of invitations and their workflow, the invitations (ITAs), the pool as a
// round sees it, and IRCC's published rounds. Records are camelCase; instants ISO 8601 UTC with milliseconds.
import type { RoundReport } from '../../domain/round-report.ts';
import type { CrsBandCount, Invitation, RoundCounts, RoundProgram, RoundSpec } from '../../domain/rounds.ts';
import type { Instant, IsoDate, Program } from '../../domain/vocabulary.ts';
import type { ProfileData } from './profiles.ts';
import type { IrccRound } from '../ircc-feed.ts';

export const ROUND_STATUSES = ['draft', 'simulated', 'approved', 'executed', 'published'] as const;
export type RoundStatus = (typeof ROUND_STATUSES)[number];

/** What a simulation or an execution computed (the list of invitations lives in the ita table once executed). */
export interface RoundOutcome {
  cutoff: number | null;
  tieBreak: Instant | null;
  invitedCount: number;
  poolSize: number;
  eligibleCount: number;
  counts: RoundCounts;
  poolDistribution: CrsBandCount[];
  /** Who is (or would be) invited, in rank order. */
  invited: Invitation[];
}

export interface RoundRecord {
  id: string;
  number: number;
  status: RoundStatus;
  spec: RoundSpec;
  instant: Instant;
  draftedBy: string;
  approvedBy: string | null;
  executedAt: Instant | null;
  cutoff: number | null;
  tieBreak: Instant | null;
  rulesVersion: IsoDate | null;
  /** The last simulation's or the execution's outcome. */
  result: RoundOutcome | null;
  report: RoundReport | null;
  createdAt: Instant;
  updatedAt: Instant;
}

export interface RoundChanges {
  status?: RoundStatus;
  approvedBy?: string;
  executedAt?: Instant;
  cutoff?: number | null;
  tieBreak?: Instant | null;
  rulesVersion?: IsoDate;
  result?: RoundOutcome;
  report?: RoundReport;
}

/** A pool profile as stored, for a round to evaluate (categories and nomination come from the data). */
export interface PoolProfile {
  profileId: string;
  candidateId: string;
  version: number;
  score: number;
  submittedAt: Instant;
  expiresAt: Instant;
  eligiblePrograms: Program[];
  data: ProfileData;
}

export interface RoundRepository {
  /** Inserts a draft round with the next number (max + 1; a concurrent insert hits round_number_uq → StoreConflict). */
  insertDraft(round: { spec: RoundSpec; instant: Instant; draftedBy: string; at: Instant }): Promise<RoundRecord>;
  byId(id: string, opts?: { forUpdate?: boolean }): Promise<RoundRecord | null>;
  byNumber(number: number, opts?: { forUpdate?: boolean }): Promise<RoundRecord | null>;
  /** Newest first; only the given statuses when set. */
  list(opts: { limit: number; statuses?: readonly RoundStatus[] }): Promise<RoundRecord[]>;
  update(id: string, changes: RoundChanges, at: Instant): Promise<RoundRecord>;
  /** Profiles in the pool at the instant: status submitted, submitted at or before it, not expired at it. */
  poolAt(instant: Instant): Promise<PoolProfile[]>;
}

export const ITA_STATUSES = ['issued', 'accepted', 'declined', 'expired'] as const;
export type ItaStatus = (typeof ITA_STATUSES)[number];

export interface ItaRecord {
  id: string;
  roundId: string;
  profileId: string;
  candidateId: string;
  program: RoundProgram;
  score: number;
  issuedAt: Instant;
  /** Last day to apply (process.ita_response_days after the day of issue). */
  deadline: IsoDate;
  status: ItaStatus;
  answeredAt: Instant | null;
}

export type NewIta = Omit<ItaRecord, 'id' | 'status' | 'answeredAt'>;

export interface ItaRepository {
  insertMany(itas: readonly NewIta[]): Promise<ItaRecord[]>;
  byId(id: string, opts?: { forUpdate?: boolean }): Promise<ItaRecord | null>;
  /** In rank order (score desc, then the order they were issued in). */
  forRound(roundId: string): Promise<ItaRecord[]>;
  /** Newest first. */
  forCandidate(candidateId: string): Promise<ItaRecord[]>;
  answer(id: string, status: Exclude<ItaStatus, 'issued'>, at: Instant): Promise<ItaRecord>;
  /** Issued ITAs whose deadline is before `today`, locked (SKIP LOCKED), oldest first. */
  dueForExpiry(today: IsoDate, limit: number): Promise<ItaRecord[]>;
}

export interface IrccRoundRepository {
  /** Inserts or replaces by number (IRCC's drawNumber, `91a`); returns how many were written. */
  upsert(rounds: readonly { number: string; data: IrccRound }[]): Promise<number>;
  list(): Promise<{ number: string; data: IrccRound }[]>;
}
