// The audit trail (issue #3): every state change, and every officer read of a candidate file, appends one event with
// who (actor, role, on behalf of whom), what (action, entity), when, and digests of the entity before and after.
// Events are hash-chained: hash = sha256(canonical JSON of the fields + prevHash); the first prevHash is 64 zeros.
// Appends are serialized by a transaction-level advisory lock, so two transactions never chain onto the same event.
import { createHash } from 'node:crypto';
import type { AuditActor, AuditEventFields, AuditEventRecord } from './ports/audit.ts';
import type { Repositories } from './ports/unit-of-work.ts';
import type { Instant } from '../domain/vocabulary.ts';

export const GENESIS_HASH = '0'.repeat(64);

/** JSON with object keys sorted at every level (and undefined members dropped): one text per value. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' && !Number.isFinite(value)) throw new TypeError('canonicalJson: non-finite number');
    return JSON.stringify(value) ?? 'null';
  }
  if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v === undefined ? null : v)).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** Digest of an entity's state (null for "no state": before a creation, or for a read). */
export function digest(value: unknown): string | null {
  return value === null || value === undefined ? null : sha256Hex(canonicalJson(value));
}

/** An instant in the one form it is hashed in (ISO 8601 UTC with milliseconds, as the database gives it back). */
export function canonicalInstant(at: Instant): Instant {
  const d = new Date(at);
  if (Number.isNaN(d.getTime())) throw new RangeError(`not an instant: ${at}`);
  return d.toISOString();
}

export function eventHash(fields: AuditEventFields, prevHash: string): string {
  const f: AuditEventFields = {
    at: canonicalInstant(fields.at),
    actorId: fields.actorId,
    actorRole: fields.actorRole,
    onBehalfOf: fields.onBehalfOf,
    action: fields.action,
    entityType: fields.entityType,
    entityId: fields.entityId,
    beforeDigest: fields.beforeDigest,
    afterDigest: fields.afterDigest,
  };
  return sha256Hex(canonicalJson({ ...f, prevHash }));
}

export interface AuditEntry {
  at: Instant;
  actor: AuditActor;
  action: string;
  entityType: string;
  entityId: string;
  /** The entity's state before / after (digested here, never stored); null or omitted when there is none. */
  before?: unknown;
  after?: unknown;
}

function fieldsOf(entry: AuditEntry): AuditEventFields {
  return {
    at: canonicalInstant(entry.at),
    actorId: entry.actor.actorId,
    actorRole: entry.actor.role,
    onBehalfOf: entry.actor.onBehalfOf,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    beforeDigest: digest(entry.before),
    afterDigest: digest(entry.after),
  };
}

/** Appends one event to the chain; call inside the use case's transaction (the lock is released at its end). */
export async function appendAudit(r: Pick<Repositories, 'audit'>, entry: AuditEntry): Promise<AuditEventRecord> {
  const [event] = await appendAuditMany(r, [entry]);
  return event!;
}

/**
 * Appends events to the chain in the given order, in one write (a round's execution audits thousands of changes):
 * same chain, same hashes as appending them one by one. Call inside the use case's transaction.
 */
export async function appendAuditMany(r: Pick<Repositories, 'audit'>, entries: readonly AuditEntry[]): Promise<AuditEventRecord[]> {
  if (entries.length === 0) return [];
  await r.audit.lockChain();
  let prevHash = (await r.audit.last())?.hash ?? GENESIS_HASH;
  const events = entries.map((entry) => {
    const fields = fieldsOf(entry);
    const event = { ...fields, prevHash, hash: eventHash(fields, prevHash) };
    prevHash = event.hash;
    return event;
  });
  return r.audit.appendMany(events);
}

export interface AuditVerification {
  ok: boolean;
  /** Events checked. */
  checked: number;
  /** The first event whose prevHash or hash does not match. */
  firstBrokenSeq?: number;
}

/** Walks the whole chain in order, in pages, recomputing every hash. */
export async function verifyAuditChain(r: Pick<Repositories, 'audit'>, pageSize = 1000): Promise<AuditVerification> {
  let prev = GENESIS_HASH;
  let checked = 0;
  let afterSeq: number | undefined;
  for (;;) {
    const page = await r.audit.list({ ...(afterSeq === undefined ? {} : { afterSeq }), limit: pageSize });
    for (const e of page) {
      if (e.prevHash !== prev || eventHash(e, e.prevHash) !== e.hash) return { ok: false, checked, firstBrokenSeq: e.seq };
      prev = e.hash;
      checked++;
    }
    if (page.length < pageSize) return { ok: true, checked };
    afterSeq = page[page.length - 1]!.seq;
  }
}
