// Repository of the audit trail (migrations 0003 and 0009): events are appended unchained and read; the chainer sets
// their chain columns once and moves the anchor (audit_chain_head). The database refuses any other UPDATE, DELETE or
// TRUNCATE (triggers), so not even a bug here can rewrite history.
import { sql, type Kysely } from 'kysely';
import type { AuditChainHead, AuditEventFields, AuditEventRecord, AuditRepository } from '../../app/ports/audit.ts';
import type { AuditEventRow, Database } from '../schema.ts';
import { DEFERRED_STATEMENT, iso } from '../sql.ts';

/** The advisory lock key that serializes the chainers (any constant; "audit" in ASCII). */
export const AUDIT_CHAIN_LOCK = 0x6175646974;

function toEvent(row: AuditEventRow): AuditEventRecord {
  return {
    seq: Number(row.seq),
    chainPos: row.chain_pos === null ? null : Number(row.chain_pos),
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
  return {
    async lockChain() {
      await sql`select pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK})`.execute(db);
    },
    async appendMany(events) {
      if (events.length === 0) return;
      // One statement whatever the number (nine array parameters): the rows take their seq in the order given, and all
      // rows of the transaction share its tx, so the chainer keeps them together and in this order. Deferred: inside a
      // transaction on PostgreSQL it goes out with the COMMIT (src/db/sql.ts).
      const col = <T>(f: (e: AuditEventFields) => T) => events.map(f);
      await sql`${sql.raw(DEFERRED_STATEMENT)}
        insert into audit_event (at, actor_id, actor_role, on_behalf_of, action, entity_type, entity_id, before_digest, after_digest)
        select at, actor_id, actor_role, on_behalf_of, action, entity_type, entity_id, before_digest, after_digest
        from unnest(${col((e) => e.at)}::timestamptz[], ${col((e) => e.actorId)}::uuid[], ${col((e) => e.actorRole)}::text[],
          ${col((e) => e.onBehalfOf)}::uuid[], ${col((e) => e.action)}::text[], ${col((e) => e.entityType)}::text[],
          ${col((e) => e.entityId)}::text[], ${col((e) => e.beforeDigest)}::text[], ${col((e) => e.afterDigest)}::text[])
          with ordinality as t(at, actor_id, actor_role, on_behalf_of, action, entity_type, entity_id, before_digest, after_digest, n)
        order by n`.execute(db);
    },
    async unchained(limit) {
      const rows = await db.selectFrom('audit_event').selectAll().where('chain_pos', 'is', null).orderBy('tx').orderBy('seq').limit(limit).execute();
      const last = rows.at(-1);
      if (rows.length === limit && last) {
        // Complete the last transaction's events (a transaction commits them all at once, so all are visible).
        const rest = await db
          .selectFrom('audit_event')
          .selectAll()
          .where('chain_pos', 'is', null)
          .where('tx', '=', last.tx)
          .where('seq', '>', last.seq)
          .orderBy('seq')
          .execute();
        rows.push(...rest);
      }
      return rows.map(toEvent);
    },
    async link(links, head) {
      // One statement from four array parameters (kept prepared: the chainer runs every second while the API appends).
      const col = <T>(f: (l: (typeof links)[number]) => T) => links.map(f);
      const r = await sql`
        update audit_event as e set chain_pos = v.pos, prev_hash = v.prev, hash = v.hash
        from unnest(${col((l) => l.seq)}::bigint[], ${col((l) => l.chainPos)}::bigint[], ${col((l) => l.prevHash)}::text[], ${col((l) => l.hash)}::text[])
          as v (seq, pos, prev, hash)
        where e.seq = v.seq and e.chain_pos is null`.execute(db);
      if (Number(r.numAffectedRows ?? 0) !== links.length) throw new Error('audit chain: an event to link was not found unchained');
      const moved = await db.updateTable('audit_chain_head').set({ length: head.length, hash: head.hash }).where('id', '=', 1).executeTakeFirst();
      if (Number(moved.numUpdatedRows) !== 1) throw new Error('audit chain: the anchor row is missing');
    },
    async head(): Promise<AuditChainHead | null> {
      const row = await db.selectFrom('audit_chain_head').select(['length', 'hash']).where('id', '=', 1).executeTakeFirst();
      return row ? { length: Number(row.length), hash: row.hash } : null;
    },
    async chain({ afterPos, uptoPos, limit }) {
      const rows = await db
        .selectFrom('audit_event')
        .selectAll()
        .where('chain_pos', '>', afterPos)
        .where('chain_pos', '<=', uptoPos)
        .orderBy('chain_pos')
        .limit(limit)
        .execute();
      return rows.map(toEvent);
    },
    async unchainedCount() {
      const row = await db
        .selectFrom('audit_event')
        .select((eb) => [eb.fn.countAll<string>().as('n'), eb.fn.min('seq').as('oldest')])
        .where('chain_pos', 'is', null)
        .executeTakeFirstOrThrow();
      return { count: Number(row.n), oldestSeq: row.oldest === null ? null : Number(row.oldest) };
    },
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
