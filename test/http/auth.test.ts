// The accounts routes over HTTP with the real use cases on PGlite: cookies, CSRF, 401/403, rate limits, second factor,
// representatives. (The use cases themselves are tested on both databases in test/accounts.test.ts.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpApp } from '../../src/http/app.ts';
import { totpCode } from '../../src/app/totp.ts';
import { openTestDatabase, type TestDatabase } from '../db/databases.ts';
import { accountsOn, freshEmail, GOOD_PASSWORD, type Accounts, type MovableClock } from '../accounts-fixture.ts';
import { baseDeps, call, type Call } from './harness.ts';

let handle: TestDatabase;
let accounts: Accounts;
let clock: MovableClock;
let app: ReturnType<typeof createHttpApp>;

beforeAll(async () => {
  handle = await openTestDatabase('pglite');
  ({ accounts, clock } = accountsOn(handle.db));
  app = createHttpApp(baseDeps({ clock, sessions: accounts, authorizations: accounts, accounts }));
});
afterAll(async () => {
  await handle.close();
});

function sessionCookie(headers: Headers): string {
  const cookie = headers.getSetCookie().find((c) => c.startsWith('ee_session='));
  if (!cookie) throw new Error('no ee_session cookie');
  return cookie;
}
const tokenOf = (headers: Headers) => sessionCookie(headers).split(';')[0]!.slice('ee_session='.length);

/** A signed-in client: its token and CSRF token, and a call helper that sends both. */
interface Client {
  token: string;
  csrf: string;
  body: { account: { id: string; role: string }; session: { next: string; mfaVerified: boolean } };
  call(path: string, c?: Call): ReturnType<typeof call>;
}

function client(token: string, csrf: string, body: Client['body']): Client {
  return { token, csrf, body, call: (path, c = {}) => call(app, path, { session: token, csrf, ...c }) };
}

async function register(role: 'candidate' | 'employer' = 'candidate', email = freshEmail(role)): Promise<Client & { email: string }> {
  const r = await call(app, '/api/auth/register', { body: { email, password: GOOD_PASSWORD, displayName: 'Client', role } });
  expect(r.status).toBe(201);
  return { ...client(tokenOf(r.headers), r.body.session.csrfToken, r.body), email };
}

async function signIn(email: string, password = GOOD_PASSWORD): Promise<Client> {
  const r = await call(app, '/api/auth/sign-in', { body: { email, password } });
  expect(r.status, JSON.stringify(r.body)).toBe(200);
  return client(tokenOf(r.headers), r.body.session.csrfToken, r.body);
}

async function provision(role: 'officer' | 'admin' | 'representative' | 'auditor', totpSecret: string | null = null) {
  const email = freshEmail(role);
  const r = await accounts.provisionAccount({ email, password: GOOD_PASSWORD, displayName: role, role }, { totpSecret });
  expect(r.ok).toBe(true);
  return email;
}

const SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
const codeNow = (secret = SECRET) => totpCode(secret, Date.parse(clock.now()));

async function verifiedAdmin(): Promise<Client> {
  const admin = await signIn(await provision('admin', SECRET));
  expect(admin.body.session.next).toBe('totp_verify');
  expect((await admin.call('/api/auth/totp/verify', { body: { code: codeNow() } })).status).toBe(200);
  return admin;
}

