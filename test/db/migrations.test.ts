import { describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { describeOnDatabases, openTestDatabase, testDialects } from './databases.ts';
import { MIGRATIONS, migrateDownAll, migrateToLatest } from '../../src/db/migrate.ts';

describeOnDatabases('schema', (getDb) => {
  it('has every table of the brief', async () => {
    const tables = await getDb().introspection.getTables();
    expect(tables.map((t) => t.name).filter((n) => !n.startsWith('kysely_')).sort()).toEqual(
      ['account', 'application', 'audit_chain_head', 'audit_event', 'email_outbox', 'ircc_round', 'ita', 'message', 'profile', 'rate_limit', 'representative_authorization', 'rescore_change', 'rescore_report', 'round', 'session'],
    );
  });

  it('is up to date: migrating again applies nothing', async () => {
    expect(await migrateToLatest(getDb())).toEqual([]);
  });

  it('names its constraints <table>_<what>_pk/_fk/_uq/_ck', async () => {
    const { rows } = await sql<{ conname: string }>`
      select c.conname from pg_constraint c join pg_namespace n on n.oid = c.connamespace
      where n.nspname = current_schema() and c.contype in ('p','f','u','c')
        and c.conrelid::regclass::text not like '%kysely_%'`.execute(getDb());
    expect(rows.length).toBeGreaterThan(20);
    for (const { conname } of rows) expect(conname).toMatch(/^[a-z_]+_(pk|fk|uq|ck)$/);
  });

  it('refuses an account e-mail differing only by case', async () => {
    const db = getDb();
    await db.insertInto('account').values({ email: 'Case@Example.org', password_hash: 'x', role: 'candidate', province: null, display_name: 'A' }).execute();
    await expect(
      db.insertInto('account').values({ email: 'case@example.ORG', password_hash: 'x', role: 'candidate', province: null, display_name: 'B' }).execute(),
    ).rejects.toThrow();
  });

  it('requires a province for (and only for) the province role', async () => {
    const db = getDb();
    const base = { password_hash: 'x', display_name: 'P' };
    await expect(db.insertInto('account').values({ ...base, email: 'p1@example.org', role: 'province', province: null }).execute()).rejects.toThrow();
    await expect(db.insertInto('account').values({ ...base, email: 'p2@example.org', role: 'officer', province: 'ON' }).execute()).rejects.toThrow();
    await db.insertInto('account').values({ ...base, email: 'p3@example.org', role: 'province', province: 'ON' }).execute();
  });
});

describe('migrations', () => {
  for (const dialect of testDialects()) {
    it(`go up, down and up again [${dialect}]`, async () => {
      const t = await openTestDatabase(dialect, { migrate: false });
      try {
        expect(await migrateToLatest(t.db)).toEqual(Object.keys(MIGRATIONS));
        expect(await migrateDownAll(t.db)).toEqual(Object.keys(MIGRATIONS).reverse());
        expect(await migrateToLatest(t.db)).toEqual(Object.keys(MIGRATIONS));
      } finally {
        await t.close();
      }
    });
  }
});
