// The access guard on its own, on test routes: session, role, second factor, CSRF, and acting for a candidate.
import { describe, expect, it } from 'vitest';
import { z } from '@hono/zod-openapi';
import { createHttpApp } from '../../src/http/app.ts';
import { defineRoute, routeRegistry } from '../../src/http/access.ts';
import { jsonResponse } from '../../src/http/schemas.ts';
import { ROLES } from '../../src/domain/accounts.ts';
import { ACCOUNT_IDS, baseDeps, call, fakeAuthorizations, fakeSessions, OTHER_CANDIDATE_ID, principalFor } from './harness.ts';

const actorSchema = z.object({ actorId: z.string(), role: z.string(), onBehalfOf: z.string().nullable() });

function testApp() {
  const sessions = fakeSessions();
  const authorizations = fakeAuthorizations([[ACCOUNT_IDS.representative, ACCOUNT_IDS.candidate, 'read']]);
  const app = createHttpApp(baseDeps({ sessions, authorizations }));
  const officerRead = defineRoute({
    access: ['officer', 'admin'],
    method: 'get',
    path: '/api/test/officer',
    operationId: 'testOfficer',
    responses: { 200: jsonResponse(actorSchema, 'the actor') },
  });
  const candidateWrite = defineRoute({
    access: ['candidate', 'representative'],
    onBehalfOf: 'read',
    method: 'post',
    path: '/api/test/candidate',
    operationId: 'testCandidate',
    responses: { 200: jsonResponse(actorSchema, 'the actor') },
  });
  const totpStep = defineRoute({
    access: ['officer'],
    mfa: 'not_required',
    method: 'get',
    path: '/api/test/totp-step',
    operationId: 'testTotp',
    responses: { 200: jsonResponse(actorSchema, 'the actor') },
  });
  for (const route of [officerRead, candidateWrite, totpStep]) {
    app.openapi(route, (c) => c.json(c.var.actor!, 200));
  }
  return { app, sessions, authorizations };
}

