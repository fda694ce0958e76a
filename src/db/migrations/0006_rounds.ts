// Rounds of invitations (issue #4; product.md "Round of invitations"): the round and its workflow, the invitations
// (ITAs) it issued, and IRCC's published rounds imported from its feed. Statuses are copied here: migrations are
// frozen history.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table round (
      id uuid not null default gen_random_uuid(),
      number integer not null,
      status text not null,
      spec jsonb not null,
      instant timestamptz not null,
      drafted_by uuid not null,
      approved_by uuid null,
      executed_at timestamptz null,
      cutoff integer null,
      tie_break timestamptz null,
      rules_version date null,
      result jsonb null,
      report jsonb null,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      constraint round_pk primary key (id),
      constraint round_number_uq unique (number),
      constraint round_number_ck check (number >= 1),
      constraint round_status_ck check (status in ('draft','simulated','approved','executed','published')),
      constraint round_drafted_by_fk foreign key (drafted_by) references account (id),
      constraint round_approved_by_fk foreign key (approved_by) references account (id),
      constraint round_separation_ck check (approved_by is null or approved_by <> drafted_by),
      constraint round_approved_ck check (status not in ('approved','executed','published') or approved_by is not null),
      constraint round_executed_ck check (status not in ('executed','published') or executed_at is not null),
      constraint round_cutoff_ck check (cutoff is null or cutoff between 0 and 1200)
    )`.execute(db);
  await sql`
    create table ita (
      id uuid not null default gen_random_uuid(),
      round_id uuid not null,
      profile_id uuid not null,
      candidate_id uuid not null,
      program text not null,
      score integer not null,
      issued_at timestamptz not null,
      deadline date not null,
      status text not null default 'issued',
      answered_at timestamptz null,
      constraint ita_pk primary key (id),
      constraint ita_round_profile_uq unique (round_id, profile_id),
      constraint ita_round_fk foreign key (round_id) references round (id),
      constraint ita_profile_fk foreign key (profile_id) references profile (id),
      constraint ita_candidate_fk foreign key (candidate_id) references account (id),
      constraint ita_program_ck check (program in ('pnp','cec','fsw','fst')),
      constraint ita_score_ck check (score between 0 and 1200),
      constraint ita_status_ck check (status in ('issued','accepted','declined','expired')),
      constraint ita_answered_ck check ((status = 'issued') = (answered_at is null))
    )`.execute(db);
  // Distribution key: candidate_id (docs/decisions/0008); the candidate's ITAs and the expiry sweep.
  await sql`create index ita_candidate_idx on ita (candidate_id)`.execute(db);
  await sql`create index ita_due_idx on ita (deadline) where status = 'issued'`.execute(db);
  await sql`
    create table ircc_round (
      number text not null,
      data jsonb not null,
      constraint ircc_round_pk primary key (number)
    )`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table ircc_round`.execute(db);
  await sql`drop table ita`.execute(db);
  await sql`drop table round`.execute(db);
}
