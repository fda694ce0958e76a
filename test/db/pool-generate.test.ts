// The synthetic pool written to both databases: a generated profile is stored exactly as submitProfile stores the same
// data at the same instant; accounts nobody can sign in to; one audit event per batch; progress; the same seed twice is
// refused; and a replay of a published round on a small pool, through the real draft and simulate use cases.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it, vi } from 'vitest';
import { sql } from 'kysely';
import { describeOnDatabases } from './databases.ts';
import { TestClock, newAccount, value } from './fixtures.ts';
import { kyselyUnitOfWork } from '../../src/db/unit-of-work.ts';
import { cryptoIds, argon2Hasher } from '../../src/app/passwords.ts';
import { generatePool, irccDraw, PoolGenerator, SYNTHETIC_DOMAIN, type PoolGenerateDeps } from '../../src/app/pool-generate.ts';
import type { GeneratedCandidate } from '../../src/app/ports/pool.ts';
import type { Database } from '../../src/db/schema.ts';
import type { ProfileData } from '../../src/app/ports/profiles.ts';
import { pgClientOf } from '../../src/db/pg-clients.ts';
import { replayDraw, REPLAY_OFFICER_EMAIL } from '../../src/app/pool-replay.ts';
import { saveDraft, submitProfile } from '../../src/app/profiles.ts';
import { verifyAuditChain } from '../../src/app/audit.ts';
import { testDataDir } from '../data-dir.ts';

// Migrating a fresh database and writing pools takes seconds on a busy 2-core machine.
vi.setConfig({ hookTimeout: 60_000, testTimeout: 120_000 });

const DATA = testDataDir('db/pool-generate.test');
const FEED = DATA ? path.join(DATA, 'express_entry/ee_rounds_123_en.json') : null;

