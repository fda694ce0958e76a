// Rounds selected in the database (docs/decisions/0010): the facts a round filters on, as columns the database keeps
// in step with the profile's data, and one partial index in rank order over the pool.
//
// - province, nominated_on: generated from the data (intendedProvince; provincialNomination.nominatedOn, an ISO day
//   kept as text so the expression stays immutable and compares as the domain compares days);
// - category_keys: generated from the data by profile_category_keys(): the NOC codes of the work history and of the
//   job offer, and 'french' when a TEF Canada or TCF Canada result is there. Time-independent and a superset: a
//   profile without one of a category's keys cannot qualify for it on any day (rules.md §7.4); the round evaluates the
//   category itself, as of its instant, only for profiles that have one;
// - categories: the categories the profile qualified for on the day it was last evaluated (submit, update, rescore),
//   written by the application; for pool statistics only, never for a round.
// The French test codes are copied here: migrations are frozen history.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create function profile_category_keys(data jsonb) returns text[]
    language sql immutable parallel safe as $$
      select coalesce(array_agg(distinct k order by k), '{}'::text[]) from (
        select n as k from jsonb_array_elements_text(jsonb_path_query_array(data, 'lax $.workHistory[*].noc ? (@.type() == "string")')) as n
        union all
        select n from jsonb_array_elements_text(jsonb_path_query_array(data, 'lax $.jobOffer.noc ? (@.type() == "string")')) as n
        union all
        select 'french' where jsonb_path_exists(data, 'lax $.languageTests[*].test ? (@ == "tef_canada" || @ == "tcf_canada")')
      ) as keys
    $$`.execute(db);
  await sql`
    alter table profile
      add column province text generated always as (data ->> 'intendedProvince') stored,
      add column nominated_on text generated always as (data #>> '{provincialNomination,nominatedOn}') stored,
      add column category_keys text[] generated always as (profile_category_keys(data)) stored,
      add column categories text[] not null default '{}'`.execute(db);
  // The pool in rank order (score desc, stamp asc, id asc), carrying what the round filters and counts on, so the
  // distribution is an index-only scan and the ranked read stops after the round's size.
  await sql`
    create index profile_rank_idx on profile (score_total desc, submitted_at, id)
    include (expires_at, eligible_programs, nominated_on)
    where status = 'submitted'`.execute(db);
  // Superseded by profile_rank_idx (same order, pool only).
  await sql`drop index profile_pool_idx`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`create index profile_pool_idx on profile (status, score_total desc, submitted_at)`.execute(db);
  await sql`drop index profile_rank_idx`.execute(db);
  await sql`alter table profile drop column categories, drop column category_keys, drop column nominated_on, drop column province`.execute(db);
  await sql`drop function profile_category_keys(jsonb)`.execute(db);
}
