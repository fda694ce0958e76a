// Accounts, sessions, rate limits, representative authorizations (issue #3). Migrations are frozen history: the lists
// below are copied, not imported, so that a later change of the code never rewrites an applied migration.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table account (
      id uuid not null default gen_random_uuid(),
      email text not null,
      password_hash text not null,
      role text not null,
      province text null,
      display_name text not null,
      locale text not null default 'fr',
      totp_secret text null,
      totp_enabled boolean not null default false,
      created_at timestamptz not null default now(),
      password_changed_at timestamptz not null default now(),
      constraint account_pk primary key (id),
      constraint account_role_ck check (role in ('candidate','representative','officer','round_approver','province','employer','auditor','admin')),
      constraint account_province_ck check ((role = 'province') = (province is not null)),
      constraint account_province_code_ck check (province is null or province in ('AB','BC','MB','NB','NL','NS','NT','NU','ON','PE','QC','SK','YT')),
      constraint account_locale_ck check (locale in ('fr','en')),
      constraint account_email_ck check (length(email) between 3 and 254)
    )`.execute(db);
  // Case-insensitive uniqueness of the e-mail address (citext-like without the extension).
  await sql`create unique index account_email_uq on account (lower(email))`.execute(db);

  await sql`
    create table session (
      id text not null,
      account_id uuid not null,
      created_at timestamptz not null default now(),
      last_seen_at timestamptz not null default now(),
      absolute_expires_at timestamptz not null,
      csrf_token text not null,
      mfa_verified boolean not null default false,
      user_agent text null,
      constraint session_pk primary key (id),
      constraint session_account_fk foreign key (account_id) references account (id) on delete cascade
    )`.execute(db);
  await sql`create index session_account_idx on session (account_id)`.execute(db);

  await sql`
    create table rate_limit (
      key text not null,
      window_start timestamptz not null,
      count integer not null default 0,
      constraint rate_limit_pk primary key (key, window_start),
      constraint rate_limit_count_ck check (count >= 0)
    )`.execute(db);

  await sql`
    create table representative_authorization (
      id uuid not null default gen_random_uuid(),
      candidate_id uuid not null,
      representative_id uuid not null,
      scope text[] not null,
      valid_until timestamptz not null,
      created_at timestamptz not null default now(),
      revoked_at timestamptz null,
      constraint representative_authorization_pk primary key (id),
      constraint representative_authorization_candidate_fk foreign key (candidate_id) references account (id),
      constraint representative_authorization_representative_fk foreign key (representative_id) references account (id),
      constraint representative_authorization_scope_ck check (cardinality(scope) > 0 and scope <@ array['read','write','submit']::text[]),
      constraint representative_authorization_self_ck check (candidate_id <> representative_id)
    )`.execute(db);
  await sql`create index representative_authorization_candidate_idx on representative_authorization (candidate_id)`.execute(db);
  await sql`create index representative_authorization_representative_idx on representative_authorization (representative_id)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table representative_authorization`.execute(db);
  await sql`drop table rate_limit`.execute(db);
  await sql`drop table session`.execute(db);
  await sql`drop table account`.execute(db);
}