describeOnDatabases('synthetic pool', (getDb, dialect) => {
  const deps = (clock = new TestClock('2026-05-02T09:00:00Z')): PoolGenerateDeps => ({ uow: kyselyUnitOfWork(getDb()), clock, ids: cryptoIds });
  const poolRows = (seed: number) =>
    getDb()
      .selectFrom('profile')
      .innerJoin('account', 'account.id', 'profile.candidate_id')
      .selectAll('profile')
      .select(['account.email', 'account.role', 'account.password_hash', 'account.created_at as account_created_at'])
      .where('account.email', 'like', `pool-${seed}-%`)
      .orderBy('profile.submitted_at')
      .execute();

  it('stores a generated profile exactly as submitProfile stores the same data at the same instant', async () => {
    value(await generatePool(deps(), { size: 4, seed: 101, asOf: '2026-05-01' }));
    const generated = await poolRows(101);
    expect(generated).toHaveLength(4);
    for (const row of generated) {
      // The same data, drafted and submitted by a candidate at the generated submission instant.
      const clock = new TestClock(row.submitted_at!.toISOString());
      const candidate = await newAccount(getDb());
      const profileDeps = { uow: kyselyUnitOfWork(getDb()), clock };
      const draft = value(await saveDraft(profileDeps, candidate, { data: row.data }));
      const submitted = value(await submitProfile(profileDeps, candidate, { profileId: draft.id }));
      expect(submitted.status).toBe('submitted');
      const stored = await getDb().selectFrom('profile').selectAll().where('id', '=', submitted.id).executeTakeFirstOrThrow();
      // Every column but the ids and the number (whatever columns the table has: a new one must be written too).
      const strip = (r: Record<string, unknown>) => {
        const { id: _id, candidate_id: _c, number: _n, email: _e, role: _r, password_hash: _p, account_created_at: _a, ...rest } = r;
        return rest;
      };
      expect(strip(row)).toEqual(strip(stored));
    }
  });

  it('writes awkward text as it is (COPY escapes on PostgreSQL, parameters on PGlite): tabs, newlines, backslashes, quotes, braces', async () => {
    const p = new PoolGenerator({ size: 1, seed: 106, until: '2026-05-02T00:00:00.000Z' }).next();
    const odd = 'a\tb\nc\rd\\e"f{g,h}i\\N é';
    const candidate: GeneratedCandidate = {
      accountId: cryptoIds.uuid(),
      email: 'pool-106-1@synthetic.invalid',
      passwordHash: `!${odd}`,
      displayName: odd,
      locale: 'fr',
      profileId: cryptoIds.uuid(),
      data: { ...p.data, workHistory: p.data.workHistory.map((w) => ({ ...w, country: odd })) } as unknown as ProfileData,
      submittedAt: p.submittedAt,
      expiresAt: p.expiresAt,
      scoreTotal: p.scoreTotal,
      score: p.score,
      rulesVersion: p.rulesVersion,
      eligibility: p.eligibility,
      eligiblePrograms: p.eligiblePrograms,
      categories: [odd, 'NULL', ''] as never,
    };
    await kyselyUnitOfWork(getDb()).transaction((r) => r.pool.insertGenerated([candidate]));
    const row = await getDb()
      .selectFrom('profile')
      .innerJoin('account', 'account.id', 'profile.candidate_id')
      .select(['account.display_name', 'account.password_hash', 'account.province', 'profile.data', 'profile.categories', 'profile.eligible_programs', 'profile.score_total'])
      .where('profile.id', '=', candidate.profileId)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({
      display_name: odd,
      password_hash: `!${odd}`,
      province: null,
      data: candidate.data,
      categories: [odd, 'NULL', ''],
      eligible_programs: p.eligiblePrograms,
      score_total: p.scoreTotal,
    });
  });

  it(dialect === 'postgres' ? 'writes through COPY on PostgreSQL, with lz4 compression when the server has it' : 'writes through inserts on PGlite (no node-postgres client)', async () => {
    const client = await getDb().transaction().execute((trx) => pgClientOf<Database>(trx));
    expect(client !== null).toBe(dialect === 'postgres');
    value(await generatePool(deps(), { size: 30, seed: 107, asOf: '2026-05-01' }));
    if (dialect !== 'postgres') return;
    const lz4 = await sql<{ lz4: boolean }>`select 'lz4' = any(enumvals) as lz4 from pg_settings where name = 'default_toast_compression'`.execute(getDb());
    const methods = await sql<{ method: string | null }>`
      select distinct pg_column_compression(p.score) as method from profile p join account a on a.id = p.candidate_id where a.email like 'pool-107-%'`.execute(getDb());
    if (lz4.rows[0]?.lz4) expect(methods.rows.map((r) => r.method)).toEqual(['lz4']);
  });

  it('creates candidate accounts under the reserved domain that no password opens', async () => {
    value(await generatePool(deps(), { size: 3, seed: 102, asOf: '2026-05-01' }));
    const rows = await poolRows(102);
    expect(rows.map((r) => r.email).sort()).toEqual([1, 2, 3].map((i) => `pool-102-${i}@${SYNTHETIC_DOMAIN}`));
    const hasher = argon2Hasher({ memoryCost: 64, timeCost: 1 });
    for (const r of rows) {
      expect(r.role).toBe('candidate');
      expect(await hasher.verify(r.password_hash, '')).toBe(false);
      expect(await hasher.verify(r.password_hash, r.password_hash)).toBe(false);
      expect(r.account_created_at.toISOString()).toBe(r.submitted_at!.toISOString());
    }
  });

  it('audits one summary event per batch (not one per profile), in the hash chain, and reports progress to the total', async () => {
    const uow = kyselyUnitOfWork(getDb());
    const before = Number((await sql<{ n: string }>`select count(*) as n from audit_event where action = 'pool.generate'`.execute(getDb())).rows[0]!.n);
    const progress: number[] = [];
    const r = value(await generatePool(deps(), { size: 5, seed: 103, asOf: '2026-05-01', batchSize: 2, onProgress: (p) => progress.push(p.done) }));
    expect(r.count).toBe(5);
    const events = await getDb().selectFrom('audit_event').selectAll().where('action', '=', 'pool.generate').where('entity_id', '=', 'seed-103').orderBy('seq').execute();
    expect(events).toHaveLength(3);
    expect(Number((await sql<{ n: string }>`select count(*) as n from audit_event where action = 'pool.generate'`.execute(getDb())).rows[0]!.n) - before).toBe(3);
    expect(events.every((e) => e.actor_role === 'system' && e.after_digest !== null)).toBe(true);
    expect((await uow.read((x) => verifyAuditChain(x))).ok).toBe(true);
    expect(progress).toEqual([0, 2, 4, 5]);
  });

  it('fails as a whole call when a batch cannot be written (batches in flight settle; the failed batch leaves nothing)', async () => {
    // The third candidate's e-mail is already taken: the second batch (candidates 3 and 4) violates the unique index.
    await getDb().insertInto('account').values({ email: 'pool-108-3@synthetic.invalid', password_hash: 'x', role: 'candidate', province: null, display_name: 'Taken' }).execute();
    await expect(generatePool(deps(), { size: 8, seed: 108, asOf: '2026-05-01', batchSize: 2 })).rejects.toThrow();
    const emails = (await poolRows(108)).map((r) => r.email);
    expect(emails).toContain('pool-108-1@synthetic.invalid');
    expect(emails).not.toContain('pool-108-4@synthetic.invalid');
    const audited = await getDb().selectFrom('audit_event').select('after_digest').where('action', '=', 'pool.generate').where('entity_id', '=', 'seed-108').execute();
    expect(audited.length).toBe(new Set(emails.map((e) => Math.ceil(Number(/pool-108-(\d+)@/.exec(e)![1]) / 2))).size);
  });

  it('refuses the same seed twice (nothing more written) and bad options', async () => {
    value(await generatePool(deps(), { size: 2, seed: 104, asOf: '2026-05-01' }));
    expect(await generatePool(deps(), { size: 2, seed: 104, asOf: '2026-05-01' })).toEqual({ ok: false, error: { code: 'conflict', reason: 'seed_already_generated' } });
    expect(await poolRows(104)).toHaveLength(2);
    const bad = await generatePool(deps(), { size: 0, seed: -1, asOf: '2026-05-01' });
    expect(bad.ok).toBe(false);
    if (!bad.ok && bad.error.code === 'validation_failed') expect(bad.error.errors.map((e) => e.field)).toEqual(['size', 'seed']);
    else throw new Error('expected validation_failed');
  });

  it.skipIf(!FEED || !existsSync(FEED))('replays a published round on a small pool: drafted and simulated at its instant, its size scaled to the pool', async () => {
    const round = value(irccDraw(JSON.parse(readFileSync(FEED!, 'utf8')), '436'));
    const replay = value(await replayDraw(deps(new TestClock('2026-11-23T12:00:00Z')), { round, size: 600, seed: 105 }));
    expect(replay.spec).toEqual({ type: 'program', program: 'cec', instant: round.instant, size: Math.round((1000 * 600) / 226_859) });
    expect(replay.round.status).toBe('simulated');
    expect(replay.outcome.poolSize).toBeGreaterThanOrEqual(600);
    expect(replay.outcome.invitedCount).toBe(replay.spec.size);
    expect(replay.outcome.counts.byProgram.cec).toBe(replay.spec.size);
    expect(replay.outcome.cutoff).toBeGreaterThan(0);
    expect(replay.pool.maxGapPoints).toBeLessThanOrEqual(2);
    expect(replay.published).toMatchObject({ cutoff: 523, size: 1000, poolSize: 226_859 });
    // Simulated only: nobody invited.
    expect(await getDb().selectFrom('ita').select('id').where('round_id', '=', replay.round.id).execute()).toHaveLength(0);
    expect(await getDb().selectFrom('account').select('role').where('email', '=', REPLAY_OFFICER_EMAIL).executeTakeFirstOrThrow()).toEqual({ role: 'officer' });
  }, 60_000);
});
