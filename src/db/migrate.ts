// Migrations: a static ordered list of modules (no folder scan, so bundling or a moved file cannot drop one).
// Up-only in production: `migrateDownAll` exists for tests and refuses to run when NODE_ENV is 'production'.
import { sql, type Kysely } from 'kysely';
import { Migrator, NO_MIGRATIONS, type Migration, type MigrationResultSet } from 'kysely/migration';
import * as m0001 from './migrations/0001_accounts.ts';
import * as m0002 from './migrations/0002_profiles.ts';
import * as m0003 from './migrations/0003_audit.ts';
import * as m0004 from './migrations/0004_messages.ts';
import * as m0005 from './migrations/0005_rescore.ts';
import * as m0006 from './migrations/0006_rounds.ts';
import * as m0007 from './migrations/0007_application.ts';
import * as m0008 from './migrations/0008_totp_replay.ts';
import * as m0009 from './migrations/0009_audit_chainer.ts';
import * as m0010 from './migrations/0010_round_selection.ts';
import type { Database } from './schema.ts';

export const MIGRATIONS: Readonly<Record<string, Migration>> = {
  '0001_accounts': m0001,
  '0002_profiles': m0002,
  '0003_audit': m0003,
  '0004_messages': m0004,
  '0005_rescore': m0005,
  '0006_rounds': m0006,
  '0007_application': m0007,
  '0008_totp_replay': m0008,
  '0009_audit_chainer': m0009,
  '0010_round_selection': m0010,
};

/**
 * The migrator, keeping its bookkeeping tables in the connection's current schema: without `migrationTableSchema`,
 * Kysely looks for kysely_migration in EVERY schema, so another schema's copy (a parallel test's, say) would make it
 * skip creating its own and fail.
 */
async function migrator(db: Kysely<Database>): Promise<Migrator> {
  const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(db);
  const migrationTableSchema = rows[0]?.schema ?? 'public';
  return new Migrator({ db, migrationTableSchema, provider: { getMigrations: async () => ({ ...MIGRATIONS }) } });
}

function check(result: MigrationResultSet): string[] {
  if (result.error) {
    const failed = result.results?.find((r) => r.status === 'Error')?.migrationName;
    throw new Error(`migration ${failed ?? '(unknown)'} failed: ${String(result.error instanceof Error ? result.error.message : result.error)}`, {
      cause: result.error,
    });
  }
  return (result.results ?? []).map((r) => r.migrationName);
}

/** Applies every pending migration, in order, and returns the names applied. */
export async function migrateToLatest(db: Kysely<Database>): Promise<string[]> {
  return check(await (await migrator(db)).migrateToLatest());
}

/** Tests only: undoes every migration. */
export async function migrateDownAll(db: Kysely<Database>): Promise<string[]> {
  if (process.env.NODE_ENV === 'production') throw new Error('migrations are up-only in production');
  return check(await (await migrator(db)).migrateTo(NO_MIGRATIONS));
}
