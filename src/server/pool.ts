// Wiring of `ee pool generate` and `ee round replay`: IRCC's feed from the data directory, and the database to write
// to — the configured one (DATABASE_URL or EE_PGLITE_DIR, as every command) or a fresh in-memory PGlite for a replay
// that must leave nothing behind.
import { readFile } from 'node:fs/promises';
import type { PoolCliDeps } from '../cli/pool.ts';
import { systemClock, type Clock } from '../app/ports.ts';
import { cryptoIds } from '../app/passwords.ts';
import { openDatabase } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { kyselyUnitOfWork } from '../db/unit-of-work.ts';
import { dataFile, resolveDataDir } from '../db/reference/data-dir.ts';
import { openOperations } from './operations.ts';

export const IRCC_FEED_FILE = 'express_entry/ee_rounds_123_en.json';

export function poolCliDeps(env: Record<string, string | undefined>, opts: { clock?: Clock } = {}): PoolCliDeps {
  const clock = opts.clock ?? systemClock;
  return {
    irccFeed: async () => JSON.parse(await readFile(dataFile(resolveDataDir(env), IRCC_FEED_FILE), 'utf8')) as unknown,
    open: async (where) => {
      if (where === 'configured') {
        const ops = await openOperations(env, { clock });
        return { deps: { uow: ops.uow, clock, ids: cryptoIds }, close: () => ops.close() };
      }
      const handle = await openDatabase({ dataDir: 'memory://' });
      try {
        await migrateToLatest(handle.db);
      } catch (error) {
        await handle.close();
        throw error;
      }
      return { deps: { uow: kyselyUnitOfWork(handle.db), clock, ids: cryptoIds }, close: () => handle.close() };
    },
  };
}
