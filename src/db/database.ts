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
import { DEFERRED_STATEMENT } from './sql.ts';

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

type Send = (...args: unknown[]) => Promise<pg.QueryResult>;

/** What Kysely is told of a statement sent but not waited for: no rows, no count (its outcome comes with the next). */
const NOT_WAITED: pg.QueryResult = { command: 'SENT', rowCount: null, rows: [], oid: 0, fields: [] };
const BEGUN: pg.QueryResult = { ...NOT_WAITED, command: 'BEGIN' };
const noop = () => {};

/**
 * The node-postgres connections of the pool, in pipeline mode (node-postgres writes a statement without waiting for
 * the answer to the one before), made to save round trips inside transactions, where each one is a wait for the
 * server and a wake-up on both sides:
 *
 * - `begin` is sent and not waited for: the transaction's first statement follows it on the wire, and its answer
 *   waits for both, so an error of the BEGIN is the first statement's (a BEGIN fails only with its connection, which
 *   fails what follows it too);
 * - a statement marked DEFERRED_STATEMENT (src/db/sql.ts: an append whose result nobody reads, like an audit event) is
 *   sent and not waited for inside a transaction: its outcome comes with the next statement's (the COMMIT, usually),
 *   which fails with the deferred statement's own error if it failed (the transaction is then rolled back, by the
 *   failed COMMIT or by the ROLLBACK that follows). Outside a transaction a marked statement is waited for as usual.
 *
 * And they keep their parameterized statements prepared (named after a digest of their text), so a statement the app
 * runs again on that connection skips PostgreSQL's parse and, once its generic plan is chosen, its planning: the
 * API's update path runs the same handful of statements for every request. Kysely calls `client.query(text, values)`;
 * anything else (COPY streams, which src/db/repositories/pool.ts runs with the pipeline off) passes through. The
 * statements a connection prepares are bounded by the app's query shapes.
 */
function tuneConnections(pool: pg.Pool): void {
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
    const send = client.query.bind(client) as Send;
    const prepared = (text: string, values: unknown): Promise<pg.QueryResult> =>
      Array.isArray(values) && values.length > 0 && values.length <= MAX_PREPARED_PARAMETERS ? send({ name: nameOf(text), text, values }) : send(text, values);
    /** Sent, not yet waited for by anyone: a BEGIN, deferred statements. */
    let unanswered: Promise<pg.QueryResult>[] = [];
    let inTransaction = false;
    // What is sent and not waited for is held in the socket's buffer until the promise jobs running now are done, so
    // that the statement that follows (queued by them) leaves in the same write: one wake-up of the server, not two.
    const stream = (client as unknown as { connection: { stream: { cork(): void; uncork(): void } } }).connection.stream;
    let corked = false;
    const holdWrites = () => {
      if (corked) return;
      corked = true;
      stream.cork();
      process.nextTick(() => {
        corked = false;
        stream.uncork();
      });
    };
    (client as { query: unknown }).query = (first: unknown, values?: unknown, ...rest: unknown[]) => {
      if (typeof first !== 'string' || rest.length > 0) return send(first, values, ...rest);
      const noValues = values === undefined || (Array.isArray(values) && values.length === 0);
      const begins = first === 'begin' && noValues;
      if (begins) inTransaction = true;
      // BEGIN, and a deferred statement inside a transaction: sent now, answered to Kysely at once.
      const deferred = begins || (inTransaction && first.startsWith(DEFERRED_STATEMENT));
      if (deferred) holdWrites();
      const answer = prepared(first, values);
      if (deferred) {
        answer.catch(noop);
        unanswered.push(answer);
        return Promise.resolve(begins ? BEGUN : NOT_WAITED);
      }
      if (first === 'commit' || first === 'rollback') inTransaction = false;
      if (unanswered.length === 0) return answer;
      const before = unanswered;
      unanswered = [];
      // A ROLLBACK ends the transaction whatever happened before it (the caller is already handling a failure).
      if (first === 'rollback') return Promise.allSettled(before).then(() => answer);
      return Promise.all([...before, answer]).then((answers) => answers[answers.length - 1]!);
    };
  });
}

export async function openDatabase(opts: OpenDatabaseOptions = {}): Promise<DatabaseHandle> {
  if (opts.url) {
    if (opts.schema !== undefined && !/^[a-z_][a-z0-9_]*$/.test(opts.schema)) throw new Error(`invalid schema name: ${opts.schema}`);
    const pool = new pg.Pool({
      connectionString: opts.url,
      max: opts.poolSize ?? 10,
      // See tuneConnections.
      pipeline: true,
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
    tuneConnections(pool);
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
