// Ports of the profile area: candidate profiles, the pool queries, and the re-scoring reports.
// Records are camelCase; instants are ISO 8601 UTC with milliseconds ('YYYY-MM-DDTHH:MM:SS.sssZ'); days 'YYYY-MM-DD'.
import type { CrsResult } from '../../domain/crs.ts';
import type { EligibilityResult } from '../../domain/eligibility.ts';
import type { ProfileStatus } from '../../domain/profile-lifecycle.ts';
import type { CrsBandCount } from '../../domain/rounds.ts';
import type { CategoryCode } from '../../domain/rules/categories.ts';
import type { Finding, Instant, IsoDate, Program, Province } from '../../domain/vocabulary.ts';

/** The profile as the candidate entered it: a draft may be incomplete, a submitted profile is a full `Profile`. */
export type ProfileData = Record<string, unknown>;

/** The CRS score as stored: the result with its explanation lines, the day scored and the derivation's findings. */
export interface StoredScore extends CrsResult {
  asOf: IsoDate;
  findings: Finding[];
}

/** Eligibility per program as stored, with the day it was checked. */
export interface StoredEligibility extends EligibilityResult {
  asOf: IsoDate;
}

export interface ProfileRecord {
  id: string;
  candidateId: string;
  /** Human-facing number; a clone gets a new one. */
  number: number;
  status: ProfileStatus;
  data: ProfileData;
  /** Tie-break stamp: the instant the profile first entered the pool; never changed afterwards. */
  submittedAt: Instant | null;
  /** 12 months (process.profile_validity_months) after submittedAt. */
  expiresAt: Instant | null;
  scoreTotal: number | null;
  score: StoredScore | null;
  /** The rules version (latest rule change on or before the day scored). */
  rulesVersion: IsoDate | null;
  eligibility: StoredEligibility | null;
  eligiblePrograms: Program[];
  clonedFrom: string | null;
  /** Optimistic locking: every update increments it. */
  version: number;
  createdAt: Instant;
  updatedAt: Instant;
}

/**
 * What the audit trail digests of a profile: its facts and lifecycle. The score's lines and the eligibility findings
 * are left out: they follow from the data and the rules version (both in here), and digesting them (≈ 20 KiB of
 * explanation) made auditing a round of 5,000 invitations take seconds.
 */
export type ProfileState = Omit<ProfileRecord, 'score' | 'eligibility'>;

/** The audited state of a profile record. */
export function profileState(p: ProfileState | ProfileRecord): ProfileState {
  const { score: _score, eligibility: _eligibility, ...state } = p as ProfileRecord;
  return state;
}

export interface NewProfile {
  candidateId: string;
  data: ProfileData;
  clonedFrom: string | null;
  at: Instant;
}

/** What an update may change (the stamp is written once, by the use case, when it is still null). */
export interface ProfileChanges {
  status?: ProfileStatus;
  data?: ProfileData;
  submittedAt?: Instant;
  expiresAt?: Instant;
  scoreTotal?: number | null;
  score?: StoredScore | null;
  rulesVersion?: IsoDate | null;
  eligibility?: StoredEligibility | null;
  eligiblePrograms?: Program[];
  /** Categories the profile qualifies for on the day of the evaluation (pool statistics; rounds evaluate their own day). */
  categories?: CategoryCode[];
}

/** Keyset cursor in pool order (score desc, submittedAt asc, id asc). */
export interface PoolCursor {
  scoreTotal: number;
  submittedAt: Instant;
  id: string;
}

export interface PoolStatisticsCounts {
  /** Profiles by status (every status present, 0 when none). */
  byStatus: Record<ProfileStatus, number>;
  /** Profiles in the pool (status submitted). */
  inPool: number;
  /** Pool profiles eligible for each program (a profile may count under several). */
  byProgram: Record<Program, number>;
  /** Pool profiles by intended province or territory (only those present). */
  byProvince: Partial<Record<Province, number>>;
  /** Pool profiles per category they qualified for when last evaluated (submit, update, rescore); only those present. */
  byCategory: Partial<Record<CategoryCode, number>>;
  /** Pool scores: histogram indexed by score 0–1200. */
  scoreHistogram: number[];
}

