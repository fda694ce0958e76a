// Opens the database: PostgreSQL when a URL is given (pg Pool), otherwise PGlite (embedded PostgreSQL), file-backed in a
// data directory or in memory ('memory://'). Both return the same Kysely<Database>; the same migrations run on both.
import { createHash } from 'node:crypto';
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

/** Statements with more parameters than this (multi-row inserts of bulk work) are not kept prepared. */
const MAX_PREPARED_PARAMETERS = 64;

/**
 * Makes every connection of the pool keep its parameterized statements prepared (named after a digest of their text),
 * so a statement the app runs again on that connection skips PostgreSQL's parse and, once its generic plan is chosen,
 * its planning: the API's update path runs the same handful of statements for every request. Kysely calls
 * `client.query(text, values)`; anything else (COPY streams, cursors, statements without parameters, bulk inserts)
 * passes through unchanged. The statements a connection prepares are bounded by the app's query shapes.
 */
function prepareStatements(pool: pg.Pool): void {
  const names = new Map<string, string>();
  const nameOf = (text: string): string => {
    let name = names.get(text);
    if (name === undefined) {
      name = `ee_${createHash('sha1').update(text).digest('base64url')}`;
      if (names.size >= 10_000) names.clear();
      names.set(text, name);
    }
    return name;
  };
  pool.on('connect', (client) => {
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    (client as { query: unknown }).query = (first: unknown, values?: unknown, ...rest: unknown[]) => {
      if (typeof first === 'string' && rest.length === 0 && Array.isArray(values) && values.length > 0 && values.length <= MAX_PREPARED_PARAMETERS) {
        return query({ name: nameOf(first), text: first, values });
      }
      return query(first, values, ...rest);
    };
  });
}

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
    prepareStatements(pool);
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
