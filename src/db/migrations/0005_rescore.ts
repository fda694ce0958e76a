// Re-scoring the pool when the rules change: one report per run, one change row per profile whose score or pool
// membership changed.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table rescore_report (
      id uuid not null default gen_random_uuid(),
      at timestamptz not null,
      rules_version_from date null,
      rules_version_to date not null,
      profiles integer not null,
      changed integer not null,
      summary jsonb not null,
      created_at timestamptz not null default now(),
      constraint rescore_report_pk primary key (id),
      constraint rescore_report_counts_ck check (profiles >= 0 and changed >= 0 and changed <= profiles)
    )`.execute(db);
  await sql`
    create table rescore_change (
      report_id uuid not null,
      profile_id uuid not null,
      candidate_id uuid not null,
      before integer null,
      after integer null,
      left_pool boolean not null default false,
      constraint rescore_change_pk primary key (report_id, profile_id),
      constraint rescore_change_report_fk foreign key (report_id) references rescore_report (id) on delete cascade,
      constraint rescore_change_profile_fk foreign key (profile_id) references profile (id),
      constraint rescore_change_candidate_fk foreign key (candidate_id) references account (id)
    )`.execute(db);
  await sql`create index rescore_change_candidate_idx on rescore_change (candidate_id)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table rescore_change`.execute(db);
  await sql`drop table rescore_report`.execute(db);
}
