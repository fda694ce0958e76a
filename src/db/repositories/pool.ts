// The synthetic pool's bulk writes (src/app/ports/pool.ts): accounts and submitted profiles in multi-row inserts.
// PostgreSQL takes at most 65,535 parameters per statement: rows go in chunks that stay under it.
import { sql, type Insertable, type Kysely } from 'kysely';
import { SUBMITTED_PROFILE_VERSION, type GeneratedCandidate, type PoolRepository } from '../../app/ports/pool.ts';
import type { AccountTable, Database, ProfileTable } from '../schema.ts';
import { compactScore } from '../stored-score.ts';

const MAX_PARAMETERS = 65_535;
const ACCOUNT_COLUMNS = 9;
const PROFILE_COLUMNS = 15;
/** Rows per statement: under the parameter limit, and small enough to keep each statement a few megabytes. */
export const ACCOUNT_CHUNK = Math.min(2000, Math.floor(MAX_PARAMETERS / ACCOUNT_COLUMNS));
export const PROFILE_CHUNK = Math.min(250, Math.floor(MAX_PARAMETERS / PROFILE_COLUMNS));

/** A jsonb value sent as its JSON text (one parameter), cast by the server. */
const jsonb = (text: string) => sql<unknown>`cast(${text} as jsonb)`;

function accountRow(c: GeneratedCandidate): Insertable<AccountTable> {
  return {
    id: c.accountId,
    email: c.email,
    password_hash: c.passwordHash,
    role: 'candidate',
    province: null,
    display_name: c.displayName,
    locale: c.locale,
    created_at: c.submittedAt,
    password_changed_at: c.submittedAt,
  };
}

function profileRow(c: GeneratedCandidate): Insertable<ProfileTable> {
  return {
    id: c.profileId,
    candidate_id: c.accountId,
    status: 'submitted',
    data: jsonb(JSON.stringify(c.data)),
    submitted_at: c.submittedAt,
    expires_at: c.expiresAt,
    score_total: c.scoreTotal,
    score: jsonb(JSON.stringify(compactScore(c.score))),
    rules_version: c.rulesVersion,
    eligibility: jsonb(JSON.stringify(c.eligibility)),
    eligible_programs: c.eligiblePrograms,
    categories: c.categories,
    version: SUBMITTED_PROFILE_VERSION,
    created_at: c.submittedAt,
    updated_at: c.submittedAt,
  };
}

export function poolRepository(db: Kysely<Database>): PoolRepository {
  return {
    async emailTaken(email) {
      const row = await db
        .selectFrom('account')
        .select('id')
        .where(sql<string>`lower(email)`, '=', email.trim().toLowerCase())
        .executeTakeFirst();
      return row !== undefined;
    },

    async insertGenerated(batch) {
      for (let i = 0; i < batch.length; i += ACCOUNT_CHUNK) {
        await db.insertInto('account').values(batch.slice(i, i + ACCOUNT_CHUNK).map(accountRow)).execute();
      }
      for (let i = 0; i < batch.length; i += PROFILE_CHUNK) {
        await db.insertInto('profile').values(batch.slice(i, i + PROFILE_CHUNK).map(profileRow)).execute();
      }
    },
  };
}
