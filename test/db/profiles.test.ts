// The profile lifecycle use cases on both databases: every transition, the stamp, one active profile, clones, the
// expiry sweep and reminders, re-scoring across a rule change, the audit chain, and nothing stored on failure.
import { expect, it } from 'vitest';
import { sql, type Kysely } from 'kysely';
import { describeOnDatabases } from './databases.ts';
import { kyselyUnitOfWork } from '../../src/db/unit-of-work.ts';
import type { Database } from '../../src/db/schema.ts';
import type { Actor } from '../../src/app/ports/audit.ts';
import {
  applyRules,
  cloneProfile,
  expireProfiles,
  getPoolStatistics,
  getProfile,
  getProfileAdvice,
  getProfileScore,
  listMyProfiles,
  readCandidateFile,
  saveDraft,
  sendExpiryReminders,
  submitProfile,
  updateProfile,
  withdrawProfile,
  type ProfileDeps,
  type RescoreProgress,
} from '../../src/app/profiles.ts';
import { listMessages, markMessageRead } from '../../src/app/messages.ts';
import { appendAudit, appendAuditMany, chainAuditEvents, chainAuditTrail, eventHash, verifyAuditChain } from '../../src/app/audit.ts';
import { baseProfile, celpip, cecSoftwareEngineerToronto } from '../fixtures/profiles.ts';
import type { Profile } from '../../src/domain/vocabulary.ts';
import type { ProfileRecord } from '../../src/app/ports/profiles.ts';
import { rulesVersion } from '../../src/domain/rules/index.ts';
import { TestClock, newAccount, value } from './fixtures.ts';

/** The rules version in force the day before the job-offer change (the latest earlier rule change). */
const BEFORE = rulesVersion('2025-03-24');


