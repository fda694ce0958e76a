// Runs a suite on every database we support: PGlite (in memory) always, and PostgreSQL when TEST_DATABASE_URL is set,
// in a fresh schema (test_<random>) dropped afterwards. Each describe block gets its own migrated database (one per
// suite and database); use fresh ids/e-mails per test rather than relying on an empty database.
//
//   describeOnDatabases('profiles repository', (getDb, dialect) => {
//     it('…', async () => { const db = getDb(); … });
//   });
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe } from 'vitest';
import pg from 'pg';
import type { Kysely } from 'kysely';
import { openDatabase, type DatabaseHandle, type DialectName } from '../../src/db/database.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';
import type { Database } from '../../src/db/schema.ts';

export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL || undefined;

/** The databases the suites run on here. */
export function testDialects(): DialectName[] {
  return TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];
}

export interface TestDatabase extends DatabaseHandle {
  /** The PostgreSQL schema (postgres only). */
  schema: string | null;
}

/** Opens a fresh, migrated database of the given kind; `close()` also drops the PostgreSQL schema. */
export async function openTestDatabase(dialect: DialectName, opts: { migrate?: boolean } = {}): Promise<TestDatabase> {
  let handle: DatabaseHandle;
  let schema: string | null = null;
  let dropSchema = async () => {};
  if (dialect === 'postgres') {
    if (!TEST_DATABASE_URL) throw new Error('TEST_DATABASE_URL is not set');
    schema = `test_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: TEST_DATABASE_URL });
    await admin.connect();
    try {
      await admin.query(`create schema ${schema}`);
    } finally {
      await admin.end();
    }
    const name = schema;
    dropSchema = async () => {
      const c = new pg.Client({ connectionString: TEST_DATABASE_URL });
      await c.connect();
      try {
        await c.query(`drop schema if exists ${name} cascade`);
      } finally {
        await c.end();
      }
    };
    handle = await openDatabase({ url: TEST_DATABASE_URL, schema, poolSize: 5 });
  } else {
    handle = await openDatabase({ dataDir: 'memory://' });
  }
  if (opts.migrate !== false) await migrateToLatest(handle.db);
  return {
    ...handle,
    schema,
    close: async () => {
      await handle.close();
      await dropSchema();
    },
  };
}

/** Declares `name` once per database; `getDb()` returns the migrated database inside tests (and beforeAll/beforeEach). */
export function describeOnDatabases(
  name: string,
  fn: (getDb: () => Kysely<Database>, dialect: DialectName) => void,
): void {
  for (const dialect of testDialects()) {
    describe(`${name} [${dialect}]`, () => {
      let handle: TestDatabase | undefined;
      beforeAll(async () => {
        handle = await openTestDatabase(dialect);
      });
      afterAll(async () => {
        await handle?.close();
      });
      fn(() => {
        if (!handle) throw new Error('database not open yet: call getDb() inside a test or a hook');
        return handle.db;
      }, dialect);
    });
  }
}