describe('POST /api/auth/register and /api/auth/sign-in', () => {
  it('sets the session cookie httpOnly, Secure, SameSite=Lax, Path=/; the token is never in the body; the CSRF token is', async () => {
    const email = freshEmail();
    const r = await call(app, '/api/auth/register', { body: { email, password: GOOD_PASSWORD, displayName: 'Ana', locale: 'en' } });
    expect(r.status).toBe(201);
    const cookie = sessionCookie(r.headers);
    expect(cookie).toMatch(/; HttpOnly/);
    expect(cookie).toMatch(/; Secure/);
    expect(cookie).toMatch(/; SameSite=Lax/);
    expect(cookie).toMatch(/; Path=\//);
    expect(cookie).toMatch(/; Max-Age=43200/);
    const token = tokenOf(r.headers);
    expect(JSON.stringify(r.body)).not.toContain(token);
    expect(r.body).toMatchObject({ account: { email, role: 'candidate', locale: 'en' }, session: { mfaVerified: true, next: 'none' } });
    expect(r.body.account).not.toHaveProperty('passwordHash');
    expect(r.headers.get('cache-control')).toBe('no-store');

    const me = await call(app, '/api/auth/me', { session: token });
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ account: { email }, session: { csrfToken: r.body.session.csrfToken, mfaVerified: true, next: 'none' } });

    // Sign-in needs no CSRF token (no session yet).
    const s = await call(app, '/api/auth/sign-in', { body: { email, password: GOOD_PASSWORD } });
    expect(s.status).toBe(200);
    expect(tokenOf(s.headers)).not.toBe(token);
    expect(sessionCookie(s.headers)).toMatch(/HttpOnly.*Secure.*SameSite=Lax|Secure.*HttpOnly/);
  });

  it('answers a taken e-mail with 409 conflict, worded', async () => {
    const { email } = await register();
    const r = await call(app, '/api/auth/register', { body: { email, password: GOOD_PASSWORD, displayName: 'Again' }, lang: 'en' });
    expect(r.status).toBe(409);
    expect(r.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(r.body).toMatchObject({ code: 'conflict', detail: 'An account already uses this e-mail address. Sign in, or use another address.' });
  });

  it('answers a weak password with 422 and a field error worded in French or English', async () => {
    const body = { email: freshEmail(), password: 'too short', displayName: 'W' };
    const fr = await call(app, '/api/auth/register', { body, lang: 'fr' });
    expect(fr.status).toBe(422);
    expect(fr.body.errors).toEqual([{ field: 'password', expected: 'password_too_short', message: expect.stringContaining('au moins 12 caractères') }]);
    const en = await call(app, '/api/auth/register', { body, lang: 'en' });
    expect(en.body.errors).toEqual([{ field: 'password', expected: 'password_too_short', message: expect.stringContaining('at least 12 characters') }]);
  });

  it('answers unknown fields and malformed JSON as the rest of the API does', async () => {
    const unknown = await call(app, '/api/auth/register', { body: { email: freshEmail(), password: GOOD_PASSWORD, displayName: 'X', role: 'admin' } });
    expect(unknown.status).toBe(422);
    expect(unknown.body.errors).toEqual([expect.objectContaining({ field: 'role' })]);
    const malformed = await call(app, '/api/auth/sign-in', { raw: '{"email":' });
    expect(malformed.status).toBe(400);
    expect(malformed.body.code).toBe('malformed_json');
  });

  it('answers a wrong password with 401, then 429 with Retry-After after 5 failures', async () => {
    clock.set('2025-06-02T10:00:00.000Z');
    const { email } = await register();
    for (let i = 0; i < 5; i++) {
      const r = await call(app, '/api/auth/sign-in', { body: { email, password: 'wrong password!!' }, lang: 'en' });
      expect(r.status).toBe(401);
      expect(r.body).toMatchObject({ code: 'unauthenticated', detail: 'The e-mail address or the password is not right.' });
      expect(r.headers.getSetCookie()).toEqual([]);
    }
    const limited = await call(app, '/api/auth/sign-in', { body: { email, password: GOOD_PASSWORD }, lang: 'fr' });
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('900');
    expect(limited.body).toMatchObject({ code: 'rate_limited', detail: expect.stringContaining('900') });
    clock.advance(900);
    expect((await call(app, '/api/auth/sign-in', { body: { email, password: GOOD_PASSWORD } })).status).toBe(200);
  });
});

describe('sessions over HTTP: 401, CSRF, sign-out, expiry', () => {
  it('answers 401 without a session on every protected accounts route', async () => {
    const routes: [string, string][] = [
      ['GET', '/api/auth/me'],
      ['POST', '/api/auth/sign-out'],
      ['POST', '/api/auth/password'],
      ['POST', '/api/auth/totp/enroll'],
      ['POST', '/api/auth/totp/confirm'],
      ['POST', '/api/auth/totp/verify'],
      ['POST', '/api/admin/accounts'],
      ['GET', '/api/representatives'],
      ['POST', '/api/representatives'],
      ['DELETE', '/api/representatives/00000000-0000-4000-8000-000000000001'],
    ];
    for (const [method, path] of routes) {
      const r = await call(app, path, { method, ...(method === 'POST' ? { body: {} } : {}) });
      expect(r.status, `${method} ${path}`).toBe(401);
      expect(r.body.code).toBe('unauthenticated');
    }
  });

  it('requires the session CSRF token on state-changing requests', async () => {
    const c = await register();
    const body = { currentPassword: GOOD_PASSWORD, newPassword: 'another fine passphrase' };
    const none = await call(app, '/api/auth/password', { session: c.token, body });
    expect(none.status).toBe(403);
    expect(none.body.code).toBe('csrf_failed');
    const other = await register();
    const wrong = await call(app, '/api/auth/password', { session: c.token, csrf: other.csrf, body });
    expect(wrong.body.code).toBe('csrf_failed');
    const ok = await c.call('/api/auth/password', { body });
    expect(ok.status).toBe(200);
    expect(ok.body).toEqual({ sessionsEnded: 0 });
  });

  it('signs out (CSRF required): the cookie is cleared and the session ends', async () => {
    const c = await register();
    expect((await call(app, '/api/auth/sign-out', { method: 'POST', session: c.token })).status).toBe(403);
    const out = await c.call('/api/auth/sign-out', { method: 'POST' });
    expect(out.status).toBe(204);
    expect(sessionCookie(out.headers)).toMatch(/Max-Age=0/);
    expect((await c.call('/api/auth/me')).status).toBe(401);
  });

  it('a session unused for 30 minutes answers 401', async () => {
    const c = await register();
    clock.advance(30 * 60);
    expect((await c.call('/api/auth/me')).status).toBe(401);
  });

  it('a password change ends the other sessions', async () => {
    const a = await register();
    const b = await signIn(a.email);
    const r = await a.call('/api/auth/password', { body: { currentPassword: GOOD_PASSWORD, newPassword: 'yet another passphrase' } });
    expect(r.body).toEqual({ sessionsEnded: 1 });
    expect((await b.call('/api/auth/me')).status).toBe(401);
    expect((await a.call('/api/auth/me')).status).toBe(200);
  });
});

