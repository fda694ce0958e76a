// Port of the audit trail: an append-only, hash-chained log (src/app/audit.ts computes the hashes; the database refuses
// UPDATE and DELETE on it). Records are camelCase; instants are ISO 8601 UTC with milliseconds.
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
  seq: number;
  /** Hash of the previous event (64 zeros for the first). */
  prevHash: string;
  /** sha256 (hex) of canonical JSON of the fields + prevHash. */
  hash: string;
}

export interface AuditRepository {
  /** Serializes appends until the end of the transaction (pg_advisory_xact_lock); call before reading the last hash. */
  lockChain(): Promise<void>;
  /** The last event of the chain, or null when the trail is empty. */
  last(): Promise<AuditEventRecord | null>;
  /** Appends one event (the hashes computed by the caller) and returns it with its seq. */
  append(event: Omit<AuditEventRecord, 'seq'>): Promise<AuditEventRecord>;
  /** Appends events in the given order (seq ascending), in as few statements as the driver allows. */
  appendMany(events: readonly Omit<AuditEventRecord, 'seq'>[]): Promise<AuditEventRecord[]>;
  /** Events in chain order after `afterSeq` (exclusive), at most `limit`. */
  list(opts: { afterSeq?: number; limit: number }): Promise<AuditEventRecord[]>;
  /** The events of one entity, oldest first. */
  forEntity(entityId: string, limit?: number): Promise<AuditEventRecord[]>;
}
