// Port of the audit trail: an append-only, hash-chained log (src/app/audit.ts computes the hashes; the database refuses
// UPDATE and DELETE on it, but for the chainer's one update of the chain columns, ADR 0009). Records are camelCase;
// instants are ISO 8601 UTC with milliseconds.
import type { Role } from '../../domain/accounts.ts';
import type { Instant } from '../../domain/vocabulary.ts';

/** Who acts: an account in a role, possibly for a candidate (a representative), or the system itself (sweeps, re-scoring). */
export interface Actor {
  actorId: string;
  role: Role;
  /** The candidate a representative acts for (its authorization checked by the caller), else null. */
  onBehalfOf: string | null;
}

/** Scheduled work (expiry sweep, reminders, re-scoring): recorded with no actor id and the role 'system'. */
export const SYSTEM_ACTOR = { actorId: null, role: 'system', onBehalfOf: null } as const;
export type SystemActor = typeof SYSTEM_ACTOR;
export type AuditActor = Actor | SystemActor;

/** The fields an event is hashed over (with prevHash), in canonical JSON (keys sorted). */
export interface AuditEventFields {
  at: Instant;
  actorId: string | null;
  actorRole: string | null;
  onBehalfOf: string | null;
  /** A dotted code: 'profile.submit', 'profile.read', 'profile.expire', … */
  action: string;
  entityType: string;
  entityId: string;
  /** sha256 (hex) of the canonical JSON of the entity before / after; null when there was none (creation) or for a read. */
  beforeDigest: string | null;
  afterDigest: string | null;
}

export interface AuditEventRecord extends AuditEventFields {
  /** Order of appending (a sequence; a later commit may hold a smaller seq). */
  seq: number;
  /** Position in the chain (1, 2, …), null until the chainer has linked the event. */
  chainPos: number | null;
  /** Hash of the previous event in the chain (64 zeros for the first); null until chained. */
  prevHash: string | null;
  /** sha256 (hex) of canonical JSON of the fields + prevHash; null until chained. */
  hash: string | null;
}

/** An event as the chainer links it. */
export interface AuditLink {
  seq: number;
  chainPos: number;
  prevHash: string;
  hash: string;
}

/** The chain's anchor: how long the chain is and its last hash (length 0 and 64 zeros when empty). */
export interface AuditChainHead {
  length: number;
  hash: string;
}

export interface AuditRepository {
  /** Serializes the chainers until the end of the transaction (pg_advisory_xact_lock). Appends never take it. */
  lockChain(): Promise<void>;
  /**
   * Appends events unchained, in the given order (seq ascending), in one statement. Inside a transaction it may resolve
   * before the database has answered: a failure then fails the transaction's next statement or its commit.
   */
  appendMany(events: readonly AuditEventFields[]): Promise<void>;
  /**
   * Committed unchained events in chain order (by appending transaction, then seq): about `limit`, never splitting a
   * transaction's events (the last transaction is completed beyond the limit).
   */
  unchained(limit: number): Promise<AuditEventRecord[]>;
  /** Sets the chain columns of unchained events and moves the anchor to `head`, in the caller's transaction. */
  link(links: readonly AuditLink[], head: AuditChainHead): Promise<void>;
  /** The anchor, or null when its row is missing (which only tampering can do). */
  head(): Promise<AuditChainHead | null>;
  /** Chained events by position: after `afterPos` (exclusive), up to `uptoPos` (inclusive), at most `limit`. */
  chain(opts: { afterPos: number; uptoPos: number; limit: number }): Promise<AuditEventRecord[]>;
  /** How many events wait for the chainer, and the seq of the oldest. */
  unchainedCount(): Promise<{ count: number; oldestSeq: number | null }>;
  /** Events by seq after `afterSeq` (exclusive), at most `limit` (chained or not). */
  list(opts: { afterSeq?: number; limit: number }): Promise<AuditEventRecord[]>;
  /** The events of one entity, oldest first. */
  forEntity(entityId: string, limit?: number): Promise<AuditEventRecord[]>;
}
