// Ports of the rounds area (issue #4): rounds of invitations and their workflow, the invitations (ITAs), the pool as a
// round sees it, and IRCC's published rounds. Records are camelCase; instants ISO 8601 UTC with milliseconds.
import type { RoundReport } from '../../domain/round-report.ts';
import type { CrsBandCount, Invitation, RoundCounts, RoundProgram, RoundSpec } from '../../domain/rounds.ts';
import type { Instant, IsoDate, Program } from '../../domain/vocabulary.ts';
import type { ProfileData, ProfileState } from './profiles.ts';
import type { IrccRound } from '../ircc-feed.ts';

export const ROUND_STATUSES = ['draft', 'simulated', 'approved', 'executed', 'published'] as const;
export type RoundStatus = (typeof ROUND_STATUSES)[number];

/**
 * What a simulation or an execution computed, as kept on the round. Not the list of invitations: a simulation answers
 * it (RoundOutcome) and an execution writes it to the ita table; kept on the round it made every later read and audit
 * digest of the round carry thousands of names.
 */
export interface StoredRoundOutcome {
  cutoff: number | null;
  tieBreak: Instant | null;
  invitedCount: number;
  poolSize: number;
  eligibleCount: number;
  counts: RoundCounts;
  poolDistribution: CrsBandCount[];
}

/** What a simulation or an execution computed, with who is (or would be) invited, in rank order. */
export interface RoundOutcome extends StoredRoundOutcome {
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
  /** The last simulation's or the execution's outcome (without the list of invitations). */
  result: StoredRoundOutcome | null;
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
  result?: StoredRoundOutcome;
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

/**
 * Which profiles of the pool at a round's instant the round may invite, as the database checks it (the pure
 * roundFilter of src/domain/rounds.ts): always eligible for at least one federal program, and as set here.
 */
export interface PoolFilter {
  /** The round's instant: in the pool = status submitted, submitted at or before it, expiring after it. */
  instant: Instant;
  /** Program rounds (cec, fsw, fst): eligible for that program. */
  program?: 'cec' | 'fsw' | 'fst';
  /** PNP rounds: holding a nomination dated on or before this day. */
  nominatedBy?: IsoDate;
  /** Category rounds: having at least one of these category keys (migration 0010: NOC codes, 'french'). */
  categoryKeys?: readonly string[];
}

/** A pool profile in rank order, without its data (what a round reads for each candidate). */
export interface RankedProfile {
  profileId: string;
  candidateId: string;
  version: number;
  score: number;
  submittedAt: Instant;
  expiresAt: Instant;
  eligiblePrograms: Program[];
  /** The nomination's day, when the data holds one. */
  nominatedOn: IsoDate | null;
  province: string | null;
  /**
   * Only for profiles having one of the `categoryDataKeys` asked for: the parts of the data category eligibility
   * reads (workHistory, languageTests, firstOfficialLanguage, jobOffer), as stored; null otherwise.
   */
  categoryData: ProfileData | null;
}

/** Profiles in the pool at the instant with a given score: all of them, and those the round's filter accepts. */
export interface PoolScoreCount {
  score: number;
  pool: number;
  accepted: number;
}

export interface PoolSelection {
  /** One entry per score present in the pool at the instant. */
  histogram: PoolScoreCount[];
  /** Profiles the filter accepts with score ≥ minScore, in rank order (score desc, stamp asc, id asc), at most `limit`. */
  ranked: RankedProfile[];
}

/** A profile moved submitted → invited: the record before and after (only status, version and updatedAt differ). */
export interface InvitedProfile {
  before: ProfileState;
  after: ProfileState;
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
  /**
   * One read of the pool at the filter's instant, in one statement (one snapshot): the score histogram of the pool
   * and of the profiles the filter accepts, and the accepted profiles with score ≥ minScore in rank order, at most
   * `limit` (all when absent). `categoryDataKeys`: return `categoryData` for ranked profiles having one of these keys.
   */
  selectPool(q: { filter: PoolFilter; minScore: number; limit?: number; categoryDataKeys: readonly string[] }): Promise<PoolSelection>;
  /**
   * Moves profiles submitted → invited at the versions given, in one statement per batch; null when any of them is no
   * longer submitted at that version (changed meanwhile): the caller then rolls the whole transaction back.
   */
  invite(profiles: readonly { profileId: string; version: number }[], at: Instant): Promise<InvitedProfile[] | null>;
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
