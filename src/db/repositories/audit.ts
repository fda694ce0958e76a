// Repository of the audit trail (migration 0003): append and read only; the table refuses UPDATE and DELETE.
import { sql, type Kysely } from 'kysely';
import type { AuditEventRecord, AuditRepository } from '../../app/ports/audit.ts';
import type { AuditEventRow, Database } from '../schema.ts';
import { iso } from '../sql.ts';

/** The advisory lock key that serializes appends to the chain (any constant; "audit" in ASCII). */
export const AUDIT_CHAIN_LOCK = 0x6175646974;

/** Rows per insert statement. */
const APPEND_CHUNK = 2000;

function toRow(e: Omit<AuditEventRecord, 'seq'>) {
  return {
    at: e.at,
    actor_id: e.actorId,
    actor_role: e.actorRole,
    on_behalf_of: e.onBehalfOf,
    action: e.action,
    entity_type: e.entityType,
    entity_id: e.entityId,
    before_digest: e.beforeDigest,
    after_digest: e.afterDigest,
    prev_hash: e.prevHash,
    hash: e.hash,
  };
}

function toEvent(row: AuditEventRow): AuditEventRecord {
  return {
    seq: Number(row.seq),
    at: iso(row.at),
    actorId: row.actor_id,
    actorRole: row.actor_role,
    onBehalfOf: row.on_behalf_of,
    action: row.action,
    entityType: row.entity_type,
    entityId: row.entity_id,
    beforeDigest: row.before_digest,
    afterDigest: row.after_digest,
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}

export function auditRepository(db: Kysely<Database>): AuditRepository {
  async function appendMany(events: readonly Omit<AuditEventRecord, 'seq'>[]): Promise<AuditEventRecord[]> {
    const out: AuditEventRecord[] = [];
    // One multi-row insert per chunk (PostgreSQL allows 65,535 parameters per statement; 11 per row); VALUES rows
    // take their seq in order, so the chain order is the order given.
    for (let i = 0; i < events.length; i += APPEND_CHUNK) {
      const rows = await db.insertInto('audit_event').values(events.slice(i, i + APPEND_CHUNK).map(toRow)).returningAll().execute();
      out.push(...rows.map(toEvent).sort((a, b) => a.seq - b.seq));
    }
    return out;
  }
  return {
    async lockChain() {
      await sql`select pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK})`.execute(db);
    },
    async last() {
      const row = await db.selectFrom('audit_event').selectAll().orderBy('seq', 'desc').limit(1).executeTakeFirst();
      return row ? toEvent(row) : null;
    },
    async append(e) {
      const [event] = await appendMany([e]);
      return event!;
    },
    appendMany,
    async list({ afterSeq, limit }) {
      let q = db.selectFrom('audit_event').selectAll();
      if (afterSeq !== undefined) q = q.where('seq', '>', afterSeq);
      return (await q.orderBy('seq').limit(limit).execute()).map(toEvent);
    },
    async forEntity(entityId, limit = 1000) {
      const rows = await db.selectFrom('audit_event').selectAll().where('entity_id', '=', entityId).orderBy('seq').limit(limit).execute();
      return rows.map(toEvent);
    },
  };
}
