// The node-postgres client behind a Kysely connection, for what Kysely cannot say: COPY FROM STDIN (the synthetic
// pool's bulk writes, src/db/repositories/pool.ts). Kysely keeps its connections' clients private, so the pools that
// openDatabase creates register their clients here as they connect, by backend process id; a transaction finds its
// own by asking the server which backend it is (pg_backend_pid, with the database and port, so that a PGlite database
// or another server never matches). Null when the connection is not one of ours (PGlite, another driver).
import { sql, type Kysely } from 'kysely';
import type pg from 'pg';

/** A pool's client: node-postgres sets `processID` from the server's BackendKeyData (not in its type definitions). */
type TrackedClient = pg.PoolClient & { processID?: number | null; database?: string; port?: number };

const clients = new Map<number, Set<TrackedClient>>();

/** Registers the clients of a pool as they connect (and forgets them when the pool removes them). */
export function trackClients(pool: pg.Pool): void {
  pool.on('connect', (client: TrackedClient) => {
    const pid = client.processID;
    if (typeof pid !== 'number') return;
    let set = clients.get(pid);
    if (!set) clients.set(pid, (set = new Set()));
    set.add(client);
  });
  pool.on('remove', (client: TrackedClient) => {
    const pid = client.processID;
    if (typeof pid !== 'number') return;
    const set = clients.get(pid);
    set?.delete(client);
    if (set?.size === 0) clients.delete(pid);
  });
}

/**
 * The node-postgres client that runs `db`'s statements (inside a transaction: the transaction's connection), or null
 * when there is none of ours. Only for a Kysely that holds one connection (a transaction): a pool would answer for any.
 */
export async function pgClientOf<DB>(db: Kysely<DB>): Promise<pg.PoolClient | null> {
  if (clients.size === 0) return null;
  const { rows } = await sql<{ pid: number; database: string; port: number | null }>`
    select pg_backend_pid() as pid, current_database() as database, inet_server_port() as port`.execute(db);
  const me = rows[0];
  if (!me || me.port === null) return null;
  for (const client of clients.get(me.pid) ?? []) {
    if (client.database === me.database && Number(client.port) === Number(me.port)) return client;
  }
  return null;
}
