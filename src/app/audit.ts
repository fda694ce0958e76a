// The audit trail (issue #3): every state change, and every officer read of a candidate file, appends one event with
// who (actor, role, on behalf of whom), what (action, entity), when, and digests of the entity before and after.
// Events are hash-chained: hash = sha256(canonical JSON of the fields + prevHash); the first prevHash is 64 zeros.
//
// The chain is built by a chainer, not by the appenders (ADR 0009): a use case's transaction appends its events
// UNCHAINED (no lock, no read of the last hash), and `chainAuditEvents`, run in short transactions of its own under an
// advisory lock (by the server's scheduler every second, by `ee audit verify`, when the CLI closes the database),
// gives committed events their position, prevHash and hash in one go and moves the chain's anchor (length and last
// hash), so that deleting the chain's last events shows. Chain order is the order of discovery: by appending
// transaction, then seq; the events of one transaction (so of one `appendAuditMany` call) stay consecutive.
import { createHash } from 'node:crypto';
import type { AuditActor, AuditEventFields } from './ports/audit.ts';
import type { Repositories, UnitOfWork } from './ports/unit-of-work.ts';
import type { Instant } from '../domain/vocabulary.ts';

export const GENESIS_HASH = '0'.repeat(64);

/**
 * JSON with object keys sorted at every level (and undefined members dropped): one text per value. Written as one
 * pass with plain loops: it digests whole profile records (about 20 KB of JSON) twice per audited change.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' && !Number.isFinite(value)) throw new TypeError('canonicalJson: non-finite number');
    return JSON.stringify(value) ?? 'null';
  }
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++) {
      if (i > 0) out += ',';
      const item: unknown = value[i];
      out += canonicalJson(item === undefined ? null : item);
    }
    return `${out}]`;
  }
  const record = value as Record<string, unknown>;
  // The default sort orders by UTF-16 code units, as `a < b` does.
  const keys = Object.keys(record).sort();
  let out = '{';
  let first = true;
  for (const key of keys) {
    const item = record[key];
    if (item === undefined) continue;
    if (!first) out += ',';
    first = false;
    out += `${JSON.stringify(key)}:${canonicalJson(item)}`;
  }
  return `${out}}`;
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

/**
 * sha256 of the canonical JSON of the event's fields and prevHash. The fields have one fixed shape, so the canonical
 * text (keys sorted, as canonicalJson gives it; test/audit-canonical.test.ts checks they agree) is written directly:
 * the chainer hashes every event the API appends, on the server's one thread.
 */
export function eventHash(fields: AuditEventFields, prevHash: string): string {
  const s = JSON.stringify;
  const text =
    `{"action":${s(fields.action)},"actorId":${s(fields.actorId)},"actorRole":${s(fields.actorRole)},"afterDigest":${s(fields.afterDigest)},` +
    `"at":${s(canonicalInstant(fields.at))},"beforeDigest":${s(fields.beforeDigest)},"entityId":${s(fields.entityId)},` +
    `"entityType":${s(fields.entityType)},"onBehalfOf":${s(fields.onBehalfOf)},"prevHash":${s(prevHash)}}`;
  return sha256Hex(text);
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

/** Appends one event (unchained: the chainer links it once committed). Call inside the use case's transaction. */
export function appendAudit(r: Pick<Repositories, 'audit'>, entry: AuditEntry): Promise<void> {
  return appendAuditMany(r, [entry]);
}

/**
 * Appends events in the given order, in one write (a round's execution audits thousands of changes), inside the use
 * case's transaction. They are unchained until the chainer runs; they will be consecutive in the chain, in this order.
 */
export async function appendAuditMany(r: Pick<Repositories, 'audit'>, entries: readonly AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  await r.audit.appendMany(entries.map(fieldsOf));
}

/** Events linked per chainer transaction (about: a transaction's events are never split). */
export const CHAIN_BATCH = 5000;

/**
 * Links committed unchained events to the chain: position, prevHash, hash, and the anchor moved to the new end. Call
 * inside a transaction of its own (it takes the chain's advisory lock until that transaction ends). Returns how many
 * events were linked.
 */
export async function chainAuditEvents(r: Pick<Repositories, 'audit'>, limit = CHAIN_BATCH): Promise<number> {
  await r.audit.lockChain();
  const head = await r.audit.head();
  if (!head) throw new Error('audit chain: the anchor row is missing (tampering?); run ee audit verify');
  const events = await r.audit.unchained(limit);
  if (events.length === 0) return 0;
  let prevHash = head.hash;
  let chainPos = head.length;
  const links = events.map((e) => {
    chainPos++;
    const link = { seq: e.seq, chainPos, prevHash, hash: eventHash(e, prevHash) };
    prevHash = link.hash;
    return link;
  });
  await r.audit.link(links, { length: chainPos, hash: prevHash });
  return links.length;
}

/** Runs the chainer, one transaction per batch, until no committed event is left unchained; returns how many it linked. */
export async function chainAuditTrail(uow: UnitOfWork, limit = CHAIN_BATCH): Promise<number> {
  let total = 0;
  for (;;) {
    const n = await uow.transaction((r) => chainAuditEvents(r, limit));
    total += n;
    if (n < limit) return total;
  }
}

/**
 * Why a verification failed: an event's link or hash does not match; a position is missing (an event deleted); the
 * chain ends before the anchor's length (its last events deleted); the chain's last hash is not the anchor's (the end
 * rewritten with recomputed hashes); the anchor itself is missing.
 */
export type AuditBreak = 'hash_mismatch' | 'position_gap' | 'truncated' | 'anchor_mismatch' | 'anchor_missing';

export interface AuditVerification {
  ok: boolean;
  /** Chained events checked (up to the anchor read at the start). */
  checked: number;
  /** Events appended and committed but not chained yet (their content is guarded by the database; see ADR 0009). */
  unchained: number;
  /** What broke, when not ok. */
  broken?: AuditBreak;
  /** The first event whose link, hash or position does not match. */
  firstBrokenSeq?: number;
  /** The chain's length the anchor records (when broken is 'truncated': more than was found). */
  expectedLength?: number;
}

/**
 * Walks the chain in order, in pages, recomputing every hash, up to the anchor read at the start (events chained
 * meanwhile are for the next verification); then compares the end with the anchor, and counts unchained events.
 */
export async function verifyAuditChain(r: Pick<Repositories, 'audit'>, pageSize = 1000): Promise<AuditVerification> {
  const head = await r.audit.head();
  const unchained = (await r.audit.unchainedCount()).count;
  if (!head) return { ok: false, checked: 0, unchained, broken: 'anchor_missing' };
  let prev = GENESIS_HASH;
  let checked = 0;
  for (;;) {
    const page = await r.audit.chain({ afterPos: checked, uptoPos: head.length, limit: pageSize });
    for (const e of page) {
      if (e.chainPos !== checked + 1) return { ok: false, checked, unchained, broken: 'position_gap', firstBrokenSeq: e.seq };
      if (e.prevHash !== prev || eventHash(e, prev) !== e.hash) return { ok: false, checked, unchained, broken: 'hash_mismatch', firstBrokenSeq: e.seq };
      prev = e.hash;
      checked++;
    }
    if (page.length < pageSize) break;
  }
  if (checked < head.length) return { ok: false, checked, unchained, broken: 'truncated', expectedLength: head.length };
  if (prev !== head.hash) return { ok: false, checked, unchained, broken: 'anchor_mismatch', expectedLength: head.length };
  return { ok: true, checked, unchained };
}
