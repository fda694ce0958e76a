// End to end over HTTP, on PGlite (and PostgreSQL when TEST_DATABASE_URL is set): register → draft → submit → score →
// update → withdraw → clone, with the inbox, an officer's audited read, pool statistics and a representative.
// Candidates are real accounts (registered through the API, cookie + CSRF token); the officer and the representative
// have faked sessions over real account rows.
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { accountUseCases } from '../../src/app/accounts.ts';
import { scoreInput } from '../../src/app/evaluate.ts';
import { cryptoIds } from '../../src/app/passwords.ts';
import type { UnitOfWork } from '../../src/app/ports/unit-of-work.ts';
import { kyselyUnitOfWork } from '../../src/db/unit-of-work.ts';
import { createHttpApp, type HttpApp } from '../../src/http/app.ts';
import type { Principal } from '../../src/http/deps.ts';
import { freshEmail, GOOD_PASSWORD, testHasher } from '../accounts-fixture.ts';
import { describeOnDatabases } from '../db/databases.ts';
import { cecSoftwareEngineerToronto, celpip } from '../fixtures/profiles.ts';
import { baseDeps, call, principalFor, TODAY, type Call } from './harness.ts';

const NOW = `${TODAY}T12:00:00.000Z`;

interface Session {
  token: string;
  csrf: string;
  accountId: string;
  call(path: string, c?: Call): ReturnType<typeof call>;
}