describe('second factor over HTTP', () => {
  it('an officer has no access before enrolling and verifying; the TOTP steps, /me and sign-out stay open', async () => {
    const admin = await verifiedAdmin();
    const email = freshEmail('officer');
    const made = await admin.call('/api/admin/accounts', { body: { email, password: GOOD_PASSWORD, displayName: 'Agent', role: 'officer' } });
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({ email, role: 'officer', totpEnabled: false });

    const officer = await signIn(email);
    expect(officer.body.session).toMatchObject({ mfaVerified: false, next: 'totp_enroll' });
    const blocked = await officer.call('/api/auth/password', { body: { currentPassword: GOOD_PASSWORD, newPassword: 'x' } });
    expect(blocked.status).toBe(403);
    expect(blocked.body.code).toBe('mfa_required');
    expect((await officer.call('/api/auth/me')).body.session.next).toBe('totp_enroll');

    const enrolled = await officer.call('/api/auth/totp/enroll', { method: 'POST' });
    expect(enrolled.status).toBe(200);
    expect(enrolled.body.uri).toMatch(/^otpauth:\/\/totp\//);
    const wrong = await officer.call('/api/auth/totp/confirm', { body: { code: '000000' === codeNow(enrolled.body.secret) ? '111111' : '000000' }, lang: 'en' });
    expect(wrong.status).toBe(422);
    expect(wrong.body.errors).toEqual([{ field: 'code', expected: 'totp_code_wrong', message: expect.stringContaining('authenticator app') }]);
    expect((await officer.call('/api/auth/totp/confirm', { body: { code: codeNow(enrolled.body.secret) } })).status).toBe(200);
    // Through the guard now: the use case answers (wrong current password), not the guard.
    const through = await officer.call('/api/auth/password', { body: { currentPassword: 'not it at all', newPassword: 'a fresh passphrase' } });
    expect(through.status).toBe(422);
  });

  it('the admin route refuses other roles (403) and an admin whose code is not verified yet (mfa_required)', async () => {
    const body = { email: freshEmail(), password: GOOD_PASSWORD, displayName: 'X', role: 'auditor' };
    const candidate = await register();
    expect((await candidate.call('/api/admin/accounts', { body })).status).toBe(403);
    const pending = await signIn(await provision('admin', SECRET));
    const r = await pending.call('/api/admin/accounts', { body });
    expect(r.status).toBe(403);
    expect(r.body.code).toBe('mfa_required');
  });

  it('a candidate who turned the second factor on has no access before the code', async () => {
    const c = await register();
    const enrolled = await c.call('/api/auth/totp/enroll', { method: 'POST' });
    expect((await c.call('/api/auth/totp/confirm', { body: { code: codeNow(enrolled.body.secret) } })).status).toBe(200);
    const pending = await signIn(c.email);
    expect(pending.body.session).toMatchObject({ mfaVerified: false, next: 'totp_verify' });
    const blocked = await pending.call('/api/representatives');
    expect(blocked.status).toBe(403);
    expect(blocked.body.code).toBe('mfa_required');
    // The code that confirmed the enrolment is used: the next one (30 s later) verifies the new session.
    const replayed = await pending.call('/api/auth/totp/verify', { body: { code: codeNow(enrolled.body.secret) }, lang: 'en' });
    expect(replayed.status).toBe(422);
    expect(replayed.body.errors).toEqual([{ field: 'code', expected: 'totp_code_used', message: expect.stringContaining('already been used') }]);
    clock.advance(30);
    expect((await pending.call('/api/auth/totp/verify', { body: { code: codeNow(enrolled.body.secret) } })).status).toBe(200);
    expect((await pending.call('/api/representatives')).status).toBe(200);
  });

  it('refuses a code used already, worded in French and in English', async () => {
    const email = await provision('admin', SECRET);
    const first = await signIn(email);
    const code = codeNow();
    expect((await first.call('/api/auth/totp/verify', { body: { code } })).status).toBe(200);
    for (const [lang, words] of [['fr', 'déjà été utilisé'], ['en', 'already been used']] as const) {
      const again = await signIn(email);
      const r = await again.call('/api/auth/totp/verify', { body: { code }, lang });
      expect(r.status).toBe(422);
      expect(r.headers.get('content-type')).toContain('application/problem+json');
      expect(r.body).toMatchObject({ code: 'validation_failed', errors: [{ field: 'code', expected: 'totp_code_used', message: expect.stringContaining(words) }] });
      expect((await again.call('/api/auth/me')).body.session.mfaVerified).toBe(false);
    }
  });
});

describe('representatives over HTTP', () => {
  it('a candidate authorizes, lists and revokes; someone else’s authorization is 404; other roles 403', async () => {
    clock.set('2025-06-10T12:00:00.000Z');
    const candidate = await register();
    const repEmail = await provision('representative');
    const granted = await candidate.call('/api/representatives', { body: { email: repEmail, scope: ['read'], validUntil: '2025-12-31' } });
    expect(granted.status).toBe(201);
    expect(granted.body).toMatchObject({ scope: ['read'], validUntil: '2026-01-01T00:00:00.000Z', representativeEmail: repEmail, revokedAt: null });

    const rep = await signIn(repEmail);
    const received = await rep.call('/api/representatives');
    expect(received.status).toBe(200);
    expect(received.body.authorizations.map((a: { id: string }) => a.id)).toEqual([granted.body.id]);
    expect((await rep.call('/api/representatives', { body: { email: candidate.email, scope: ['read'], validUntil: '2025-12-31' } })).status).toBe(403);
    expect((await rep.call(`/api/representatives/${granted.body.id}`, { method: 'DELETE' })).status).toBe(403);

    const employer = await register('employer');
    expect((await employer.call('/api/representatives')).status).toBe(403);

    const stranger = await register();
    const notTheirs = await stranger.call(`/api/representatives/${granted.body.id}`, { method: 'DELETE', lang: 'en' });
    expect(notTheirs.status).toBe(404);
    expect(notTheirs.body.detail).toBe('You have no authorization in force with this identifier.');
    expect((await candidate.call('/api/representatives/not-a-uuid', { method: 'DELETE' })).status).toBe(422);

    const revoked = await candidate.call(`/api/representatives/${granted.body.id}`, { method: 'DELETE' });
    expect(revoked.status).toBe(200);
    expect(revoked.body).toEqual({ id: granted.body.id, revokedAt: clock.now() });
    expect((await candidate.call(`/api/representatives/${granted.body.id}`, { method: 'DELETE' })).status).toBe(404);
  });

  it('refuses an e-mail that is not a representative account with a field error', async () => {
    const candidate = await register();
    const other = await register();
    const r = await candidate.call('/api/representatives', { body: { email: other.email, scope: ['read'], validUntil: '2030-01-01' }, lang: 'fr' });
    expect(r.status).toBe(422);
    expect(r.body.errors).toEqual([{ field: 'email', expected: 'representative_account', message: expect.stringContaining('représentant') }]);
  });
});

describe('OpenAPI', () => {
  it('documents every accounts route with who may call it', async () => {
    const doc = (await call(app, '/api/openapi.json')).body;
    expect(doc.paths['/api/auth/sign-in'].post['x-access']).toBe('public');
    expect(doc.paths['/api/auth/register'].post['x-access']).toBe('public');
    expect(doc.paths['/api/admin/accounts'].post['x-roles']).toEqual(['admin']);
    expect(doc.paths['/api/representatives'].post['x-roles']).toEqual(['candidate']);
    expect(doc.paths['/api/representatives'].get['x-roles']).toEqual(['candidate', 'representative']);
    expect(doc.paths['/api/auth/totp/verify'].post['x-mfa']).toBe('not_required');
    expect(doc.paths['/api/auth/password'].post['x-mfa']).toBeUndefined();
    expect(doc.components.schemas.SignedIn).toBeDefined();
  });
});
