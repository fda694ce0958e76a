// The application for permanent residence (e-APR) as a shell (issue #4): created when a candidate accepts an ITA, in
// the same transaction; the application itself (forms, documents, processing) is the next issue's. Statuses are copied
// here (product.md "Application (e-APR)"): migrations are frozen history.
// Distribution key: candidate_id (docs/decisions/0008), co-located with the candidate's profile and ITAs.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table application (
      id uuid not null default gen_random_uuid(),
      candidate_id uuid not null,
      profile_id uuid not null,
      ita_id uuid not null,
      program text not null,
      status text not null default 'in_progress',
      submit_by date not null,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      constraint application_pk primary key (id),
      constraint application_ita_uq unique (ita_id),
      constraint application_candidate_fk foreign key (candidate_id) references account (id),
      constraint application_profile_fk foreign key (profile_id) references profile (id),
      constraint application_ita_fk foreign key (ita_id) references ita (id),
      constraint application_program_ck check (program in ('pnp','cec','fsw','fst')),
      constraint application_status_ck check (status in ('in_progress','submitted','approved','refused','withdrawn'))
    )`.execute(db);
  await sql`create index application_candidate_idx on application (candidate_id, created_at desc)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table application`.execute(db);
}
