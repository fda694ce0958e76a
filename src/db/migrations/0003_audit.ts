// The audit trail: append-only and hash-chained (each row holds the previous row's hash). The database itself refuses
// UPDATE, DELETE and TRUNCATE, so that not even a bug in the application can rewrite history.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table audit_event (
      seq bigserial not null,
      at timestamptz not null,
      actor_id uuid null,
      actor_role text null,
      on_behalf_of uuid null,
      action text not null,
      entity_type text not null,
      entity_id text not null,
      before_digest text null,
      after_digest text null,
      prev_hash text not null,
      hash text not null,
      constraint audit_event_pk primary key (seq),
      constraint audit_event_hash_uq unique (hash),
      constraint audit_event_hash_ck check (hash ~ '^[0-9a-f]{64}$' and prev_hash ~ '^[0-9a-f]{64}$')
    )`.execute(db);
  await sql`create index audit_event_entity_idx on audit_event (entity_id, seq)`.execute(db);
  await sql`
    create function audit_event_append_only() returns trigger language plpgsql as $$
    begin
      raise exception 'audit_event is append-only (% refused)', tg_op using errcode = 'insufficient_privilege';
    end
    $$`.execute(db);
  await sql`
    create trigger audit_event_no_update_delete before update or delete on audit_event
    for each row execute function audit_event_append_only()`.execute(db);
  await sql`
    create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function audit_event_append_only()`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table audit_event`.execute(db);
  await sql`drop function audit_event_append_only()`.execute(db);
}
