// PostgreSQL connections keep the app's parameterized statements prepared (src/db/database.ts): a statement run again on
// a connection is not parsed again; statements without parameters and bulk statements (many parameters) are not kept.
import { describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { openTestDatabase, TEST_DATABASE_URL } from './databases.ts';

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
