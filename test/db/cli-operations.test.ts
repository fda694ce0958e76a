// The database commands of `ee` in-process, on a file-backed PGlite in a temporary directory (each command opens and
// closes the database, as the real CLI does): db migrate, rules apply, profiles expire, audit verify.
import { afterAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runEe } from '../cli-harness.ts';
import { openOperations } from '../../src/server/operations.ts';
import { MIGRATIONS } from '../../src/db/migrate.ts';
import { saveDraft, submitProfile } from '../../src/app/profiles.ts';
import { cecSoftwareEngineerToronto } from '../fixtures/profiles.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'ee-cli-db-'));
const env = { EE_PGLITE_DIR: path.join(dir, 'pglite') };
const clock = { today: () => '2025-03-24', now: () => '2025-03-24T12:00:00.000Z' };

const ee = (args: string[]) => runEe(args, { clock, operations: () => openOperations(env, { clock }) });

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('ee database commands', () => {
  it('migrates, then says the database is up to date', async () => {
    const first = await ee(['db', 'migrate', '--lang', 'en']);
    expect(first).toMatchObject({ code: 0 });
    expect(first.stdout).toContain(`${Object.keys(MIGRATIONS).length} migrations applied: 0001_accounts`);
    expect((await ee(['db', 'migrate', '--lang', 'fr'])).stdout).toBe('La base de données est à jour.\n');
  });

  it('applies new rules to the pool, expires profiles, and verifies the audit trail', async () => {
    const ops = await openOperations(env, { clock });
    try {
      const id = (await ops.handle.db.insertInto('account').values({ email: 'cli@example.org', password_hash: 'x', role: 'candidate', province: null, display_name: 'C' }).returning('id').executeTakeFirstOrThrow()).id;
      const actor = { actorId: id, role: 'candidate' as const, onBehalfOf: null };
      const data = { ...cecSoftwareEngineerToronto, jobOffer: { noc: '21231', lmia: 'approved' as const, fullTime: true, nonSeasonal: true, durationMonths: 24 } };
      const draft = await saveDraft(ops.profileDeps, actor, { data });
      if (!draft.ok) throw new Error('draft');
      expect((await submitProfile(ops.profileDeps, actor, { profileId: draft.value.id })).ok).toBe(true);
    } finally {
      await ops.close();
    }

    const applied = await ee(['rules', 'apply', '--at', '2025-03-25', '--json']);
    expect(applied.code).toBe(0);
    const report = JSON.parse(applied.stdout) as { profiles: number; changed: number; summary: { down: number; maxChange: number } };
    expect(report).toMatchObject({ profiles: 1, changed: 1, summary: { down: 1, maxChange: 50 } });
    expect(applied.stderr).toBe(''); // no progress bar when stderr is not a terminal

    const text = await ee(['rules', 'apply', '--at', '2025-03-25T00:00:00Z', '--lang', 'en']);
    expect(text.stdout).toMatch(/applied to 1 pool profiles: 0 changed/);

    expect(JSON.parse((await ee(['profiles', 'expire', '--at', '2026-03-20', '--json'])).stdout)).toEqual({ expired: 0, reminders: { expiry: 1, documents: 0 } });
    expect(JSON.parse((await ee(['profiles', 'expire', '--at', '2026-03-24T11:59:59Z', '--json'])).stdout)).toMatchObject({ expired: 0, reminders: { expiry: 0 } });
    expect(JSON.parse((await ee(['profiles', 'expire', '--at', '2026-03-24T12:00:00Z', '--json'])).stdout)).toMatchObject({ expired: 1 });

    const verified = await ee(['audit', 'verify', '--lang', 'en']);
    expect(verified.code).toBe(0);
    expect(verified.stdout).toMatch(/Audit trail intact: \d+ events checked/);
  });

  it('says when the audit trail lost its last events (its anchor records more), in English and French', async () => {
    const ops = await openOperations(env, { clock });
    let length: number;
    try {
      length = (await ops.uow.read((r) => r.audit.head()))!.length;
      expect(length).toBeGreaterThan(2);
      await sql`alter table audit_event disable trigger audit_event_no_update_delete`.execute(ops.handle.db);
      await ops.handle.db.deleteFrom('audit_event').where('chain_pos', '>', length - 2).execute();
      await sql`alter table audit_event enable trigger audit_event_no_update_delete`.execute(ops.handle.db);
    } finally {
      await ops.close();
    }
    const en = await ee(['audit', 'verify', '--lang', 'en']);
    expect(en.code).toBe(1);
    expect(en.stderr).toContain(`the chain stops after ${length - 2} events but its anchor records ${length}: its last events were deleted`);
    const fr = await ee(['audit', 'verify', '--lang', 'fr']);
    expect(fr.stderr).toContain('ses derniers événements ont été supprimés');
    expect(JSON.parse((await ee(['audit', 'verify', '--json'])).stdout)).toEqual({
      ok: false,
      checked: length - 2,
      unchained: 0,
      broken: 'truncated',
      expectedLength: length,
    });
  });

  it('refuses a malformed instant and a missing --at with a usage error', async () => {
    const bad = await ee(['rules', 'apply', '--at', '25/03/2025']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--at expects a day YYYY-MM-DD or an instant');
    expect((await ee(['rules', 'apply'])).code).toBe(2);
  });

  it('says so when the database is not wired', async () => {
    const r = await runEe(['audit', 'verify', '--lang', 'en'], { clock });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('needs the database');
  });
});
