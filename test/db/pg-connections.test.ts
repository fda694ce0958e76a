// PostgreSQL connections (src/db/database.ts, tuneConnections): they keep the app's parameterized statements prepared (a
// statement run again on a connection is not parsed again; statements without parameters and bulk statements are not
// kept), and inside a transaction they send BEGIN and deferred statements without waiting for their answers, which come
// with the next statement's: a failure there fails the transaction, and nothing of it is stored.
import { describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { openTestDatabase, testDialects, TEST_DATABASE_URL } from './databases.ts';
import { DEFERRED_STATEMENT } from '../../src/db/sql.ts';

describe.skipIf(!TEST_DATABASE_URL)('prepared statements [postgres]', () => {
  it('prepares a parameterized statement once per connection and reuses it; leaves the others unprepared', async () => {
    const handle = await openTestDatabase('postgres', { migrate: false });
    try {
      const result = await handle.db.connection().execute(async (db) => {
        const prepared = () => sql<{ statement: string }>`select statement from pg_prepared_statements`.execute(db).then((r) => r.rows.map((x) => x.statement));
        const probe = (n: number) => sql<{ n: number }>`select ${n}::int + 1 as n`.execute(db).then((r) => r.rows[0]!.n);
        expect(await probe(1)).toBe(2);
        expect(await probe(41)).toBe(42);
        const values = Array.from({ length: 65 }, (_, i) => i);
        const bulk = await sql<{ n: number }>`select ${sql.join(values.map((v) => sql`${v}::int`), sql` + `)} as n`.execute(db);
        return { statements: await prepared(), bulk: bulk.rows[0]!.n };
      });
      expect(result.bulk).toBe((64 * 65) / 2);
      const probes = result.statements.filter((s) => s.includes('::int + 1 as n'));
      expect(probes).toHaveLength(1);
      expect(result.statements.some((s) => s.includes('from pg_prepared_statements'))).toBe(false);
      expect(result.statements.some((s) => s.includes('$65'))).toBe(false);
    } finally {
      await handle.close();
    }
  });
});

const deferred = sql.raw(DEFERRED_STATEMENT);

describe.each(testDialects())('transactions with deferred statements [%s]', (dialect) => {
  it('commits the transaction, deferred statements included; the first statement runs inside it', async () => {
    const handle = await openTestDatabase(dialect, { migrate: false });
    try {
      await sql`create table t (n int)`.execute(handle.db);
      await handle.db.transaction().execute(async (trx) => {
        const inside = await sql<{ tx: string | null }>`select txid_current_if_assigned()::text as tx`.execute(trx);
        expect(inside.rows).toHaveLength(1);
        await sql`${deferred} insert into t values (1)`.execute(trx);
        await sql`${deferred} insert into t values (2)`.execute(trx);
      });
      const rolledBack = handle.db.transaction().execute(async (trx) => {
        await sql`insert into t values (3)`.execute(trx);
        throw new Error('changed my mind');
      });
      await expect(rolledBack).rejects.toThrow('changed my mind');
      const rows = await sql<{ n: number }>`select n from t order by n`.execute(handle.db);
      expect(rows.rows.map((r) => r.n)).toEqual([1, 2]);
    } finally {
      await handle.close();
    }
  });

  it('fails the transaction with the error of the deferred statement, and stores nothing of it', async () => {
    const handle = await openTestDatabase(dialect, { migrate: false });
    try {
      await sql`create table t (n int)`.execute(handle.db);
      const failing = handle.db.transaction().execute(async (trx) => {
        await sql`insert into t values (1)`.execute(trx);
        await sql`${deferred} insert into t values (1 / 0)`.execute(trx).catch(() => {
          // PGlite runs it at once (and fails here); PostgreSQL fails the commit. Either way the transaction fails.
          throw new Error('division by zero');
        });
      });
      await expect(failing).rejects.toThrow(/division by zero/);
      const rows = await sql<{ n: number }>`select count(*)::int as n from t`.execute(handle.db);
      expect(rows.rows[0]!.n).toBe(0);
      // The connection is usable again.
      await handle.db.transaction().execute((trx) => sql`insert into t values (7)`.execute(trx));
      expect((await sql<{ n: number }>`select sum(n)::int as n from t`.execute(handle.db)).rows[0]!.n).toBe(7);
    } finally {
      await handle.close();
    }
  });
});

describe.skipIf(!TEST_DATABASE_URL)('deferred statements are not waited for [postgres]', () => {
  it('resolves a deferred statement before the server answers it; the commit waits for it', async () => {
    const handle = await openTestDatabase('postgres', { migrate: false });
    try {
      const times = await handle.db.transaction().execute(async (trx) => {
        const started = performance.now();
        await sql`${deferred} select pg_sleep(0.4)`.execute(trx);
        return { started, sent: performance.now() };
      });
      const committed = performance.now();
      expect(times.sent - times.started).toBeLessThan(300);
      expect(committed - times.started).toBeGreaterThanOrEqual(390);
      // Outside a transaction a deferred statement is waited for.
      const before = performance.now();
      await sql`${deferred} select pg_sleep(0.4)`.execute(handle.db);
      expect(performance.now() - before).toBeGreaterThanOrEqual(390);
    } finally {
      await handle.close();
    }
  });
});