describe('access guard', () => {
  it('refuses a request without a session, or with an unknown one, with 401', async () => {
    const { app } = testApp();
    const none = await call(app, '/api/test/officer', { lang: 'en' });
    expect(none.status).toBe(401);
    expect(none.body).toMatchObject({ code: 'unauthenticated', title: 'Sign-in required' });
    expect((await call(app, '/api/test/officer', { session: 'forged' })).status).toBe(401);
  });

  it('refuses every role not listed with 403 forbidden, and lets listed roles through', async () => {
    const { app, sessions } = testApp();
    for (const role of ROLES) {
      const token = sessions.add(principalFor(role));
      const r = await call(app, '/api/test/officer', { session: token });
      if (role === 'officer' || role === 'admin') {
        expect(r.status, role).toBe(200);
        expect(r.body).toEqual({ actorId: ACCOUNT_IDS[role], role, onBehalfOf: null });
      } else {
        expect(r.status, role).toBe(403);
        expect(r.body.code, role).toBe('forbidden');
      }
    }
  });

  it('refuses a session whose second factor is pending with 403 mfa_required, unless the route is a TOTP step', async () => {
    const { app, sessions } = testApp();
    const token = sessions.add(principalFor('officer', { mfaVerified: false }));
    const r = await call(app, '/api/test/officer', { session: token, lang: 'en' });
    expect(r.status).toBe(403);
    expect(r.body).toMatchObject({ code: 'mfa_required', title: 'Second factor required' });
    expect((await call(app, '/api/test/totp-step', { session: token })).status).toBe(200);
    // A candidate who turned TOTP on is asked for the code too (the session store says whether one is pending).
    const candidate = sessions.add(principalFor('candidate', { mfaVerified: false }));
    const pending = await call(app, '/api/test/candidate', { method: 'POST', session: candidate, csrf: 'csrf-candidate' });
    expect(pending.body.code).toBe('mfa_required');
    const verified = sessions.add(principalFor('candidate'));
    expect((await call(app, '/api/test/candidate', { method: 'POST', session: verified, csrf: 'csrf-candidate' })).status).toBe(200);
  });

  it('requires the session’s CSRF token on state-changing requests', async () => {
    const { app, sessions } = testApp();
    const token = sessions.add(principalFor('candidate'));
    const missing = await call(app, '/api/test/candidate', { method: 'POST', session: token });
    expect(missing.status).toBe(403);
    expect(missing.body.code).toBe('csrf_failed');
    const wrong = await call(app, '/api/test/candidate', { method: 'POST', session: token, csrf: 'csrf-officer' });
    expect(wrong.body.code).toBe('csrf_failed');
    const longer = await call(app, '/api/test/candidate', { method: 'POST', session: token, csrf: 'csrf-candidate-and-more' });
    expect(longer.body.code).toBe('csrf_failed');
    const ok = await call(app, '/api/test/candidate', { method: 'POST', session: token, csrf: 'csrf-candidate' });
    expect(ok.status).toBe(200);
    expect(ok.body).toEqual({ actorId: ACCOUNT_IDS.candidate, role: 'candidate', onBehalfOf: null });
  });

  it('lets a representative act for a candidate who authorized them, with the scope of the route, at the clock’s instant', async () => {
    const { app, sessions, authorizations } = testApp();
    const token = sessions.add(principalFor('representative'));
    const base = { method: 'POST', session: token, csrf: 'csrf-representative' };
    const ok = await call(app, '/api/test/candidate', { ...base, headers: { 'x-on-behalf-of': ACCOUNT_IDS.candidate } });
    expect(ok.status).toBe(200);
    expect(ok.body).toEqual({ actorId: ACCOUNT_IDS.representative, role: 'representative', onBehalfOf: ACCOUNT_IDS.candidate });
    expect(authorizations.calls.at(-1)).toEqual([ACCOUNT_IDS.representative, ACCOUNT_IDS.candidate, 'read', '2025-06-01T12:00:00.000Z']);

    const notAuthorized = await call(app, '/api/test/candidate', { ...base, headers: { 'x-on-behalf-of': OTHER_CANDIDATE_ID }, lang: 'en' });
    expect(notAuthorized.status).toBe(403);
    expect(notAuthorized.body.detail).toMatch(/not authorized to act for this candidate/);
    const notAnId = await call(app, '/api/test/candidate', { ...base, headers: { 'x-on-behalf-of': "1' or '1'='1" } });
    expect(notAnId.status).toBe(403);
    const unnamed = await call(app, '/api/test/candidate', { ...base, lang: 'en' });
    expect(unnamed.status).toBe(403);
    expect(unnamed.body.detail).toMatch(/X-On-Behalf-Of/);
  });

  it('refuses X-On-Behalf-Of from anyone but a representative', async () => {
    const { app, sessions } = testApp();
    const token = sessions.add(principalFor('candidate'));
    const r = await call(app, '/api/test/candidate', { method: 'POST', session: token, csrf: 'csrf-candidate', headers: { 'x-on-behalf-of': OTHER_CANDIDATE_ID } });
    expect(r.status).toBe(403);
    const officer = sessions.add(principalFor('officer'));
    expect((await call(app, '/api/test/officer', { session: officer, headers: { 'x-on-behalf-of': OTHER_CANDIDATE_ID } })).status).toBe(403);
  });

  it('lists the routes with their access, and publishes it in the OpenAPI document', async () => {
    const { app } = testApp();
    const registry = routeRegistry(app);
    expect(registry.find((r) => r.path === '/api/test/candidate')).toEqual({
      method: 'POST',
      path: '/api/test/candidate',
      access: ['candidate', 'representative'],
      onBehalfOf: 'read',
      mfaRequired: true,
      operationId: 'testCandidate',
    });
    expect(registry.find((r) => r.path === '/api/test/totp-step')?.mfaRequired).toBe(false);
    const doc = (await call(app, '/api/openapi.json')).body;
    const op = doc.paths['/api/test/candidate'].post;
    expect(op['x-roles']).toEqual(['candidate', 'representative']);
    expect(op['x-on-behalf-of']).toBe('read');
    expect(op.security).toEqual([{ sessionCookie: [], csrfToken: [] }]);
    expect(op.responses['401']).toBeDefined();
    expect(op.responses['403']).toBeDefined();
  });
});
