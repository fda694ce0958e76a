// TOTP replay (issue #3): the time step of the last second-factor code accepted for the account. A code is accepted
// only for a step after this one (compare-and-set in the same statement), so a code seen once — by a shoulder surfer,
// a proxy log, a phishing page — cannot open a second session within its 90-second window.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table account add column totp_last_step bigint null`.execute(db);
  await sql`alter table account add constraint account_totp_last_step_ck check (totp_last_step is null or totp_last_step >= 0)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table account drop constraint account_totp_last_step_ck`.execute(db);
  await sql`alter table account drop column totp_last_step`.execute(db);
}
