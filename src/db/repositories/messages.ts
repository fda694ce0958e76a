// Repositories of the inbox and the e-mail outbox (migration 0004).
import { sql, type Kysely } from 'kysely';
import type { MessageKind, MessageParams, MessageRecord, MessageRepository, NewMessage, OutboxRepository, PendingEmail } from '../../app/ports/messages.ts';
import type { Database } from '../schema.ts';
import { iso, isoOrNull, json } from '../sql.ts';

/**
 * One statement whatever the number, ON CONFLICT DO NOTHING (a repeated dedupe key is skipped); how many rows were
 * added. Five array parameters: a multi-row VALUES would take five parameters a row, thousands to parse and plan for
 * the messages of a round of invitations.
 */
async function insertMany(db: Kysely<Database>, table: 'message' | 'email_outbox', messages: readonly NewMessage[]): Promise<number> {
  if (messages.length === 0) return 0;
  const col = <T>(f: (m: NewMessage) => T) => messages.map(f);
  const r = await sql`
    insert into ${sql.table(table)} (account_id, kind, params, dedupe_key, created_at)
    select account_id, kind, params::jsonb, dedupe_key, created_at
    from unnest(${col((m) => m.accountId)}::uuid[], ${col((m) => m.kind)}::text[], ${col((m) => JSON.stringify(m.params))}::text[],
      ${col((m) => m.dedupeKey ?? null)}::text[], ${col((m) => m.at)}::timestamptz[]) as t(account_id, kind, params, dedupe_key, created_at)
    on conflict do nothing`.execute(db);
  return Number(r.numAffectedRows ?? 0);
}

export function messageRepository(db: Kysely<Database>): MessageRepository {
  return {
    addMany: (messages) => insertMany(db, 'message', messages),
    async add(m) {
      // ON CONFLICT DO NOTHING: a repeated dedupe key neither inserts nor aborts the transaction.
      const row = await db
        .insertInto('message')
        .values({ account_id: m.accountId, kind: m.kind, params: json(m.params), dedupe_key: m.dedupeKey ?? null, created_at: m.at })
        .onConflict((oc) => oc.doNothing())
        .returning('id')
        .executeTakeFirst();
      return row !== undefined;
    },
    async listForAccount(accountId, { limit, unreadOnly }) {
      let q = db.selectFrom('message').selectAll().where('account_id', '=', accountId);
      if (unreadOnly) q = q.where('read_at', 'is', null);
      const rows = await q.orderBy('created_at', 'desc').orderBy('id').limit(limit).execute();
      return rows.map(
        (r): MessageRecord => ({
          id: r.id,
          accountId: r.account_id,
          kind: r.kind as MessageKind,
          params: r.params as MessageParams,
          createdAt: iso(r.created_at),
          readAt: isoOrNull(r.read_at),
        }),
      );
    },
    async markRead(accountId, id, at) {
      const r = await db
        .updateTable('message')
        .set({ read_at: sql`coalesce(read_at, ${at}::timestamptz)` })
        .where('id', '=', id)
        .where('account_id', '=', accountId)
        .executeTakeFirst();
      return Number(r.numUpdatedRows) > 0;
    },
    async unreadCount(accountId) {
      const r = await db
        .selectFrom('message')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('account_id', '=', accountId)
        .where('read_at', 'is', null)
        .executeTakeFirstOrThrow();
      return Number(r.n);
    },
  };
}

export function outboxRepository(db: Kysely<Database>): OutboxRepository {
  return {
    enqueueMany: (messages) => insertMany(db, 'email_outbox', messages),
    async enqueue(m) {
      const row = await db
        .insertInto('email_outbox')
        .values({ account_id: m.accountId, kind: m.kind, params: json(m.params), dedupe_key: m.dedupeKey ?? null, created_at: m.at })
        .onConflict((oc) => oc.doNothing())
        .returning('id')
        .executeTakeFirst();
      return row !== undefined;
    },
    async pending(limit, maxAttempts) {
      const rows = await db
        .selectFrom('email_outbox as o')
        .innerJoin('account as a', 'a.id', 'o.account_id')
        .selectAll('o')
        .select(['a.email', 'a.locale', 'a.display_name'])
        .where('o.sent_at', 'is', null)
        .where('o.attempts', '<', maxAttempts)
        .orderBy('o.created_at')
        .orderBy('o.id')
        .limit(limit)
        .forUpdate('o')
        .skipLocked()
        .execute();
      return rows.map(
        (r): PendingEmail => ({
          id: r.id,
          accountId: r.account_id,
          kind: r.kind as MessageKind,
          params: r.params as MessageParams,
          createdAt: iso(r.created_at),
          sentAt: isoOrNull(r.sent_at),
          attempts: r.attempts,
          lastError: r.last_error,
          to: r.email,
          locale: r.locale,
          displayName: r.display_name,
        }),
      );
    },
    async markSent(id, at) {
      await db.updateTable('email_outbox').set({ sent_at: at, attempts: sql`attempts + 1`, last_error: null }).where('id', '=', id).execute();
    },
    async markFailed(id, error) {
      await db.updateTable('email_outbox').set({ attempts: sql`attempts + 1`, last_error: error.slice(0, 500) }).where('id', '=', id).execute();
    },
  };
}