const counts = async (db: Kysely<Database>) => {
  const n = async (table: 'profile' | 'audit_event' | 'message' | 'email_outbox') =>
    Number((await db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  return { profile: await n('profile'), audit: await n('audit_event'), message: await n('message'), outbox: await n('email_outbox') };
};

/** Priya (CEC and FSW eligible), scored on 2025-03-24 with an LMIA-backed job offer (50 points until 2025-03-24). */
const withJobOffer: Profile = {
  ...cecSoftwareEngineerToronto,
  jobOffer: { noc: '21231', lmia: 'approved', fullTime: true, nonSeasonal: true, durationMonths: 24 },
};

describeOnDatabases('profile lifecycle use cases', (getDb) => {
  const setup = async (start = '2025-03-24T10:00:00Z') => {
    const db = getDb();
    const clock = new TestClock(start);
    const deps: ProfileDeps = { uow: kyselyUnitOfWork(db), clock };
    return { db, clock, deps, candidate: await newAccount(db) };
  };

  it('saves an incomplete draft, refuses a mistyped one, and stores nothing then', async () => {
    const { db, deps, candidate } = await setup();
    const draft = value(await saveDraft(deps, candidate, { data: { birthDate: '1990-01-01', intendedProvince: 'ON' } }));
    expect(draft.status).toBe('draft');
    expect(draft.number).toBeGreaterThan(100000000);
    expect(draft.submittedAt).toBeNull();

    const before = await counts(db);
    const bad = await saveDraft(deps, candidate, { profileId: draft.id, data: { birthDate: 'yesterday', dependentChildren: -1, nope: 1 } });
    expect(bad.ok).toBe(false);
    if (!bad.ok && bad.error.code === 'validation_failed') {
      expect(bad.error.errors.map((e) => e.field).sort()).toEqual(['birthDate', 'dependentChildren', 'nope']);
    } else throw new Error('expected validation_failed');
    expect(await counts(db)).toEqual(before);
    expect(value(await getProfile(deps, candidate, draft.id)).data).toEqual({ birthDate: '1990-01-01', intendedProvince: 'ON' });

    const saved = value(await saveDraft(deps, candidate, { profileId: draft.id, data: { birthDate: '1990-01-02' }, expectedVersion: draft.version }));
    expect(saved.version).toBe(draft.version + 1);
    expect(saved.number).toBe(draft.number);
  });

  it('allows one active profile per candidate', async () => {
    const { deps, candidate } = await setup();
    value(await saveDraft(deps, candidate, { data: {} }));
    const second = await saveDraft(deps, candidate, { data: {} });
    expect(second).toEqual({ ok: false, error: { code: 'conflict', reason: 'active_profile_exists' } });
    expect(value(await listMyProfiles(deps, candidate))).toHaveLength(1);
  });

  it("answers not_found for someone else's profile, and forbidden for roles without profiles", async () => {
    const { db, deps, candidate } = await setup();
    const other = await newAccount(db);
    const draft = value(await saveDraft(deps, candidate, { data: withJobOffer }));
    const nf = { ok: false, error: { code: 'not_found' } };
    expect(await getProfile(deps, other, draft.id)).toEqual(nf);
    expect(await saveDraft(deps, other, { profileId: draft.id, data: {} })).toEqual(nf);
    expect(await submitProfile(deps, other, { profileId: draft.id })).toEqual(nf);
    expect(await withdrawProfile(deps, other, { profileId: draft.id })).toEqual(nf);
    expect(await getProfile(deps, candidate, '00000000-0000-4000-8000-000000000000')).toEqual(nf);
    const officer = await newAccount(db, 'officer');
    expect(await saveDraft(deps, officer, { data: {} })).toEqual({ ok: false, error: { code: 'forbidden' } });
    // A representative works on the candidate they act for.
    const rep: Actor = { ...(await newAccount(db, 'representative')), onBehalfOf: candidate.actorId };
    expect(value(await getProfile(deps, rep, draft.id)).id).toBe(draft.id);
  });

  it('refuses to submit an incomplete profile, with field errors, storing nothing', async () => {
    const { db, deps, candidate } = await setup();
    const draft = value(await saveDraft(deps, candidate, { data: { birthDate: '1990-01-01' } }));
    const before = await counts(db);
    const r = await submitProfile(deps, candidate, { profileId: draft.id });
    expect(r.ok).toBe(false);
    if (r.ok || r.error.code !== 'validation_failed') throw new Error('expected validation_failed');
    expect(r.error.errors.map((e) => e.field)).toEqual(expect.arrayContaining(['maritalStatus', 'languageTests', 'intendedProvince']));
    expect(await counts(db)).toEqual(before);
    expect(value(await getProfile(deps, candidate, draft.id))).toMatchObject({ status: 'draft', version: draft.version });
  });

  it('refuses a test score off its scale on submission (a rule check), storing nothing', async () => {
    const { db, deps, candidate } = await setup();
    const data = { ...withJobOffer, languageTests: [{ test: 'celpip_general', testDate: '2024-09-01', scores: { speaking: 13, listening: 9, reading: 9, writing: 9 } }] };
    const draft = value(await saveDraft(deps, candidate, { data }));
    const before = await counts(db);
    const r = await submitProfile(deps, candidate, { profileId: draft.id });
    expect(r.ok || r.error).toMatchObject({ code: 'validation_failed', errors: [{ field: 'languageTests[0].scores.speaking' }] });
    expect(await counts(db)).toEqual(before);
  });

  it('submits into the pool: stamp = now, expiry 12 months later, score with rules version and lines, messages, audit', async () => {
    const { db, clock, deps, candidate } = await setup('2025-03-24T10:00:00Z');
    const draft = value(await saveDraft(deps, candidate, { data: withJobOffer }));
    clock.set('2025-03-24T11:30:00.250Z');
    const p = value(await submitProfile(deps, candidate, { profileId: draft.id, expectedVersion: draft.version }));
    expect(p.status).toBe('submitted');
    expect(p.submittedAt).toBe('2025-03-24T11:30:00.250Z');
    expect(p.expiresAt).toBe('2026-03-24T11:30:00.250Z');
    expect(p.rulesVersion).toBe(BEFORE);
    expect(p.eligiblePrograms).toEqual(['fsw', 'cec']);
    expect(p.score?.lines.find((l) => l.factor === 'arranged_employment')?.points).toBe(50);
    expect(p.scoreTotal).toBe(p.score?.total);
    expect(p.eligibility?.expressEntryEligible).toBe(true);

    const score = value(await getProfileScore(deps, candidate, p.id));
    expect(score).toMatchObject({ source: 'stored', rulesVersion: BEFORE });
    expect(score.score.total).toBe(p.scoreTotal);
    const advice = value(await getProfileAdvice(deps, candidate, p.id));
    expect(advice.current).toBe(p.scoreTotal);

    const inbox = value({ ok: true, value: await listMessages({ uow: deps.uow, clock }, candidate) });
    expect(inbox.messages.map((m) => m.kind)).toEqual(['profile_submitted']);
    expect(inbox.messages[0]!.params).toMatchObject({ number: p.number, score: p.scoreTotal!, expiresOn: '2026-03-24' });
    expect(inbox.unread).toBe(1);
    expect(await markMessageRead({ uow: deps.uow, clock }, candidate, inbox.messages[0]!.id)).toEqual({ ok: true });
    expect((await listMessages({ uow: deps.uow, clock }, candidate)).unread).toBe(0);
    const other = await newAccount(db);
    expect(await markMessageRead({ uow: deps.uow, clock }, other, inbox.messages[0]!.id)).toEqual({ ok: false, error: { code: 'not_found' } });
    const outbox = await db.selectFrom('email_outbox').selectAll().where('account_id', '=', candidate.actorId).execute();
    expect(outbox.map((o) => o.kind)).toEqual(['profile_submitted']);

    const events = await db.selectFrom('audit_event').selectAll().where('entity_id', '=', p.id).orderBy('seq').execute();
    expect(events.map((e) => e.action)).toEqual(['profile.create', 'profile.submit']);
    expect(events[1]).toMatchObject({ actor_id: candidate.actorId, actor_role: 'candidate', on_behalf_of: null });
    expect(events[1]!.before_digest).toMatch(/^[0-9a-f]{64}$/);
    expect(events[1]!.after_digest).not.toBe(events[1]!.before_digest);
  });

  it('makes a profile that meets no program ineligible, with reasons, out of the pool', async () => {
    const { db, deps, candidate } = await setup();
    const draft = value(await saveDraft(deps, candidate, { data: baseProfile() }));
    const p = value(await submitProfile(deps, candidate, { profileId: draft.id }));
    expect(p.status).toBe('ineligible');
    expect(p.submittedAt).toBeNull();
    expect(p.expiresAt).toBeNull();
    expect(p.eligiblePrograms).toEqual([]);
    const [m] = await db.selectFrom('message').selectAll().where('account_id', '=', candidate.actorId).execute();
    expect(m?.kind).toBe('profile_ineligible');
    expect(String((m?.params as Record<string, unknown>).reasons)).toContain('no_valid_language_test');
    expect(await submitProfile(deps, candidate, { profileId: p.id })).toEqual({
      ok: false,
      error: { code: 'transition_not_allowed', from: 'ineligible', action: 'submit' },
    });
  });

  it('updates: re-scored, the stamp and expiry never change; leaves the pool and comes back with the same stamp', async () => {
    const { db, clock, deps, candidate } = await setup('2025-05-01T09:00:00Z');
    const draft = value(await saveDraft(deps, candidate, { data: cecSoftwareEngineerToronto }));
    const p = value(await submitProfile(deps, candidate, { profileId: draft.id }));
    expect(p.status).toBe('submitted');

    clock.set('2025-06-01T09:00:00Z');
    const withSibling = value(await updateProfile(deps, candidate, { profileId: p.id, data: { ...cecSoftwareEngineerToronto, siblingInCanada: true }, expectedVersion: p.version }));
    expect(withSibling.status).toBe('submitted');
    expect(withSibling.scoreTotal).toBe(p.scoreTotal! + 15);
    expect(withSibling.submittedAt).toBe(p.submittedAt);
    expect(withSibling.expiresAt).toBe(p.expiresAt);
    expect(withSibling.number).toBe(p.number);

    // A stale version is a conflict, and changes nothing.
    expect(await updateProfile(deps, candidate, { profileId: p.id, data: cecSoftwareEngineerToronto, expectedVersion: p.version })).toEqual({
      ok: false,
      error: { code: 'conflict', reason: 'stale_version' },
    });

    clock.set('2025-07-01T09:00:00Z');
    const noTests = value(await updateProfile(deps, candidate, { profileId: p.id, data: { ...cecSoftwareEngineerToronto, languageTests: [] } }));
    expect(noTests.status).toBe('ineligible');
    expect(noTests.submittedAt).toBe(p.submittedAt);
    expect(noTests.expiresAt).toBe(p.expiresAt);

    clock.set('2025-08-01T09:00:00Z');
    const back = value(await updateProfile(deps, candidate, { profileId: p.id, data: cecSoftwareEngineerToronto }));
    expect(back.status).toBe('submitted');
    expect(back.submittedAt).toBe(p.submittedAt);
    expect(back.expiresAt).toBe(p.expiresAt);

    const kinds = (await db.selectFrom('message').select('kind').where('account_id', '=', candidate.actorId).orderBy('created_at').execute()).map((m) => m.kind);
    expect(kinds).toEqual(['profile_submitted', 'profile_left_pool', 'profile_submitted']);

    // Updating needs a complete profile; a draft is saved, not updated.
    const bad = await updateProfile(deps, candidate, { profileId: p.id, data: { birthDate: '1990-01-01' } });
    expect(bad.ok || bad.error.code).toBe('validation_failed');
  });

  it('withdraws; a withdrawn profile stays readable, is not updated, and is cloned into a new draft with a new number', async () => {
    const { clock, deps, candidate } = await setup('2025-04-01T09:00:00Z');
    const p = value(await submitProfile(deps, candidate, { profileId: value(await saveDraft(deps, candidate, { data: cecSoftwareEngineerToronto })).id }));
    const w = value(await withdrawProfile(deps, candidate, { profileId: p.id }));
    expect(w.status).toBe('withdrawn');
    expect(await updateProfile(deps, candidate, { profileId: p.id, data: cecSoftwareEngineerToronto })).toEqual({
      ok: false,
      error: { code: 'transition_not_allowed', from: 'withdrawn', action: 'update' },
    });
    expect(await withdrawProfile(deps, candidate, { profileId: p.id })).toEqual({
      ok: false,
      error: { code: 'transition_not_allowed', from: 'withdrawn', action: 'withdraw' },
    });
    expect(value(await getProfile(deps, candidate, p.id)).status).toBe('withdrawn');

    clock.set('2025-05-01T09:00:00Z');
    const clone = value(await cloneProfile(deps, candidate, { profileId: p.id }));
    expect(clone).toMatchObject({ status: 'draft', clonedFrom: p.id, submittedAt: null, data: p.data });
    expect(clone.number).not.toBe(p.number);
    expect(clone.id).not.toBe(p.id);
    // One active profile: a second clone is a conflict.
    expect(await cloneProfile(deps, candidate, { profileId: p.id })).toEqual({ ok: false, error: { code: 'conflict', reason: 'active_profile_exists' } });
    // A draft is not cloned.
    expect(await cloneProfile(deps, candidate, { profileId: clone.id })).toEqual({
      ok: false,
      error: { code: 'transition_not_allowed', from: 'draft', action: 'clone' },
    });
    const resubmitted = value(await submitProfile(deps, candidate, { profileId: clone.id }));
    expect(resubmitted.submittedAt).toBe('2025-05-01T09:00:00.000Z');
    expect(resubmitted.submittedAt).not.toBe(p.submittedAt);
    expect(value(await listMyProfiles(deps, candidate)).map((x) => x.id)).toEqual([clone.id, p.id]);
  });

  it('clones an ineligible profile, withdrawing it (one active profile), atomically', async () => {
    const { deps, candidate } = await setup();
    const p = value(await submitProfile(deps, candidate, { profileId: value(await saveDraft(deps, candidate, { data: baseProfile() })).id }));
    expect(p.status).toBe('ineligible');
    const clone = value(await cloneProfile(deps, candidate, { profileId: p.id }));
    expect(clone.status).toBe('draft');
    expect(value(await getProfile(deps, candidate, p.id)).status).toBe('withdrawn');
  });

  it('expires profiles 12 months after submission (sweep, idempotent), with a message; expired profiles can be cloned', async () => {
    const { db, clock, deps, candidate } = await setup('2025-02-10T08:00:00Z');
    const p = value(await submitProfile(deps, candidate, { profileId: value(await saveDraft(deps, candidate, { data: cecSoftwareEngineerToronto })).id }));
    expect(p.expiresAt).toBe('2026-02-10T08:00:00.000Z');
    expect(await expireProfiles(deps, '2026-02-10T07:59:59.999Z')).toBe(0);
    expect(value(await getProfile(deps, candidate, p.id)).status).toBe('submitted');
    clock.set('2026-02-10T08:00:00Z');
    expect(await expireProfiles(deps)).toBeGreaterThanOrEqual(1);
    expect(value(await getProfile(deps, candidate, p.id)).status).toBe('expired');
    expect(await expireProfiles(deps)).toBe(0);
    const kinds = (await db.selectFrom('email_outbox').select('kind').where('account_id', '=', candidate.actorId).execute()).map((m) => m.kind);
    expect(kinds).toContain('profile_expired');
    const events = await db.selectFrom('audit_event').selectAll().where('entity_id', '=', p.id).where('action', '=', 'profile.expire').execute();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actor_id: null, actor_role: 'system' });
    expect(value(await cloneProfile(deps, candidate, { profileId: p.id })).status).toBe('draft');
  });

  it('sends each expiry reminder once: 60, 30 and 7 days before', async () => {
    const { db, deps, candidate } = await setup('2025-02-10T08:00:00Z');
    const p = value(await submitProfile(deps, candidate, { profileId: value(await saveDraft(deps, candidate, { data: cecSoftwareEngineerToronto })).id }));
    const reminders = async () =>
      (await db.selectFrom('message').select('params').where('account_id', '=', candidate.actorId).where('kind', '=', 'profile_expiry_reminder').orderBy('created_at').execute()).map(
        (m) => (m.params as Record<string, number>).days,
      );
    await sendExpiryReminders(deps, '2025-12-11T09:00:00Z'); // 61 days before
    expect(await reminders()).toEqual([]);
    await sendExpiryReminders(deps, '2025-12-12T09:00:00Z'); // 60 days before
    await sendExpiryReminders(deps, '2025-12-12T21:00:00Z');
    await sendExpiryReminders(deps, '2025-12-20T09:00:00Z');
    expect(await reminders()).toEqual([60]);
    await sendExpiryReminders(deps, '2026-01-11T09:00:00Z'); // 30 days before
    await sendExpiryReminders(deps, '2026-02-03T09:00:00Z'); // 7 days before
    await sendExpiryReminders(deps, '2026-02-04T09:00:00Z');
    expect(await reminders()).toEqual([60, 30, 7]);
    const emailed = await db.selectFrom('email_outbox').select('kind').where('account_id', '=', candidate.actorId).where('kind', '=', 'profile_expiry_reminder').execute();
    expect(emailed).toHaveLength(3);
    expect(p.status).toBe('submitted');
  });

  it('tells a candidate in the pool once when a language test or an ECA is about to stop counting', async () => {
    const { db, deps, candidate } = await setup('2025-06-01T08:00:00Z');
    // CELPIP of 2023-09-01 counts until 2025-08-31; the ECA of 2020-09-15 until 2025-09-14.
    const data: Profile = {
      ...cecSoftwareEngineerToronto,
      languageTests: [celpip('2023-09-01', 9, 9, 9, 9)],
      education: [{ level: 'bachelors_or_three_year', completedOn: '2017-05-31', canadian: false, ecaDate: '2020-09-15' }],
    };
    value(await submitProfile(deps, candidate, { profileId: value(await saveDraft(deps, candidate, { data })).id }));
    const notices = async () =>
      (await db.selectFrom('message').select('kind').where('account_id', '=', candidate.actorId).where('kind', 'in', ['language_test_expiring', 'eca_expiring']).execute()).map((m) => m.kind).sort();
    await sendExpiryReminders(deps, '2025-07-01T08:00:00Z'); // 61 days before the test's last day
    expect(await notices()).toEqual([]);
    await sendExpiryReminders(deps, '2025-07-02T08:00:00Z');
    expect(await notices()).toEqual(['language_test_expiring']);
    await sendExpiryReminders(deps, '2025-07-20T08:00:00Z'); // and 56 days before the ECA's
    await sendExpiryReminders(deps, '2025-07-21T08:00:00Z');
    expect(await notices()).toEqual(['eca_expiring', 'language_test_expiring']);
  });

  it('lets an officer read a file (audited as a read) and see pool statistics; a candidate may not', async () => {
    const { db, deps, candidate } = await setup();
    const p = value(await submitProfile(deps, candidate, { profileId: value(await saveDraft(deps, candidate, { data: withJobOffer })).id }));
    const officer = await newAccount(db, 'officer');
    expect(value(await readCandidateFile(deps, officer, p.id)).id).toBe(p.id);
    const reads = await db.selectFrom('audit_event').selectAll().where('entity_id', '=', p.id).where('action', '=', 'profile.read').execute();
    expect(reads).toHaveLength(1);
    expect(reads[0]).toMatchObject({ actor_id: officer.actorId, actor_role: 'officer', before_digest: null, after_digest: null });
    expect(await readCandidateFile(deps, candidate, p.id)).toEqual({ ok: false, error: { code: 'forbidden' } });
    expect(await readCandidateFile(deps, officer, '00000000-0000-4000-8000-000000000000')).toEqual({ ok: false, error: { code: 'not_found' } });

    const stats = value(await getPoolStatistics(deps, officer));
    expect(stats.inPool).toBe(stats.byStatus.submitted);
    expect(stats.inPool).toBeGreaterThanOrEqual(1);
    expect(stats.byProgram.cec).toBeGreaterThanOrEqual(1);
    expect(stats.byProvince.ON).toBeGreaterThanOrEqual(1);
    expect(stats.byCrsBand.find((b) => b.band === 'total')?.count).toBe(stats.inPool);
    expect(await getPoolStatistics(deps, candidate)).toEqual({ ok: false, error: { code: 'forbidden' } });
  });

  it('keeps a valid audit chain through all of the above', async () => {
    const db = getDb();
    expect(await chainAuditTrail(kyselyUnitOfWork(db))).toBeGreaterThan(20);
    const v = await kyselyUnitOfWork(db).read((r) => verifyAuditChain(r, 7));
    expect(v.ok).toBe(true);
    expect(v.unchained).toBe(0);
    const n = Number((await db.selectFrom('audit_event').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
    expect(v.checked).toBe(n);
    expect(n).toBeGreaterThan(20);
  });
});

describeOnDatabases('re-scoring the pool when the rules change', (getDb) => {
  it('re-scores on both sides of 2025-03-25 (arranged employment points removed), stores the changes, once', async () => {
    const db = getDb();
    const clock = new TestClock('2025-03-24T12:00:00Z');
    const deps: ProfileDeps = { uow: kyselyUnitOfWork(db), clock };
    const pool: ProfileRecord[] = [];
    for (let i = 0; i < 7; i++) {
      const c = await newAccount(db);
      const data = i < 5 ? withJobOffer : cecSoftwareEngineerToronto;
      pool.push(value(await submitProfile(deps, c, { profileId: value(await saveDraft(deps, c, { data })).id })));
    }
    // A profile whose language test stops counting on 2025-03-31: it leaves the pool when re-scored in April.
    const leaving = await newAccount(db);
    const lapsing = { ...cecSoftwareEngineerToronto, languageTests: [celpip('2023-04-01', 9, 9, 9, 9)] };
    const lp = value(await submitProfile(deps, leaving, { profileId: value(await saveDraft(deps, leaving, { data: lapsing })).id }));
    expect(lp.status).toBe('submitted');

    // Same rules (the day before the change): nothing changes.
    const progress: RescoreProgress[] = [];
    const same = await applyRules(deps, '2025-03-24T23:59:59Z', (p) => progress.push(p), { batchSize: 3 });
    expect(same).toMatchObject({ profiles: 8, changed: 0, rulesVersionTo: BEFORE, rulesVersionFrom: BEFORE });
    expect(progress.at(-1)).toEqual({ done: 8, total: 8, changed: 0 });
    expect(progress.length).toBeGreaterThanOrEqual(4);

    // The day of the change: the five with a job offer lose 50 points; the other three keep their score.
    clock.set('2025-03-25T06:00:00Z');
    const changed = await applyRules(deps, '2025-03-25T00:00:00Z', undefined, { batchSize: 3 });
    expect(changed).toMatchObject({ profiles: 8, changed: 5, rulesVersionTo: '2025-03-25' });
    expect(changed.summary).toMatchObject({ up: 0, down: 5, leftPool: 0, maxChange: 50, deltaHistogram: { '-50': 5 } });
    const rows = await kyselyUnitOfWork(db).read((r) => r.rescore.changes(changed.id));
    expect(rows).toHaveLength(5);
    for (const row of rows) expect(row.after).toBe(row.before! - 50);
    const stored = await kyselyUnitOfWork(db).read((r) => r.rescore.report(changed.id));
    expect(stored).toMatchObject({ profiles: 8, changed: 5, rulesVersionFrom: BEFORE });
    const p0 = (await kyselyUnitOfWork(db).read((r) => r.profiles.byId(pool[0]!.id)))!;
    expect(p0).toMatchObject({ scoreTotal: pool[0]!.scoreTotal! - 50, rulesVersion: '2025-03-25', submittedAt: pool[0]!.submittedAt, status: 'submitted' });
    expect(p0.score?.lines.find((l) => l.factor === 'arranged_employment')?.points).toBe(0);
    const changedMsgs = await db.selectFrom('message').selectAll().where('account_id', '=', pool[0]!.candidateId).where('kind', '=', 'score_changed').execute();
    expect(changedMsgs[0]?.params).toMatchObject({ before: pool[0]!.scoreTotal!, after: pool[0]!.scoreTotal! - 50 });

    // Applying the same rules again changes nothing more.
    expect(await applyRules(deps, '2025-03-25T00:00:00Z')).toMatchObject({ changed: 0, profiles: 8 });

    // In April the lapsed test no longer counts: that profile leaves the pool (its stamp kept).
    clock.set('2025-04-02T06:00:00Z');
    const april = await applyRules(deps, '2025-04-01T00:00:00Z');
    expect(april.summary.leftPool).toBe(1);
    const left = (await kyselyUnitOfWork(db).read((r) => r.rescore.changes(april.id))).find((c) => c.leftPool);
    expect(left?.profileId).toBe(lp.id);
    const after = (await kyselyUnitOfWork(db).read((r) => r.profiles.byId(lp.id)))!;
    expect(after).toMatchObject({ status: 'ineligible', submittedAt: lp.submittedAt, expiresAt: lp.expiresAt });
    expect(april.profiles).toBe(8);
    expect((await applyRules(deps, '2025-04-01T00:00:00Z')).profiles).toBe(7);

    await chainAuditTrail(kyselyUnitOfWork(db));
    const v = await kyselyUnitOfWork(db).read((r) => verifyAuditChain(r));
    expect(v).toMatchObject({ ok: true, unchained: 0 });
  });
});

describeOnDatabases('the audit trail', (getDb, dialect) => {
  const entry = (actor: Actor, id: string, action = 'test.event') => ({ at: '2025-05-03T00:00:00Z', actor, action, entityType: 'test', entityId: id, after: { id } });

  it('refuses UPDATE, DELETE and TRUNCATE; a chained insert; a content change before chaining; a second chaining', async () => {
    const db = getDb();
    const uow = kyselyUnitOfWork(db);
    const clock = new TestClock('2025-05-01T00:00:00Z');
    const deps: ProfileDeps = { uow, clock };
    const c = await newAccount(db);
    value(await saveDraft(deps, c, { data: {} }));
    await expect(db.updateTable('audit_event').set({ action: 'x' }).execute()).rejects.toThrow(/append-only/);
    await expect(db.deleteFrom('audit_event').execute()).rejects.toThrow(/append-only/);
    await expect(sql`truncate audit_event`.execute(db)).rejects.toThrow(/append-only/);
    // Only the chainer gives hashes: an event inserted with them is refused.
    await expect(
      sql`insert into audit_event (at, action, entity_type, entity_id, chain_pos, prev_hash, hash)
          values (now(), 'x', 'test', 'forged', 99, ${'0'.repeat(64)}, ${'1'.repeat(64)})`.execute(db),
    ).rejects.toThrow(/appended unchained/);
    // Unchained, its content is as immutable as once chained; setting its chain columns with another change is refused.
    const [pending] = await uow.read((r) => r.audit.list({ limit: 1 }));
    expect(pending).toMatchObject({ chainPos: null, prevHash: null, hash: null });
    await expect(db.updateTable('audit_event').set({ entity_id: 'other' }).where('seq', '=', pending!.seq).execute()).rejects.toThrow(/append-only/);
    await expect(
      sql`update audit_event set chain_pos = 1, prev_hash = ${'0'.repeat(64)}, hash = ${'2'.repeat(64)}, action = 'x' where seq = ${pending!.seq}`.execute(db),
    ).rejects.toThrow(/append-only/);
    expect(await chainAuditTrail(uow)).toBe(1);
    // Chained once: chaining it again (another hash, another position) is refused.
    await expect(sql`update audit_event set chain_pos = 7, prev_hash = ${'0'.repeat(64)}, hash = ${'3'.repeat(64)} where seq = ${pending!.seq}`.execute(db)).rejects.toThrow(
      /append-only/,
    );
    await expect(db.deleteFrom('audit_chain_head').execute()).rejects.toThrow(/only moves forward/);
  });

  it('chains appends made concurrently, once the chainer has run', async () => {
    const db = getDb();
    const clock = new TestClock('2025-05-01T00:00:00Z');
    const uow = kyselyUnitOfWork(db);
    const deps: ProfileDeps = { uow, clock };
    const actors = await Promise.all(Array.from({ length: 6 }, () => newAccount(db)));
    const results = await Promise.all(actors.map((a) => saveDraft(deps, a, { data: cecSoftwareEngineerToronto })));
    expect(results.every((r) => r.ok)).toBe(true);
    // Appended, not chained yet: verification checks the chained part and counts the rest.
    expect(await uow.read((r) => verifyAuditChain(r))).toEqual({ ok: true, checked: 1, unchained: 6 });
    expect(await chainAuditTrail(uow)).toBe(6);
    expect(await chainAuditTrail(uow)).toBe(0);
    expect(await uow.read((r) => verifyAuditChain(r))).toEqual({ ok: true, checked: 7, unchained: 0 });
  });

  it('appends a batch in one write; the chainer links it consecutively, in order, never split across its runs', async () => {
    const db = getDb();
    const uow = kyselyUnitOfWork(db);
    const actor = await newAccount(db);
    const entries = Array.from({ length: 2500 }, (_, i) => entry(actor, `e${i}`, 'test.batch'));
    await uow.transaction((r) => appendAuditMany(r, entries));
    const appended = (await uow.read((r) => r.audit.list({ limit: 100_000 }))).filter((e) => e.action === 'test.batch');
    expect(appended.map((e) => e.entityId)).toEqual(entries.map((e) => e.entityId));
    expect(appended.every((e) => e.hash === null && e.chainPos === null)).toBe(true);
    // Another transaction's events, appended after: they come after the whole batch.
    await uow.transaction((r) => appendAuditMany(r, [entry(actor, 'after-1'), entry(actor, 'after-2')]));
    // A limit smaller than the batch still links the batch whole (a transaction's events are never split).
    expect(await uow.transaction((r) => chainAuditEvents(r, 1000))).toBe(2500);
    expect(await uow.transaction((r) => chainAuditEvents(r, 1000))).toBe(2);
    const chained = await uow.read((r) => r.audit.forEntity(`e0`));
    const first = chained[0]!.chainPos!;
    const batch = await uow.read((r) => r.audit.chain({ afterPos: first - 1, uptoPos: first + 2501, limit: 3000 }));
    expect(batch.map((e) => e.entityId)).toEqual([...entries.map((e) => e.entityId), 'after-1', 'after-2']);
    let prev = batch[0]!.prevHash!;
    for (const [i, e] of batch.entries()) {
      expect(e.chainPos).toBe(first + i);
      expect(e.prevHash).toBe(prev);
      expect(eventHash(e, prev)).toBe(e.hash);
      prev = e.hash!;
    }
    expect(await uow.read((r) => r.audit.head())).toEqual({ length: first + 2501, hash: prev });
    await uow.transaction((r) => appendAuditMany(r, []));
    const v = await uow.read((r) => verifyAuditChain(r));
    expect(v).toEqual({ ok: true, checked: first + 2501, unchained: 0 });
  });

  it.runIf(dialect === 'postgres')('never blocks an append, never skips a transaction in flight, keeps its events together', async () => {
    const db = getDb();
    const uow = kyselyUnitOfWork(db);
    const actor = await newAccount(db);
    await chainAuditTrail(uow);
    const signal = () => {
      let fire!: () => void;
      const fired = new Promise<void>((resolve) => (fire = resolve));
      return { fire, fired };
    };
    // A chainer holding the chain's lock does not stop a transaction from appending and committing.
    const locked = signal();
    const unlock = signal();
    const chainer = uow.transaction(async (r) => {
      await r.audit.lockChain();
      locked.fire();
      await unlock.fired;
    });
    await locked.fired;
    await uow.transaction((r) => appendAudit(r, entry(actor, 'c0', 'test.inflight')));
    unlock.fire();
    await chainer;
    expect(await chainAuditTrail(uow)).toBe(1);

    // Transaction A appends a1 and stays open; B appends b1, b2 (later seqs) and commits; the chainer links B only.
    const appended = signal();
    const finish = signal();
    const slow = uow.transaction(async (r) => {
      await appendAudit(r, entry(actor, 'a1', 'test.inflight'));
      // (On PostgreSQL the append is not waited for inside a transaction; a read behind it is answered after it.)
      await r.audit.head();
      appended.fire();
      await finish.fired;
      await appendAudit(r, entry(actor, 'a2', 'test.inflight'));
    });
    await appended.fired;
    await uow.transaction((r) => appendAuditMany(r, [entry(actor, 'b1', 'test.inflight'), entry(actor, 'b2', 'test.inflight')]));
    expect(await chainAuditTrail(uow)).toBe(2);
    finish.fire();
    await slow;
    // A commits: its events, a smaller seq among them, come next, together.
    expect(await chainAuditTrail(uow)).toBe(2);
    const events = (await uow.read((r) => r.audit.list({ limit: 100_000 })))
      .filter((e) => e.action === 'test.inflight')
      .sort((x, y) => x.chainPos! - y.chainPos!);
    expect(events.map((e) => e.entityId)).toEqual(['c0', 'b1', 'b2', 'a1', 'a2']);
    expect(events.slice(1).map((e) => e.chainPos! - events[1]!.chainPos!)).toEqual([0, 1, 2, 3]);
    expect(events[3]!.seq).toBeLessThan(events[1]!.seq);
    expect(await uow.read((r) => verifyAuditChain(r))).toMatchObject({ ok: true, unchained: 0 });
  });

  it(`detects tampering (trigger disabled in this test only) [${dialect}]`, async () => {
    const db = getDb();
    const uow = kyselyUnitOfWork(db);
    await chainAuditTrail(uow);
    const events = await uow.read((r) => r.audit.chain({ afterPos: 0, uptoPos: 100, limit: 100 }));
    const victim = events[3]!;
    await sql`alter table audit_event disable trigger audit_event_no_update_delete`.execute(db);
    try {
      await db.updateTable('audit_event').set({ actor_role: 'admin' }).where('seq', '=', victim.seq).execute();
    } finally {
      await sql`alter table audit_event enable trigger audit_event_no_update_delete`.execute(db);
    }
    expect(await uow.read((r) => verifyAuditChain(r))).toEqual({ ok: false, checked: 3, unchained: 0, broken: 'hash_mismatch', firstBrokenSeq: victim.seq });

    // A deleted event breaks the chain at the next one.
    await sql`alter table audit_event disable trigger audit_event_no_update_delete`.execute(db);
    try {
      await db.updateTable('audit_event').set({ actor_role: victim.actorRole }).where('seq', '=', victim.seq).execute();
      expect((await uow.read((r) => verifyAuditChain(r))).ok).toBe(true);
      await db.deleteFrom('audit_event').where('seq', '=', events[1]!.seq).execute();
    } finally {
      await sql`alter table audit_event enable trigger audit_event_no_update_delete`.execute(db);
    }
    expect(await uow.read((r) => verifyAuditChain(r))).toEqual({ ok: false, checked: 1, unchained: 0, broken: 'position_gap', firstBrokenSeq: events[2]!.seq });
  });
});

describeOnDatabases('the audit trail’s anchor', (getDb, dialect) => {
  it(`detects the deletion of the chain’s last events, which every link left would hide [${dialect}]`, async () => {
    const db = getDb();
    const uow = kyselyUnitOfWork(db);
    const actor = await newAccount(db);
    expect(await uow.read((r) => r.audit.head())).toEqual({ length: 0, hash: '0'.repeat(64) });
    for (let i = 0; i < 3; i++) {
      await uow.transaction((r) => appendAuditMany(r, [0, 1].map((j) => ({ at: '2025-05-04T00:00:00Z', actor, action: 'test.tail', entityType: 'test', entityId: `t${i}.${j}` }))));
    }
    expect(await chainAuditTrail(uow)).toBe(6);
    const head = (await uow.read((r) => r.audit.head()))!;
    expect(await uow.read((r) => verifyAuditChain(r))).toEqual({ ok: true, checked: head.length, unchained: 0 });
    const [last] = await uow.read((r) => r.audit.chain({ afterPos: head.length - 1, uptoPos: head.length, limit: 1 }));
    expect(head.hash).toBe(last!.hash);

    // The anchor cannot be moved back, nor onto a hash that is not the chain's, nor removed.
    const [third] = await uow.read((r) => r.audit.chain({ afterPos: head.length - 3, uptoPos: head.length, limit: 1 }));
    await expect(db.updateTable('audit_chain_head').set({ length: third!.chainPos!, hash: third!.hash! }).execute()).rejects.toThrow(/only moves forward/);
    await expect(db.updateTable('audit_chain_head').set({ length: head.length + 1, hash: 'f'.repeat(64) }).execute()).rejects.toThrow(/only moves forward/);
    await expect(db.deleteFrom('audit_chain_head').execute()).rejects.toThrow(/only moves forward/);
    await expect(sql`truncate audit_chain_head`.execute(db)).rejects.toThrow(/only moves forward/);

    // Delete the last two events (trigger disabled in this test only): every remaining link still matches.
    await sql`alter table audit_event disable trigger audit_event_no_update_delete`.execute(db);
    try {
      await db.deleteFrom('audit_event').where('chain_pos', '>', head.length - 2).execute();
    } finally {
      await sql`alter table audit_event enable trigger audit_event_no_update_delete`.execute(db);
    }
    expect(await uow.read((r) => verifyAuditChain(r))).toEqual({
      ok: false,
      checked: head.length - 2,
      unchained: 0,
      broken: 'truncated',
      expectedLength: head.length,
    });

    // Without its anchor (removed with its trigger disabled), the chain is reported broken, and not extended.
    await sql`alter table audit_chain_head disable trigger audit_chain_head_forward`.execute(db);
    try {
      await db.deleteFrom('audit_chain_head').execute();
    } finally {
      await sql`alter table audit_chain_head enable trigger audit_chain_head_forward`.execute(db);
    }
    expect(await uow.read((r) => verifyAuditChain(r))).toEqual({ ok: false, checked: 0, unchained: 0, broken: 'anchor_missing' });
    await uow.transaction((r) => appendAudit(r, { at: '2025-05-04T00:00:00Z', actor, action: 'test.tail', entityType: 'test', entityId: 'late' }));
    await expect(chainAuditTrail(uow)).rejects.toThrow(/anchor row is missing/);
  });
});
