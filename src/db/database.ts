// Opens the database: PostgreSQL when a URL is given (pg Pool), otherwise PGlite (embedded PostgreSQL), file-backed in a
// data directory or in memory ('memory://'). Both return the same Kysely<Database>; the same migrations run on both.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { Kysely, PGliteDialect, PostgresDialect } from 'kysely';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import type { Database } from './schema.ts';
import { trackClients } from './pg-clients.ts';

export type DialectName = 'pglite' | 'postgres';

export interface DatabaseHandle {
  db: Kysely<Database>;
  dialect: DialectName;
  close(): Promise<void>;
}

export interface OpenDatabaseOptions {
  /** PostgreSQL connection URL; when absent, PGlite is used. */
  url?: string;
  /** PGlite data directory (default `.data/pglite` under the working directory); 'memory://' keeps it in memory. */
  dataDir?: string;
  /** PostgreSQL only: the schema to work in (search_path), used by the tests to isolate a run. */
  schema?: string;
  /** PostgreSQL only: pool size (default 10). */
  poolSize?: number;
}

export const DEFAULT_PGLITE_DIR = '.data/pglite';

// Type OIDs whose text form we keep or convert the same way on both drivers.
const OID_INT8 = 20;
const OID_DATE = 1082;

/** `date` stays 'YYYY-MM-DD' text (no local-midnight Date); bigint becomes a number (profile numbers, counts, seq). */
const parseInt8 = (value: string): number => Number(value);
const keepText = (value: string): string => value;

export async function openDatabase(opts: OpenDatabaseOptions = {}): Promise<DatabaseHandle> {
  if (opts.url) {
    if (opts.schema !== undefined && !/^[a-z_][a-z0-9_]*$/.test(opts.schema)) throw new Error(`invalid schema name: ${opts.schema}`);
    const pool = new pg.Pool({
      connectionString: opts.url,
      max: opts.poolSize ?? 10,
      ...(opts.schema ? { options: `-c search_path=${opts.schema}` } : {}),
      types: {
        getTypeParser: ((oid: number, format?: 'text' | 'binary') => {
          if (oid === OID_INT8) return parseInt8;
          if (oid === OID_DATE) return keepText;
          return pg.types.getTypeParser(oid, format ?? 'text');
        }) as typeof pg.types.getTypeParser,
      },
    });
    trackClients(pool);
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return { db, dialect: 'postgres', close: () => db.destroy() };
  }
  const dataDir = opts.dataDir ?? DEFAULT_PGLITE_DIR;
  const inMemory = dataDir.startsWith('memory://');
  if (!inMemory) mkdirSync(resolve(dataDir), { recursive: true });
  const pglite = new PGlite({
    ...(inMemory ? {} : { dataDir: resolve(dataDir) }),
    parsers: { [OID_INT8]: parseInt8, [OID_DATE]: keepText },
  });
  const db = new Kysely<Database>({ dialect: new PGliteDialect({ pglite }) });
  return {
    db,
    dialect: 'pglite',
    close: async () => {
      await db.destroy();
      if (!pglite.closed) await pglite.close();
    },
  };
}