describeOnDatabases('HTTP profile lifecycle', (getDb) => {
  let app: HttpApp;
  let uow: UnitOfWork;
  const fake = new Map<string, Principal>();

  beforeAll(() => {
    uow = kyselyUnitOfWork(getDb());
    const clock = { today: () => TODAY, now: () => NOW };
    const accounts = accountUseCases({ uow, clock, ids: cryptoIds, hasher: testHasher });
    app = createHttpApp(
      baseDeps({
        uow,
        clock,
        accounts,
        sessions: { authenticate: async (token) => fake.get(token) ?? accounts.authenticate(token) },
        authorizations: { canActFor: (...args) => accounts.canActFor(...args) },
      }),
    );
  });

  async function register(lang: 'fr' | 'en' = 'fr'): Promise<Session> {
    const r = await call(app, '/api/auth/register', { body: { email: freshEmail('candidate'), password: GOOD_PASSWORD, displayName: 'Priya', locale: lang } });
    expect(r.status).toBe(201);
    const token = /ee_session=([^;]+)/.exec(r.headers.get('set-cookie') ?? '')?.[1];
    if (!token) throw new Error('no session cookie');
    const csrf = r.body.session.csrfToken as string;
    return { token, csrf, accountId: r.body.account.id, call: (path, c = {}) => call(app, path, { session: token, csrf, lang, ...c }) };
  }

  /** An account row with a faked, verified session (officer, representative). */
  async function staff(role: 'officer' | 'representative'): Promise<Session & { email: string }> {
    const id = randomUUID();
    const email = freshEmail(role);
    await uow.transaction((r) =>
      r.accounts.insert({
        id,
        email,
        passwordHash: 'not-used',
        role,
        province: null,
        displayName: role,
        locale: 'en',
        totpSecret: null,
        totpEnabled: false,
        createdAt: NOW,
        passwordChangedAt: NOW,
      }),
    );
    const token = `fake-${role}-${id}`;
    fake.set(token, principalFor(role, { accountId: id }));
    return { token, csrf: `csrf-${role}`, accountId: id, email, call: (path, c = {}) => call(app, path, { session: token, csrf: `csrf-${role}`, lang: 'en', ...c }) };
  }

  it('runs a profile from draft to clone, answering as the use cases do', async () => {
    const me = await register();
    expect((await me.call('/api/profiles')).body).toEqual({ profiles: [] });

    // A draft may be incomplete.
    const partial = { birthDate: cecSoftwareEngineerToronto.birthDate, maritalStatus: 'single', intendedProvince: 'ON' };
    const created = await me.call('/api/profiles', { body: partial });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ status: 'draft', statusText: 'brouillon', submittedAt: null, scoreTotal: null, data: partial });
    const id = created.body.id as string;
    expect(created.headers.get('location')).toBe(`/api/profiles/${id}`);
    expect(created.headers.get('etag')).toBe(`"${created.body.version}"`);

    // One active profile per candidate.
    const second = await me.call('/api/profiles', { body: partial });
    expect(second.status).toBe(409);
    expect(second.body.detail).toMatch(/déjà un profil actif/);

    // Submitting an incomplete draft is refused field by field; nothing is stored.
    const incomplete = await me.call(`/api/profiles/${id}/submit`, { method: 'POST' });
    expect(incomplete.status).toBe(422);
    expect(incomplete.body.errors.find((e: { field: string }) => e.field === 'languageTests')).toMatchObject({ message: 'Ce champ est obligatoire (une liste).' });
    const still = await me.call(`/api/profiles/${id}`);
    expect(still.body).toMatchObject({ status: 'draft', version: created.body.version });

    // A wrong type in a draft is refused too, and nothing is stored.
    const badDraft = await me.call(`/api/profiles/${id}`, { method: 'PUT', body: { ...partial, dependentChildren: 'two' } });
    expect(badDraft.status).toBe(422);
    expect((await me.call(`/api/profiles/${id}`)).body.version).toBe(created.body.version);

    // The whole profile, saved over the draft; a stale If-Match is a conflict.
    const saved = await me.call(`/api/profiles/${id}`, { method: 'PUT', body: cecSoftwareEngineerToronto, headers: { 'if-match': `"${created.body.version}"` } });
    expect(saved.status).toBe(200);
    expect(saved.body.status).toBe('draft');
    const stale = await me.call(`/api/profiles/${id}`, { method: 'PUT', body: cecSoftwareEngineerToronto, headers: { 'if-match': `"${created.body.version}"` } });
    expect(stale.status).toBe(409);
    expect(stale.body.detail).toMatch(/a changé depuis votre lecture/);
    expect((await me.call(`/api/profiles/${id}`, { method: 'PUT', body: cecSoftwareEngineerToronto, headers: { 'if-match': 'garbage' } })).status).toBe(422);

    // A complete draft is scored as a preview, nothing stored.
    const preview = await me.call(`/api/profiles/${id}/score`);
    expect(preview.body).toMatchObject({ source: 'preview', status: 'draft' });

    // Submit: into the pool, scored with the rules in force today.
    const expected = scoreInput(cecSoftwareEngineerToronto, TODAY);
    if (!expected.ok) throw new Error('fixture');
    const submitted = await me.call(`/api/profiles/${id}/submit`, { method: 'POST', headers: { 'if-match': `"${saved.body.version}"` } });
    expect(submitted.status).toBe(200);
    expect(submitted.body).toMatchObject({ status: 'submitted', submittedAt: NOW, scoreTotal: expected.value.score.total, eligiblePrograms: expect.arrayContaining(['cec']) });
    expect(submitted.body.expiresAt.startsWith('2026-06-01')).toBe(true);

    const score = await me.call(`/api/profiles/${id}/score?lang=en`);
    expect(score.status).toBe(200);
    expect(score.headers.get('content-language')).toBe('en');
    expect(score.body).toMatchObject({ source: 'stored', total: expected.value.score.total, asOf: TODAY, rulesVersion: expected.value.rulesVersion });
    expect(score.body.lines.find((l: { factor: string }) => l.factor === 'age').label).toBe('Age');
    expect(score.body.eligibility.programs.cec.eligible).toBe(true);
    const advice = await me.call(`/api/profiles/${id}/advice`);
    expect(advice.status).toBe(200);
    expect(advice.body.current).toBe(expected.value.score.total);

    // Update in the pool: re-scored, the stamp never changes.
    const better = { ...cecSoftwareEngineerToronto, languageTests: [celpip('2024-09-01', 10, 10, 10, 10)] };
    const updated = await me.call(`/api/profiles/${id}`, { method: 'PUT', body: better });
    expect(updated.status).toBe(200);
    expect(updated.body.status).toBe('submitted');
    expect(updated.body.submittedAt).toBe(NOW);
    expect(updated.body.scoreTotal).toBeGreaterThan(expected.value.score.total);
    // An update of a profile in the pool must be complete.
    const partialUpdate = await me.call(`/api/profiles/${id}`, { method: 'PUT', body: partial });
    expect(partialUpdate.status).toBe(422);

    // Withdraw, then clone into a new draft (new number, no stamp yet).
    const withdrawn = await me.call(`/api/profiles/${id}/withdraw`, { method: 'POST' });
    expect(withdrawn.body.status).toBe('withdrawn');
    const again = await me.call(`/api/profiles/${id}/withdraw`, { method: 'POST', lang: 'en' });
    expect(again.status).toBe(409);
    expect(again.body.detail).toBe('A profile with status “withdrawn” cannot be withdrawn.');
    const clone = await me.call(`/api/profiles/${id}/clone`, { method: 'POST' });
    expect(clone.status).toBe(201);
    expect(clone.body).toMatchObject({ status: 'draft', clonedFrom: id, submittedAt: null });
    expect(clone.body.number).not.toBe(submitted.body.number);
    const list = await me.call('/api/profiles');
    expect(list.body.profiles.map((p: { id: string }) => p.id)).toEqual([clone.body.id, id]);

    // The inbox: the submission was announced; marking it read.
    const inbox = await me.call('/api/messages');
    const message = inbox.body.messages.find((m: { kind: string }) => m.kind === 'profile_submitted');
    expect(message.subject).not.toMatch(/^message\./);
    expect(inbox.body.unread).toBeGreaterThan(0);
    expect((await me.call(`/api/messages/${message.id}/read`, { method: 'POST' })).status).toBe(204);
    expect((await me.call('/api/messages?unread=true')).body.messages.find((m: { id: string }) => m.id === message.id)).toBeUndefined();
  });

  it('lets an officer read a file (audited) and the pool statistics, but not change anything', async () => {
    const candidate = await register('en');
    const created = await candidate.call('/api/profiles', { body: cecSoftwareEngineerToronto });
    await candidate.call(`/api/profiles/${created.body.id}/submit`, { method: 'POST' });
    const officer = await staff('officer');
    const file = await officer.call(`/api/officer/profiles/${created.body.id}`);
    expect(file.status).toBe(200);
    expect(file.body.profile).toMatchObject({ id: created.body.id, status: 'submitted' });
    expect(file.body.score.total).toBe(file.body.profile.scoreTotal);
    const trail = await uow.read((r) => r.audit.forEntity(created.body.id));
    expect(trail.filter((e) => e.action === 'profile.read' && e.actorId === officer.accountId)).toHaveLength(1);
    const stats = await officer.call('/api/officer/pool/stats');
    expect(stats.status).toBe(200);
    expect(stats.body.inPool).toBeGreaterThanOrEqual(1);
    expect((await officer.call(`/api/profiles/${created.body.id}`)).status).toBe(403);
  });

  it('lets a representative act for a candidate within the scope given, and not beyond', async () => {
    const candidate = await register();
    const rep = await staff('representative');
    const granted = await candidate.call('/api/representatives', { body: { email: rep.email, scope: ['write'], validUntil: '2025-12-31' } });
    expect(granted.status).toBe(201);
    const forCandidate = { 'x-on-behalf-of': candidate.accountId };
    const created = await rep.call('/api/profiles', { body: cecSoftwareEngineerToronto, headers: forCandidate });
    expect(created.status).toBe(201);
    expect(created.body.candidateId).toBe(candidate.accountId);
    expect((await rep.call(`/api/profiles/${created.body.id}`, { headers: forCandidate })).status).toBe(200);
    // Submitting needs the submit scope.
    expect((await rep.call(`/api/profiles/${created.body.id}/submit`, { method: 'POST', headers: forCandidate })).status).toBe(403);
    // The audit trail says who acted for whom.
    const trail = await uow.read((r) => r.audit.forEntity(created.body.id));
    expect(trail[0]).toMatchObject({ actorId: rep.accountId, actorRole: 'representative', onBehalfOf: candidate.accountId });
    // The candidate sees the draft the representative made.
    expect((await candidate.call('/api/profiles')).body.profiles[0].id).toBe(created.body.id);
  });
});

describe('profile routes without a database', () => {
  it('are all declared for candidates (and representatives) or file readers', async () => {
    const { routeRegistry } = await import('../../src/http/access.ts');
    const app = createHttpApp(baseDeps());
    for (const r of routeRegistry(app).filter((x) => x.path.startsWith('/api/profiles'))) {
      expect(r.access, r.path).toEqual(['candidate', 'representative']);
      expect(r.onBehalfOf, r.path).not.toBeNull();
    }
    // The rounds' workflow routes have their own roles (test/http/rounds.test.ts, matrix.test.ts).
    for (const r of routeRegistry(app).filter((x) => x.path.startsWith('/api/officer') && !x.path.startsWith('/api/officer/rounds'))) {
      expect(r.access, r.path).toEqual(['officer', 'round_approver', 'auditor', 'admin']);
    }
  });
});
