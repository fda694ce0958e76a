// Candidate profiles (product.md, "Profile" lifecycle). The status list is copied here: migrations are frozen history.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  // Human-facing profile numbers: a new profile (and a clone) gets the next one.
  await sql`create sequence profile_number_seq start with 100000001`.execute(db);
  await sql`
    create table profile (
      id uuid not null default gen_random_uuid(),
      candidate_id uuid not null,
      number bigint not null default nextval('profile_number_seq'),
      status text not null,
      data jsonb not null,
      submitted_at timestamptz null,
      expires_at timestamptz null,
      score_total integer null,
      score jsonb null,
      rules_version date null,
      eligibility jsonb null,
      eligible_programs text[] not null default '{}',
      cloned_from uuid null,
      version integer not null default 1,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      constraint profile_pk primary key (id),
      constraint profile_number_uq unique (number),
      constraint profile_candidate_fk foreign key (candidate_id) references account (id),
      constraint profile_cloned_from_fk foreign key (cloned_from) references profile (id),
      constraint profile_status_ck check (status in ('draft','submitted','ineligible','invited','applied','ita_expired','withdrawn','expired')),
      constraint profile_programs_ck check (eligible_programs <@ array['fsw','cec','fst']::text[]),
      constraint profile_pool_ck check (status not in ('submitted','invited') or (submitted_at is not null and expires_at is not null and score_total is not null)),
      constraint profile_version_ck check (version >= 1)
    )`.execute(db);
  await sql`alter sequence profile_number_seq owned by profile.number`.execute(db);
  // At most one active profile per candidate.
  await sql`
    create unique index profile_candidate_active_uq on profile (candidate_id)
    where status in ('draft','submitted','ineligible','invited','applied')`.execute(db);
  // The pool, best first, ties broken by the submission stamp.
  await sql`create index profile_pool_idx on profile (status, score_total desc, submitted_at)`.execute(db);
  await sql`create index profile_candidate_idx on profile (candidate_id)`.execute(db);
  await sql`create index profile_expiry_idx on profile (expires_at) where status = 'submitted'`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table profile`.execute(db);
}