export interface PoolStatistics extends Omit<PoolStatisticsCounts, 'scoreHistogram'> {
  /** Pool distribution in IRCC's CRS bands. */
  byCrsBand: CrsBandCount[];
}

export interface ProfileRepository {
  /** Inserts a new draft. Throws StoreConflict('active_profile_exists') when the candidate already has an active profile. */
  insertDraft(profile: NewProfile): Promise<ProfileRecord>;
  /** `forUpdate` locks the row until the end of the transaction. */
  byId(id: string, opts?: { forUpdate?: boolean }): Promise<ProfileRecord | null>;
  /**
   * The profile's state without its score and eligibility, locked until the end of the transaction: what a change
   * needs to decide (status, version, stamp, data), without reading and parsing the stored explanation it replaces.
   */
  lockState(id: string): Promise<ProfileState | null>;
  /** The candidate's active profile (draft, submitted, ineligible, invited or applied), if any. */
  activeForCandidate(candidateId: string): Promise<ProfileRecord | null>;
  /** Every profile of the candidate, newest first. */
  listForCandidate(candidateId: string): Promise<ProfileRecord[]>;
  /**
   * Applies the changes if the profile is still at `expectedVersion` (the version is then incremented and
   * updated_at set to `at`); null when it is not (someone changed it meanwhile) or it does not exist. The record
   * returned is whole: the data, score and eligibility given in `changes`, the rest as stored.
   */
  update(id: string, expectedVersion: number, changes: ProfileChanges, at: Instant): Promise<ProfileRecord | null>;
  /** The pool, best first: score desc, then submission stamp asc, then id; keyset-paginated. */
  listPool(opts: { limit: number; after?: PoolCursor }): Promise<ProfileRecord[]>;
  /** Pool profiles in id order after `afterId` (for batch work such as re-scoring; stable while scores change). */
  poolBatch(opts: { afterId: string | null; limit: number }): Promise<ProfileRecord[]>;
  /** Profiles whose expiry has come at `now` (status submitted or ineligible, expires_at ≤ now), oldest first. */
  dueForExpiry(now: Instant, limit: number): Promise<ProfileRecord[]>;
  /** Pool profiles expiring in (from, to], in id order after `afterId`. */
  expiringBetween(from: Instant, to: Instant, opts: { afterId: string | null; limit: number }): Promise<ProfileRecord[]>;
  poolStatistics(): Promise<PoolStatisticsCounts>;
}

// ── Re-scoring reports ──────────────────────────────────────────────────────────────────────────────────────────

export interface RescoreSummary {
  /** Score deltas (after − before) → number of profiles, for the profiles that stayed in the pool with a new score. */
  deltaHistogram: Record<string, number>;
  up: number;
  down: number;
  leftPool: number;
  /** The largest absolute change of score (0 when none). */
  maxChange: number;
  /** Profiles by the rules version they were scored with before. */
  fromVersions: Record<string, number>;
}

export interface RescoreReportRecord {
  id: string;
  at: Instant;
  rulesVersionFrom: IsoDate | null;
  rulesVersionTo: IsoDate;
  profiles: number;
  changed: number;
  summary: RescoreSummary;
  createdAt: Instant;
}

export interface RescoreChangeRecord {
  reportId: string;
  profileId: string;
  candidateId: string;
  before: number | null;
  after: number | null;
  leftPool: boolean;
}

export interface RescoreRepository {
  insertReport(report: Omit<RescoreReportRecord, 'id' | 'createdAt'>): Promise<RescoreReportRecord>;
  /** Final counts once every batch is done. */
  finishReport(id: string, counts: { profiles: number; changed: number; summary: RescoreSummary; rulesVersionFrom: IsoDate | null }): Promise<void>;
  insertChanges(changes: readonly RescoreChangeRecord[]): Promise<void>;
  report(id: string): Promise<RescoreReportRecord | null>;
  /** Newest first. */
  listReports(limit: number): Promise<RescoreReportRecord[]>;
  changes(reportId: string): Promise<RescoreChangeRecord[]>;
}
