// The audit trail chained by a chainer (ADR 0009). Transactions append events UNCHAINED (content and digests, no
// hashes), so no lock is held from an append to its COMMIT; one chainer, in short transactions of its own, gives
// committed events their chain position (chain_pos: order of discovery, the events of one transaction together) and
// prev_hash/hash, and moves the chain's anchor (audit_chain_head: length and last hash) in the same transaction.
//
// What the database enforces (the application cannot do otherwise, even by mistake):
//   - an event is inserted unchained (chain_pos, prev_hash, hash all null);
//   - its content never changes; the one update allowed sets the three chain columns of an unchained event, once;
//   - no DELETE, no TRUNCATE (as before);
//   - the anchor is one row that only moves forward, onto an event of the chain with that position and hash, so
//     deleting the chain's last events (tail truncation) shows: the anchor names a longer chain than the stored one.
// Events chained before this migration keep their hashes; they get chain_pos = their rank by seq (their chain order).
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`drop trigger audit_event_no_update_delete on audit_event`.execute(db);
  await sql`
    alter table audit_event
      alter column prev_hash drop not null,
      alter column hash drop not null,
      add column chain_pos bigint null,
      add column tx bigint null`.execute(db);
  await sql`
    update audit_event e set chain_pos = r.pos, tx = 0
    from (select seq, row_number() over (order by seq) as pos from audit_event) r
    where e.seq = r.seq`.execute(db);
  await sql`
    alter table audit_event
      alter column tx set default txid_current(),
      alter column tx set not null,
      add constraint audit_event_chain_pos_uq unique (chain_pos),
      add constraint audit_event_chained_ck check (
        (chain_pos is null and prev_hash is null and hash is null) or
        (chain_pos is not null and chain_pos >= 1 and prev_hash is not null and hash is not null))`.execute(db);
  // The chainer's queue: unchained events in chain order (rows leave this index when chained).
  await sql`create index audit_event_unchained_idx on audit_event (tx, seq) where chain_pos is null`.execute(db);

  await sql`
    create function audit_event_guard() returns trigger language plpgsql as $$
    begin
      if tg_op = 'INSERT' then
        if new.chain_pos is not null or new.prev_hash is not null or new.hash is not null then
          raise exception 'audit_event: events are appended unchained (the chainer links them)' using errcode = 'insufficient_privilege';
        end if;
        return new;
      end if;
      if tg_op = 'UPDATE' and old.chain_pos is null and old.prev_hash is null and old.hash is null and new.chain_pos is not null
         and (new.seq, new.at, new.actor_id, new.actor_role, new.on_behalf_of, new.action, new.entity_type, new.entity_id,
              new.before_digest, new.after_digest, new.tx)
             is not distinct from
             (old.seq, old.at, old.actor_id, old.actor_role, old.on_behalf_of, old.action, old.entity_type, old.entity_id,
              old.before_digest, old.after_digest, old.tx) then
        return new;
      end if;
      raise exception 'audit_event is append-only (% refused)', tg_op using errcode = 'insufficient_privilege';
    end
    $$`.execute(db);
  await sql`
    create trigger audit_event_no_update_delete before update or delete on audit_event
    for each row execute function audit_event_guard()`.execute(db);
  await sql`
    create trigger audit_event_insert_unchained before insert on audit_event
    for each row execute function audit_event_guard()`.execute(db);

  await sql`
    create table audit_chain_head (
      id smallint not null default 1,
      length bigint not null,
      hash text not null,
      constraint audit_chain_head_pk primary key (id),
      constraint audit_chain_head_single_ck check (id = 1),
      constraint audit_chain_head_length_ck check (length >= 0),
      constraint audit_chain_head_hash_ck check (hash ~ '^[0-9a-f]{64}$')
    )`.execute(db);
  await sql`
    insert into audit_chain_head (id, length, hash)
    select 1, count(*), coalesce((select hash from audit_event order by chain_pos desc limit 1), repeat('0', 64))
    from audit_event`.execute(db);
  await sql`
    create function audit_chain_head_guard() returns trigger language plpgsql as $$
    begin
      if tg_op = 'UPDATE' and new.id = old.id and new.length > old.length
         and exists (select 1 from audit_event e where e.chain_pos = new.length and e.hash = new.hash) then
        return new;
      end if;
      raise exception 'audit_chain_head only moves forward, onto an event of the chain (% refused)', tg_op
        using errcode = 'insufficient_privilege';
    end
    $$`.execute(db);
  await sql`
    create trigger audit_chain_head_forward before insert or update or delete on audit_chain_head
    for each row execute function audit_chain_head_guard()`.execute(db);
  await sql`
    create trigger audit_chain_head_no_truncate before truncate on audit_chain_head
    for each statement execute function audit_chain_head_guard()`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table audit_chain_head`.execute(db);
  await sql`drop function audit_chain_head_guard()`.execute(db);
  await sql`drop trigger audit_event_insert_unchained on audit_event`.execute(db);
  await sql`drop trigger audit_event_no_update_delete on audit_event`.execute(db);
  await sql`drop function audit_event_guard()`.execute(db);
  await sql`drop index audit_event_unchained_idx`.execute(db);
  await sql`
    alter table audit_event
      drop constraint audit_event_chained_ck,
      drop constraint audit_event_chain_pos_uq,
      drop column tx,
      drop column chain_pos`.execute(db);
  await sql`
    create trigger audit_event_no_update_delete before update or delete on audit_event
    for each row execute function audit_event_append_only()`.execute(db);
}
