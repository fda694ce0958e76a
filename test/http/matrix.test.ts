// THE MATRIX: for every protected route of the registry — no session → 401; every role not allowed → 403; and, for
// routes naming a record ({id}), someone else's record → 404 for every allowed role. Runs the real use cases on a
// database (PGlite, and PostgreSQL when TEST_DATABASE_URL is set); sessions are faked (one per role, second factor
// verified), so the role is the only thing that differs between two calls.
import { randomUUID } from 'node:crypto';
import { beforeAll, expect, it } from 'vitest';
import { accountUseCases } from '../../src/app/accounts.ts';
import { cryptoIds } from '../../src/app/passwords.ts';
import { saveDraft } from '../../src/app/profiles.ts';
import type { AccountRecord } from '../../src/app/ports/accounts.ts';
import type { UnitOfWork } from '../../src/app/ports/unit-of-work.ts';
import { ROLES, type Role } from '../../src/domain/accounts.ts';
import { kyselyUnitOfWork } from '../../src/db/unit-of-work.ts';
import { routeRegistry, type RouteInfo } from '../../src/http/access.ts';
import { createHttpApp, type HttpApp } from '../../src/http/app.ts';
import { testHasher } from '../accounts-fixture.ts';
import { describeOnDatabases } from '../db/databases.ts';
import { baseDeps, call, fakeAuthorizations, fakeSessions, OTHER_CANDIDATE_ID, principalFor, ACCOUNT_IDS, TODAY } from './harness.ts';

const NOW = `${TODAY}T12:00:00.000Z`;

function account(id: string, role: Role): AccountRecord {
  return {
    id,
    email: `${role}.${id.slice(-4)}.${randomUUID().slice(0, 8)}@example.org`,
    passwordHash: 'not-used',
    role,
    province: role === 'province' ? 'ON' : null,
    displayName: `Test ${role}`,
    locale: 'fr',
    totpSecret: null,
    totpEnabled: false,
    createdAt: NOW,
    passwordChangedAt: NOW,
  };
}

/** A concrete path: {id} (or a round's {number}) replaced by the record, when there is one. */
function concrete(route: RouteInfo, id: string | undefined): string {
  return id === undefined ? route.path : route.path.replace('{id}', id).replace('{number}', id);
}

/** Query parameters a route needs to reach its record (else it answers 422 before looking). */
const RECORD_QUERY: Record<string, string> = {
  '/api/officer/rounds/{number}/why-not-invited': `?candidateId=${OTHER_CANDIDATE_ID}`,
};

