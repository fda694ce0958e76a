// Repositories of the profile area on both databases: pool order and paging, expiry queries, statistics, optimistic
// locking, one active profile, inbox and outbox (dedupe, delivery), re-scoring reports.
import { expect, it } from 'vitest';
import type { Kysely } from 'kysely';
import { describeOnDatabases } from './databases.ts';
import { repositories, kyselyUnitOfWork } from '../../src/db/unit-of-work.ts';
import type { Database } from '../../src/db/schema.ts';
import type { ProfileData, ProfileRecord } from '../../src/app/ports/profiles.ts';
import { StoreConflict, type Repositories } from '../../src/app/ports/unit-of-work.ts';
import { deliverOutbox, MAX_EMAIL_ATTEMPTS } from '../../src/app/messages.ts';
import { logEmailSender, wordEmail } from '../../src/db/email.ts';
import type { PendingEmail } from '../../src/app/ports/messages.ts';
import { evaluateProfile } from '../../src/app/profiles.ts';
import { cecSoftwareEngineerToronto } from '../fixtures/profiles.ts';

let n = 0;
async function account(db: Kysely<Database>, locale: 'fr' | 'en' = 'fr'): Promise<string> {
  n++;
  const row = await db
    .insertInto('account')
    .values({ email: `repo${n}-${Math.random().toString(36).slice(2)}@example.org`, password_hash: 'x', role: 'candidate', province: null, display_name: `Repo ${n}`, locale })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** A pool profile with a score and a stamp, written through the repository. */
async function inPool(r: Repositories, candidateId: string, score: number, submittedAt: string, province = 'ON', programs: ('fsw' | 'cec' | 'fst')[] = ['cec']): Promise<ProfileRecord> {
  const draft = await r.profiles.insertDraft({ candidateId, data: { intendedProvince: province }, clonedFrom: null, at: submittedAt });
  const p = await r.profiles.update(
    draft.id,
    draft.version,
    { status: 'submitted', submittedAt, expiresAt: new Date(Date.parse(submittedAt) + 365 * 864e5).toISOString(), scoreTotal: score, eligiblePrograms: programs },
    submittedAt,
  );
  return p!;
}

describeOnDatabases('profile repositories', (getDb) => {
  it('lists the pool by score desc, then stamp asc, then id, page by page', async () => {
    const db = getDb();
    const r = repositories(db);
    const t1 = '2025-01-01T10:00:00.000Z';
    const t2 = '2025-01-02T10:00:00.000Z';
    const made = [
      await inPool(r, await account(db), 480, t2),
      await inPool(r, await account(db), 500, t2),
      await inPool(r, await account(db), 480, t1),
      await inPool(r, await account(db), 480, t1),
      await inPool(r, await account(db), 300, t1),
    ];
    const [a, b, c, d, e] = made as [ProfileRecord, ProfileRecord, ProfileRecord, ProfileRecord, ProfileRecord];
    const [c1, d1] = c.id < d.id ? [c, d] : [d, c];
    const expected = [b.id, c1.id, d1.id, a.id, e.id];
    expect((await r.profiles.listPool({ limit: 10 })).map((p) => p.id)).toEqual(expected);
    const pages: string[] = [];
    let after: { scoreTotal: number; submittedAt: string; id: string } | undefined;
    for (;;) {
      const page = await r.profiles.listPool({ limit: 2, ...(after ? { after } : {}) });
      pages.push(...page.map((p) => p.id));
      if (page.length < 2) break;
      const last = page.at(-1)!;
      after = { scoreTotal: last.scoreTotal!, submittedAt: last.submittedAt!, id: last.id };
    }
    expect(pages).toEqual(expected);
    // Batches in id order cover the same pool.
    const batch = await r.profiles.poolBatch({ afterId: null, limit: 100 });
    expect(batch.map((p) => p.id)).toEqual([...expected].sort());
  });

  it('keeps one active profile per candidate in the database itself', async () => {
    const db = getDb();
    const r = repositories(db);
    const c = await account(db);
    const first = await r.profiles.insertDraft({ candidateId: c, data: {}, clonedFrom: null, at: '2025-01-01T00:00:00Z' });
    await expect(r.profiles.insertDraft({ candidateId: c, data: {}, clonedFrom: null, at: '2025-01-01T00:00:00Z' })).rejects.toBeInstanceOf(StoreConflict);
    await r.profiles.update(first.id, first.version, { status: 'withdrawn' }, '2025-01-02T00:00:00Z');
    const second = await r.profiles.insertDraft({ candidateId: c, data: {}, clonedFrom: first.id, at: '2025-01-03T00:00:00Z' });
    expect(second.number).toBeGreaterThan(first.number);
    expect(second.clonedFrom).toBe(first.id);
    expect((await r.profiles.activeForCandidate(c))?.id).toBe(second.id);
  });

  it('updates only at the expected version (optimistic locking)', async () => {
    const db = getDb();
    const r = repositories(db);
    const p = await r.profiles.insertDraft({ candidateId: await account(db), data: { a: 1 }, clonedFrom: null, at: '2025-01-01T00:00:00Z' });
    const u = await r.profiles.update(p.id, p.version, { data: { a: 2 } }, '2025-01-01T01:00:00Z');
    expect(u).toMatchObject({ version: p.version + 1, data: { a: 2 }, updatedAt: '2025-01-01T01:00:00.000Z', createdAt: '2025-01-01T00:00:00.000Z' });
    expect(await r.profiles.update(p.id, p.version, { data: { a: 3 } }, '2025-01-01T02:00:00Z')).toBeNull();
    expect((await r.profiles.byId(p.id))?.data).toEqual({ a: 2 });
  });

  it('stores jsonb arrays and nested objects as they are (on both drivers)', async () => {
    const db = getDb();
    const r = repositories(db);
    const data = { languageTests: [{ test: 'celpip_general', scores: { speaking: 9 } }], workHistory: [], spouse: null, n: 1.5 };
    const p = await r.profiles.insertDraft({ candidateId: await account(db), data, clonedFrom: null, at: '2025-01-01T00:00:00Z' });
    expect((await r.profiles.byId(p.id))?.data).toEqual(data);
  });

  it('keeps the score without its reference texts and gives it back whole', async () => {
    const db = getDb();
    const r = repositories(db);
    const candidateId = await account(db);
    const asOf = '2024-06-01';
    const evaluation = evaluateProfile(cecSoftwareEngineerToronto, asOf);
    const draft = await r.profiles.insertDraft({ candidateId, data: cecSoftwareEngineerToronto as unknown as ProfileData, clonedFrom: null, at: '2024-06-01T12:00:00.000Z' });
    await r.profiles.update(draft.id, draft.version, { scoreTotal: evaluation.score.total, score: evaluation.score }, '2024-06-01T12:00:00.000Z');
    const raw = await db.selectFrom('profile').select('score').where('id', '=', draft.id).executeTakeFirstOrThrow();
    const lines = (raw.score as { lines: Record<string, unknown>[] }).lines;
    expect(lines.length).toBe(evaluation.score.lines.length);
    expect(lines.every((l) => !('reference' in l))).toBe(true);
    expect(JSON.stringify(raw.score).length).toBeLessThan(JSON.stringify(evaluation.score).length / 3);
    expect((await r.profiles.byId(draft.id))!.score).toEqual(evaluation.score);
  });

  it('returns the whole record after an update, whether or not the change gave the data, score and eligibility', async () => {
    const db = getDb();
    const r = repositories(db);
    const candidateId = await account(db);
    const at = '2024-06-01T12:00:00.000Z';
    const e = evaluateProfile(cecSoftwareEngineerToronto, '2024-06-01');
    const data = cecSoftwareEngineerToronto as unknown as ProfileData;
    const draft = await r.profiles.insertDraft({ candidateId, data, clonedFrom: null, at });
    const scored = (await r.profiles.update(draft.id, draft.version, { data, scoreTotal: e.score.total, score: e.score, eligibility: e.eligibility }, at))!;
    expect(scored).toEqual(await r.profiles.byId(draft.id));
    // A change of status alone: the documents come back as stored.
    const withdrawn = (await r.profiles.update(draft.id, scored.version, { status: 'withdrawn' }, '2024-06-02T12:00:00.000Z'))!;
    expect(withdrawn).toEqual(await r.profiles.byId(draft.id));
    expect(withdrawn.score).toEqual(e.score);
    expect(withdrawn.data).toEqual(data);
    expect(withdrawn.status).toBe('withdrawn');
  });

  it('locks and reads a profile state without its score and eligibility', async () => {
    const db = getDb();
    const candidateId = await account(db);
    const draft = await repositories(db).profiles.insertDraft({ candidateId, data: { a: 1 }, clonedFrom: null, at: '2024-06-01T12:00:00.000Z' });
    const state = await kyselyUnitOfWork(db).transaction((r) => r.profiles.lockState(draft.id));
    const { score: _s, eligibility: _e, ...expected } = draft;
    expect(state).toEqual(expected);
    expect(await kyselyUnitOfWork(db).transaction((r) => r.profiles.lockState('00000000-0000-4000-8000-000000000000'))).toBeNull();
  });

  it('finds the profiles due for expiry and those expiring in a window', async () => {
    const db = getDb();
    const r = repositories(db);
    const p = await inPool(r, await account(db), 400, '2020-06-01T12:00:00.000Z');
    const due = await r.profiles.dueForExpiry('2021-06-01T12:00:00.000Z', 1000);
    expect(due.map((x) => x.id)).toContain(p.id);
    expect((await r.profiles.dueForExpiry('2021-06-01T11:59:59.000Z', 1000)).map((x) => x.id)).not.toContain(p.id);
    const window = await r.profiles.expiringBetween('2021-05-01T00:00:00.000Z', '2021-06-02T00:00:00.000Z', { afterId: null, limit: 100 });
    expect(window.map((x) => x.id)).toContain(p.id);
  });

  it('counts the pool by status, program, province and score', async () => {
    const db = getDb();
    const r = repositories(db);
    const before = await r.profiles.poolStatistics();
    await inPool(r, await account(db), 455, '2025-02-01T00:00:00Z', 'BC', ['fsw', 'cec']);
    await inPool(r, await account(db), 455, '2025-02-01T00:00:00Z', 'BC', ['fst']);
    const s = await r.profiles.poolStatistics();
    expect(s.inPool).toBe(before.inPool + 2);
    expect(s.byStatus.submitted).toBe(s.inPool);
    expect(s.byProgram.fsw - before.byProgram.fsw).toBe(1);
    expect(s.byProgram.fst - before.byProgram.fst).toBe(1);
    expect((s.byProvince.BC ?? 0) - (before.byProvince.BC ?? 0)).toBe(2);
    expect(s.scoreHistogram[455]! - before.scoreHistogram[455]!).toBe(2);
    expect(s.scoreHistogram).toHaveLength(1201);
  });

  it('adds a deduplicated message once, lists it, marks it read', async () => {
    const db = getDb();
    const r = repositories(db);
    const c = await account(db);
    const m = { accountId: c, kind: 'profile_expiry_reminder' as const, params: { number: 1, days: 60 }, dedupeKey: 'k1', at: '2025-01-01T00:00:00Z' };
    expect(await r.messages.add(m)).toBe(true);
    expect(await r.messages.add(m)).toBe(false);
    expect(await r.messages.add({ ...m, dedupeKey: undefined })).toBe(true);
    expect(await r.messages.add({ ...m, dedupeKey: undefined })).toBe(true);
    const list = await r.messages.listForAccount(c, { limit: 10 });
    expect(list).toHaveLength(3);
    expect(list[0]).toMatchObject({ kind: 'profile_expiry_reminder', params: { number: 1, days: 60 }, readAt: null, createdAt: '2025-01-01T00:00:00.000Z' });
    expect(await r.messages.unreadCount(c)).toBe(3);
    expect(await r.messages.markRead(c, list[0]!.id, '2025-01-02T00:00:00Z')).toBe(true);
    expect(await r.messages.listForAccount(c, { limit: 10, unreadOnly: true })).toHaveLength(2);
  });

  it('adds many messages and e-mails in one write: parameters as given, repeated dedupe keys skipped', async () => {
    const db = getDb();
    const r = repositories(db);
    const c = await account(db);
    const at = '2025-01-01T00:00:00Z';
    const tricky = { number: 7, reasons: 'a "quoted", {braced} \\ back-slashed, été' };
    const batch = [
      { accountId: c, kind: 'profile_left_pool' as const, params: tricky, dedupeKey: 'many-1', at },
      { accountId: c, kind: 'profile_left_pool' as const, params: { number: 8 }, dedupeKey: 'many-1', at },
      { accountId: c, kind: 'profile_withdrawn' as const, params: { number: 9 }, at },
    ];
    expect(await r.messages.addMany(batch)).toBe(2);
    expect(await r.messages.addMany(batch)).toBe(1);
    expect(await r.messages.addMany([])).toBe(0);
    const list = await r.messages.listForAccount(c, { limit: 10 });
    expect(list.map((m) => m.params).sort((a, b) => Number(a.number) - Number(b.number))).toEqual([tricky, { number: 9 }, { number: 9 }]);
    expect(await r.outbox.enqueueMany(batch)).toBe(2);
    expect(await r.outbox.enqueueMany(batch)).toBe(1);
  });

  it('delivers the outbox: sent once, failures counted and retried up to the limit', async () => {
    const db = getDb();
    const uow = kyselyUnitOfWork(db);
    const c = await account(db, 'en');
    await uow.transaction(async (r) => {
      await r.outbox.enqueue({ accountId: c, kind: 'profile_expired', params: { number: 7, expiredOn: '2025-01-01' }, at: '2025-01-01T00:00:00Z', dedupeKey: 'x' });
      expect(await r.outbox.enqueue({ accountId: c, kind: 'profile_expired', params: {}, at: '2025-01-01T00:00:00Z', dedupeKey: 'x' })).toBe(false);
    });
    const clock = { now: () => '2025-01-05T00:00:00.000Z', today: () => '2025-01-05' };
    let failing = true;
    const seen: PendingEmail[] = [];
    const sender = { send: async (e: PendingEmail) => { seen.push(e); if (failing) throw new Error('smtp down'); } };
    const first = await deliverOutbox({ uow, clock, sender });
    expect(first.failed).toBeGreaterThanOrEqual(1);
    const mine = seen.filter((e) => e.accountId === c);
    expect(mine[0]).toMatchObject({ locale: 'en', kind: 'profile_expired', attempts: 0 });
    expect(mine[0]!.to).toMatch(/@example\.org$/);
    const row = await db.selectFrom('email_outbox').selectAll().where('account_id', '=', c).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ attempts: 1, last_error: 'smtp down', sent_at: null });
    failing = false;
    await deliverOutbox({ uow, clock, sender });
    const sent = await db.selectFrom('email_outbox').selectAll().where('account_id', '=', c).executeTakeFirstOrThrow();
    expect(sent).toMatchObject({ attempts: 2, last_error: null });
    expect(sent.sent_at?.toISOString()).toBe('2025-01-05T00:00:00.000Z');
    const before = seen.length;
    await deliverOutbox({ uow, clock, sender });
    expect(seen.filter((e) => e.accountId === c)).toHaveLength(2);
    expect(seen.length - before).toBe(0);
    expect(MAX_EMAIL_ATTEMPTS).toBeGreaterThan(1);
  });

  it('stores re-scoring reports and their changes', async () => {
    const db = getDb();
    const r = repositories(db);
    const c = await account(db);
    const p = await inPool(r, c, 500, '2025-01-01T00:00:00Z');
    const summary = { deltaHistogram: { '-50': 1 }, up: 0, down: 1, leftPool: 0, maxChange: 50, fromVersions: { '2025-02-27': 1 } };
    const report = await r.rescore.insertReport({ at: '2025-03-25T00:00:00Z', rulesVersionFrom: null, rulesVersionTo: '2025-03-25', profiles: 0, changed: 0, summary });
    await r.rescore.insertChanges([{ reportId: report.id, profileId: p.id, candidateId: c, before: 500, after: 450, leftPool: false }]);
    await r.rescore.finishReport(report.id, { profiles: 1, changed: 1, summary, rulesVersionFrom: '2025-02-27' });
    expect(await r.rescore.report(report.id)).toMatchObject({ at: '2025-03-25T00:00:00.000Z', profiles: 1, changed: 1, rulesVersionFrom: '2025-02-27', rulesVersionTo: '2025-03-25', summary });
    expect(await r.rescore.changes(report.id)).toEqual([{ reportId: report.id, profileId: p.id, candidateId: c, before: 500, after: 450, leftPool: false }]);
    expect((await r.rescore.listReports(10)).map((x) => x.id)).toContain(report.id);
  });
});

it('words e-mails in the account language and logs without personal data', () => {
  const email: PendingEmail = {
    id: 'e1', accountId: 'a1', kind: 'profile_expiry_reminder', params: { number: 100000123, days: 7, expiresOn: '2026-03-24' },
    createdAt: '2026-03-17T00:00:00.000Z', sentAt: null, attempts: 0, lastError: null, to: 'someone@example.org', locale: 'fr', displayName: 'Amélie',
  };
  const fr = wordEmail(email);
  expect(fr.subject).toContain('expire dans 7 jours');
  expect(fr.text).toContain('Bonjour Amélie');
  expect(wordEmail({ ...email, locale: 'en' }).subject).toContain('expires in 7 days');
  const lines: string[] = [];
  void logEmailSender({ info: (fields, message) => lines.push(JSON.stringify(fields) + message) }).send(email);
  expect(lines).toHaveLength(1);
  expect(lines[0]).toContain('profile_expiry_reminder');
  expect(lines[0]).not.toMatch(/someone|Amélie|100000123|2026-03-24/);
});
