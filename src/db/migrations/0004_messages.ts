// In-account inbox and e-mail outbox. A dedupe key makes a message idempotent (expiry reminders are sent once).
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table message (
      id uuid not null default gen_random_uuid(),
      account_id uuid not null,
      kind text not null,
      params jsonb not null default '{}',
      dedupe_key text null,
      created_at timestamptz not null default now(),
      read_at timestamptz null,
      constraint message_pk primary key (id),
      constraint message_account_fk foreign key (account_id) references account (id) on delete cascade
    )`.execute(db);
  await sql`create index message_account_idx on message (account_id, created_at desc)`.execute(db);
  await sql`create unique index message_dedupe_uq on message (account_id, dedupe_key) where dedupe_key is not null`.execute(db);

  await sql`
    create table email_outbox (
      id uuid not null default gen_random_uuid(),
      account_id uuid not null,
      kind text not null,
      params jsonb not null default '{}',
      dedupe_key text null,
      created_at timestamptz not null default now(),
      sent_at timestamptz null,
      attempts integer not null default 0,
      last_error text null,
      constraint email_outbox_pk primary key (id),
      constraint email_outbox_account_fk foreign key (account_id) references account (id) on delete cascade,
      constraint email_outbox_attempts_ck check (attempts >= 0)
    )`.execute(db);
  await sql`create index email_outbox_pending_idx on email_outbox (created_at) where sent_at is null`.execute(db);
  await sql`create unique index email_outbox_dedupe_uq on email_outbox (account_id, dedupe_key) where dedupe_key is not null`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table email_outbox`.execute(db);
  await sql`drop table message`.execute(db);
}