describeOnDatabases('HTTP access matrix', (getDb) => {
  let app: HttpApp;
  let tokens: Record<Role, string>;
  /** For each route naming a record: a record of someone else (or none at all, for readers of any file). */
  let othersRecord: Record<string, string>;

  beforeAll(async () => {
    const db = getDb();
    const uow: UnitOfWork = kyselyUnitOfWork(db);
    const clock = { today: () => TODAY, now: () => NOW };
    // Fresh ids per database run (the suite shares one database per dialect with nothing else).
    await uow.transaction(async (r) => {
      for (const role of ROLES) await r.accounts.insert(account(ACCOUNT_IDS[role], role));
      await r.accounts.insert(account(OTHER_CANDIDATE_ID, 'candidate'));
    });
    const other = { actorId: OTHER_CANDIDATE_ID, role: 'candidate' as const, onBehalfOf: null };
    const draft = await saveDraft({ uow, clock }, other, { data: { birthDate: '1990-01-01', maritalStatus: 'single', intendedProvince: 'ON' } });
    if (!draft.ok) throw new Error(`draft: ${JSON.stringify(draft)}`);
    const otherMessageId = await uow.transaction(async (r) => {
      await r.messages.add({ accountId: OTHER_CANDIDATE_ID, kind: 'profile_withdrawn', params: { number: draft.value.number }, at: NOW });
      return (await r.messages.listForAccount(OTHER_CANDIDATE_ID, { limit: 1 }))[0]!.id;
    });
    // An ITA of the other candidate (a round drafted by the officer, its ITA on the other candidate's profile).
    const otherItaId = await uow.transaction(async (r) => {
      const round = await r.rounds.insertDraft({ spec: { type: 'general', size: 1, instant: NOW }, instant: NOW, draftedBy: ACCOUNT_IDS.officer, at: NOW });
      const [ita] = await r.itas.insertMany([
        { roundId: round.id, profileId: draft.value.id, candidateId: OTHER_CANDIDATE_ID, program: 'cec', score: 480, issuedAt: NOW, deadline: '2025-07-31' },
      ]);
      return ita!.id;
    });
    const otherAuthorizationId = randomUUID();
    await uow.transaction((r) =>
      r.authorizations.grant({
        id: otherAuthorizationId,
        candidateId: OTHER_CANDIDATE_ID,
        representativeId: ACCOUNT_IDS.representative,
        scope: ['read'],
        validUntil: '2026-01-01T00:00:00.000Z',
        createdAt: NOW,
        revokedAt: null,
      }),
    );
    othersRecord = {
      '/api/profiles/{id}': draft.value.id,
      '/api/profiles/{id}/submit': draft.value.id,
      '/api/profiles/{id}/withdraw': draft.value.id,
      '/api/profiles/{id}/clone': draft.value.id,
      '/api/profiles/{id}/score': draft.value.id,
      '/api/profiles/{id}/advice': draft.value.id,
      '/api/messages/{id}/read': otherMessageId,
      '/api/representatives/{id}': otherAuthorizationId,
      // Officers read any candidate's file: the record they cannot see is one that does not exist.
      '/api/officer/profiles/{id}': randomUUID(),
      '/api/itas/{id}/accept': otherItaId,
      '/api/itas/{id}/decline': otherItaId,
      // Rounds are read by every staff role (published ones by anyone): the round no one can see is one that does not exist.
      '/api/rounds/{number}/why-not-invited': '999999',
      '/api/officer/rounds/{number}': '999999',
      '/api/officer/rounds/{number}/simulate': '999999',
      '/api/officer/rounds/{number}/approve': '999999',
      '/api/officer/rounds/{number}/execute': '999999',
      '/api/officer/rounds/{number}/publish': '999999',
      '/api/officer/rounds/{number}/why-not-invited': '999999',
    };

    const sessions = fakeSessions();
    tokens = Object.fromEntries(ROLES.map((role) => [role, sessions.add(principalFor(role))])) as Record<Role, string>;
    // The representative acts for the first candidate, with every scope; never for the other one.
    const authorizations = fakeAuthorizations(['read', 'write', 'submit'].map((s) => [ACCOUNT_IDS.representative, ACCOUNT_IDS.candidate, s]));
    const accounts = accountUseCases({ uow, clock, ids: cryptoIds, hasher: testHasher });
    app = createHttpApp(baseDeps({ uow, clock, sessions, authorizations, accounts }));
  });

  const protectedRoutes = () => routeRegistry(app).filter((r) => r.access !== 'public');

  /** The request a route gets in the matrix: a JSON body where one may be read, the CSRF token of the session. */
  function send(route: RouteInfo, role: Role | null, id?: string) {
    const hasBody = route.method === 'POST' || route.method === 'PUT' || route.method === 'PATCH';
    const headers: Record<string, string> = {};
    if (role === 'representative' && route.onBehalfOf) headers['x-on-behalf-of'] = ACCOUNT_IDS.candidate;
    const path = concrete(route, id ?? (route.path.includes('{id}') ? randomUUID() : route.path.includes('{number}') ? '1' : undefined));
    return call(app, path + (id !== undefined ? (RECORD_QUERY[route.path] ?? '') : ''), {
      method: route.method,
      ...(hasBody ? { body: {} } : {}),
      ...(role ? { session: tokens[role], csrf: `csrf-${role}` } : {}),
      headers,
      lang: 'en',
    });
  }

  it('covers the routes of every area', () => {
    const paths = new Set(protectedRoutes().map((r) => r.path));
    for (const path of [
      '/api/profiles',
      '/api/profiles/{id}',
      '/api/profiles/{id}/submit',
      '/api/messages',
      '/api/officer/pool/stats',
      '/api/auth/me',
      '/api/admin/accounts',
      '/api/officer/rounds',
      '/api/officer/rounds/{number}/approve',
      '/api/officer/pool',
      '/api/itas',
      '/api/itas/{id}/accept',
      '/api/applications',
      '/api/rounds/{number}/why-not-invited',
    ]) {
      expect(paths.has(path), path).toBe(true);
    }
    expect(protectedRoutes().length).toBeGreaterThanOrEqual(20);
  });

  it('answers 401 unauthenticated without a session, or with an unknown one, on every protected route', async () => {
    for (const route of protectedRoutes()) {
      const r = await send(route, null);
      expect(r.status, `${route.method} ${route.path}`).toBe(401);
      expect(r.body.code, `${route.method} ${route.path}`).toBe('unauthenticated');
      const forged = await call(app, concrete(route, randomUUID()), { method: route.method, session: 'forged-token', csrf: 'x' });
      expect(forged.status, `${route.method} ${route.path} (forged)`).toBe(401);
    }
  });

  it('answers 403 forbidden to every role the route does not allow', async () => {
    let checked = 0;
    for (const route of protectedRoutes()) {
      const allowed = route.access as readonly Role[];
      for (const role of ROLES.filter((x) => !allowed.includes(x))) {
        const r = await send(route, role);
        expect(r.status, `${role} ${route.method} ${route.path}`).toBe(403);
        expect(r.body.code, `${role} ${route.method} ${route.path}`).toBe('forbidden');
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(50);
  });

  it('answers 404 to every allowed role for someone else’s record, on every route that names one', async () => {
    const withId = protectedRoutes().filter((r) => r.path.includes('{id}') || r.path.includes('{number}'));
    expect(withId.length).toBeGreaterThanOrEqual(9);
    for (const route of withId) {
      const record = othersRecord[route.path];
      expect(record, `no "someone else's record" for ${route.path}: add one to the matrix`).toBeDefined();
      for (const role of route.access as readonly Role[]) {
        const r = await send(route, role, record);
        expect(r.status, `${role} ${route.method} ${route.path}`).toBe(404);
        expect(r.body.code).toBe('not_found');
      }
    }
  });

  it('answers 404, not 403 or 500, for an id that is not an id at all', async () => {
    for (const route of protectedRoutes().filter((r) => r.path.includes('{id}') && (r.path.startsWith('/api/profiles') || r.path.startsWith('/api/itas')))) {
      const r = await send(route, 'candidate', 'not-a-uuid');
      expect(r.status, `${route.method} ${route.path}`).toBe(404);
    }
    for (const route of protectedRoutes().filter((r) => r.path.includes('{number}'))) {
      const role = (route.access as readonly Role[])[0]!;
      for (const bad of ['abc', '0', '-1', '1.5']) {
        const r = await send(route, role, bad);
        expect(r.status, `${role} ${route.method} ${route.path} ${bad}`).toBe(404);
      }
    }
  });

  it('does not let a representative act for a candidate who did not authorize them', async () => {
    const r = await call(app, '/api/profiles', { session: tokens.representative, headers: { 'x-on-behalf-of': OTHER_CANDIDATE_ID } });
    expect(r.status).toBe(403);
    const own = await call(app, '/api/profiles', { session: tokens.representative, headers: { 'x-on-behalf-of': ACCOUNT_IDS.candidate } });
    expect(own.status).toBe(200);
  });
});
