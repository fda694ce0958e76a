// Accounts use cases on PGlite (and PostgreSQL when TEST_DATABASE_URL is set): registration, sign-in, rate limits,
// session expiry, password change, second factor, representatives, admin-created accounts, audit.
import { describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createHash } from 'node:crypto';
import { describeOnDatabases } from './db/databases.ts';
import { accountsOn, freshEmail, GOOD_PASSWORD, NO_CONTEXT, registered, signedIn } from './accounts-fixture.ts';
import { totpCode } from '../src/app/totp.ts';
import { t } from '../src/i18n/index.ts';
import { PASSWORD_MIN_LENGTH } from '../src/domain/accounts.ts';

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

describeOnDatabases('accounts: registration and sign-in', (getDb) => {
  it('registers a candidate, signs it in, stores only the token digest, and audits without secrets', async () => {
    const db = getDb();
    const { accounts } = accountsOn(db);
    const email = freshEmail('Reg');
    const r = await accounts.register({ email, password: GOOD_PASSWORD, displayName: 'Ana Silva', locale: 'en' }, NO_CONTEXT);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(r.value.account).toMatchObject({ email, role: 'candidate', locale: 'en', totpEnabled: false, province: null });
    expect(r.value.account).not.toHaveProperty('passwordHash');
    expect(r.value.session).toMatchObject({ mfaVerified: true, next: 'none' });
    expect(r.value.session.csrfToken).toMatch(/^[A-Za-z0-9_-]{43}$/);

    const sessions = await db.selectFrom('session').select(['id', 'csrf_token']).where('account_id', '=', r.value.account.id).execute();
    expect(sessions).toEqual([{ id: sha256(r.value.token), csrf_token: r.value.session.csrfToken }]);
    const row = await db.selectFrom('account').select('password_hash').where('id', '=', r.value.account.id).executeTakeFirstOrThrow();
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
    expect(row.password_hash).not.toContain(GOOD_PASSWORD);

    const principal = await accounts.authenticate(r.value.token);
    expect(principal).toEqual({
      accountId: r.value.account.id,
      role: 'candidate',
      province: null,
      sessionId: sha256(r.value.token),
      csrfToken: r.value.session.csrfToken,
      mfaVerified: true,
    });

    const events = await db.selectFrom('audit_event').selectAll().where('entity_id', '=', r.value.account.id).orderBy('seq').execute();
    expect(events.map((e) => e.action)).toEqual(['account.registered', 'account.signed_in']);
    expect(events[0]).toMatchObject({ actor_id: r.value.account.id, actor_role: 'candidate', on_behalf_of: null, entity_type: 'account' });
    const text = JSON.stringify(events);
    expect(text).not.toContain(GOOD_PASSWORD);
    expect(text).not.toContain(r.value.token);
    expect(text).not.toContain(email);
  });

  it('registers an employer; refuses other roles by self-service', async () => {
    const { accounts } = accountsOn(getDb());
    const employer = await accounts.register({ email: freshEmail(), password: GOOD_PASSWORD, displayName: 'Acme', role: 'employer' }, NO_CONTEXT);
    expect(employer.ok && employer.value.account.role).toBe('employer');
    const officer = await accounts.register({ email: freshEmail(), password: GOOD_PASSWORD, displayName: 'X', role: 'officer' }, NO_CONTEXT);
    expect(officer).toMatchObject({ ok: false, code: 'validation_failed', errors: [{ field: 'role', expected: 'candidate|employer' }] });
  });

  it('refuses a taken e-mail address, whatever its case, and stores nothing', async () => {
    const db = getDb();
    const { accounts } = accountsOn(db);
    const email = freshEmail('dup');
    await registered(accounts, email);
    const again = await accounts.register({ email: `  ${email.toUpperCase()} `, password: 'another long passphrase', displayName: 'B' }, NO_CONTEXT);
    expect(again).toEqual({ ok: false, code: 'conflict', reason: 'email_taken' });
    const { rows } = await sql<{ n: number }>`select count(*)::int as n from account where lower(email) = ${email.toLowerCase()}`.execute(db);
    expect(rows[0]!.n).toBe(1);
  });

  it('refuses weak passwords with field-level codes, worded in French and English', async () => {
    const { accounts } = accountsOn(getDb());
    const email = freshEmail();
    const cases: [string, string][] = [
      ['short pass1', 'password_too_short'],
      ['x'.repeat(257) + 'y', 'password_too_long'],
      [email.toUpperCase(), 'password_is_email'],
      ['Password1234', 'password_too_common'],
      ['aaaaaaaaaaaaaaaa', 'password_too_common'],
    ];
    for (const [password, code] of cases) {
      const r = await accounts.register({ email, password, displayName: 'W' }, NO_CONTEXT);
      expect(r, password).toEqual({ ok: false, code: 'validation_failed', errors: [{ field: 'password', expected: code }] });
      expect(t('fr', `http.field.${code}`)).not.toBe(`http.field.${code}`);
      expect(t('en', `http.field.${code}`)).not.toBe(t('fr', `http.field.${code}`));
    }
    expect(t('en', 'http.field.password_too_short')).toContain(String(PASSWORD_MIN_LENGTH));
    expect(t('fr', 'http.field.password_too_short')).toContain(String(PASSWORD_MIN_LENGTH));
    // 12 characters exactly is enough.
    expect((await accounts.register({ email, password: 'tw3lve chars', displayName: 'W' }, NO_CONTEXT)).ok).toBe(true);
  });

  it('refuses malformed input field by field (unknown fields, bad e-mail, missing name)', async () => {
    const { accounts } = accountsOn(getDb());
    const r = await accounts.register({ email: 'not an address', password: GOOD_PASSWORD, admin: true }, NO_CONTEXT);
    expect(r.ok).toBe(false);
    if (r.ok || r.code !== 'validation_failed') return;
    expect(r.errors).toEqual(
      expect.arrayContaining([
        { field: 'email', expected: 'email' },
        { field: 'displayName', expected: 'string (required)' },
        { field: 'admin', expected: 'no such field' },
      ]),
    );
  });

  it('signs in with the right password (e-mail in any case); the same answer for a wrong password and an unknown e-mail', async () => {
    const { accounts } = accountsOn(getDb());
    const { email } = await registered(accounts);
    const ok = await accounts.signIn({ email: email.toUpperCase(), password: GOOD_PASSWORD }, NO_CONTEXT);
    expect(ok.ok).toBe(true);
    expect(await accounts.signIn({ email, password: 'wrong password here' }, NO_CONTEXT)).toEqual({ ok: false, code: 'bad_credentials' });
    expect(await accounts.signIn({ email: freshEmail('nobody'), password: GOOD_PASSWORD }, NO_CONTEXT)).toEqual({ ok: false, code: 'bad_credentials' });
    expect(await accounts.authenticate('not-a-token')).toBeNull();
    expect(await accounts.authenticate('A'.repeat(43))).toBeNull();
  });

  it('signs out: the session no longer authenticates', async () => {
    const { accounts } = accountsOn(getDb());
    const { token, principal } = await registered(accounts);
    await accounts.signOut(principal);
    expect(await accounts.authenticate(token)).toBeNull();
  });
});

describeOnDatabases('accounts: rate limits', (getDb) => {
  it('refuses sign-in for an e-mail after 5 failures in a 15-minute window, even with the right password, until the window ends', async () => {
    const { accounts, clock } = accountsOn(getDb());
    clock.set('2025-06-02T10:00:00.000Z');
    const { email } = await registered(accounts);
    for (let i = 0; i < 5; i++) expect((await accounts.signIn({ email, password: `wrong password ${i}` }, NO_CONTEXT)).ok).toBe(false);
    clock.set('2025-06-02T10:10:00.000Z');
    const limited = await accounts.signIn({ email, password: GOOD_PASSWORD }, NO_CONTEXT);
    expect(limited).toEqual({ ok: false, code: 'rate_limited', retryAfterSeconds: 300 });
    // The last second of the window is still limited; the next window starts afresh.
    clock.set('2025-06-02T10:14:59.000Z');
    expect(await accounts.signIn({ email, password: GOOD_PASSWORD }, NO_CONTEXT)).toMatchObject({ code: 'rate_limited', retryAfterSeconds: 1 });
    clock.set('2025-06-02T10:15:00.000Z');
    expect((await accounts.signIn({ email, password: GOOD_PASSWORD }, NO_CONTEXT)).ok).toBe(true);
  });

  it('four failures do not lock the account', async () => {
    const { accounts, clock } = accountsOn(getDb());
    clock.set('2025-06-02T11:00:00.000Z');
    const { email } = await registered(accounts);
    for (let i = 0; i < 4; i++) await accounts.signIn({ email, password: 'wrong password!' }, NO_CONTEXT);
    expect((await accounts.signIn({ email, password: GOOD_PASSWORD }, NO_CONTEXT)).ok).toBe(true);
  });

  it('counts failures per client address across e-mails', async () => {
    const { accounts, clock } = accountsOn(getDb(), { rateLimits: { signInPerIp: { max: 3, windowSeconds: 900 } } });
    clock.set('2025-06-02T12:00:00.000Z');
    const { email } = await registered(accounts);
    const ip = { ip: '203.0.113.7', userAgent: null };
    for (let i = 0; i < 3; i++) await accounts.signIn({ email: freshEmail('guess'), password: 'wrong password!' }, ip);
    expect(await accounts.signIn({ email, password: GOOD_PASSWORD }, ip)).toMatchObject({ ok: false, code: 'rate_limited' });
    expect((await accounts.signIn({ email, password: GOOD_PASSWORD }, { ip: '203.0.113.8', userAgent: null })).ok).toBe(true);
  });

  it('limits registrations per client address', async () => {
    const { accounts, clock } = accountsOn(getDb(), { rateLimits: { registerPerIp: { max: 2, windowSeconds: 3600 } } });
    clock.set('2025-06-02T13:00:00.000Z');
    const ctx = { ip: '198.51.100.9', userAgent: 'test' };
    const reg = () => accounts.register({ email: freshEmail(), password: GOOD_PASSWORD, displayName: 'R' }, ctx);
    expect((await reg()).ok).toBe(true);
    expect((await reg()).ok).toBe(true);
    expect(await reg()).toEqual({ ok: false, code: 'rate_limited', retryAfterSeconds: 3600 });
    clock.set('2025-06-02T14:00:00.000Z');
    expect((await reg()).ok).toBe(true);
  });

  it('counts atomically: concurrent hits each get their own count', async () => {
    const { uow } = accountsOn(getDb());
    const key = `test:${freshEmail()}`;
    const start = '2025-06-02T00:00:00.000Z';
    const counts = await Promise.all(Array.from({ length: 8 }, () => uow.transaction((r) => r.rateLimits.hit(key, start))));
    expect([...counts].sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(await uow.read((r) => r.rateLimits.count(key, start))).toBe(8);
    // A new window drops the old ones of the key.
    expect(await uow.transaction((r) => r.rateLimits.hit(key, '2025-06-02T00:15:00.000Z'))).toBe(1);
    expect(await uow.read((r) => r.rateLimits.count(key, start))).toBe(0);
  });
});

describeOnDatabases('accounts: session expiry', (getDb) => {
  it('ends a session unused for 30 minutes (29:59 is fine); each use restarts the idle time', async () => {
    const { accounts, clock } = accountsOn(getDb());
    const { token } = await registered(accounts);
    clock.advance(29 * 60 + 59);
    expect(await accounts.authenticate(token)).not.toBeNull();
    clock.advance(29 * 60 + 59);
    expect(await accounts.authenticate(token)).not.toBeNull();
    clock.advance(30 * 60);
    expect(await accounts.authenticate(token)).toBeNull();
    // Ended for good: removed.
    clock.advance(-30 * 60);
    expect(await accounts.authenticate(token)).toBeNull();
  });

  it('records a use at most once a minute', async () => {
    const db = getDb();
    const { accounts, clock } = accountsOn(db);
    const { token, principal } = await registered(accounts);
    const lastSeen = async () =>
      (await db.selectFrom('session').select('last_seen_at').where('id', '=', principal.sessionId).executeTakeFirstOrThrow()).last_seen_at.toISOString();
    const first = await lastSeen();
    clock.advance(59);
    await accounts.authenticate(token);
    expect(await lastSeen()).toBe(first);
    clock.advance(1);
    await accounts.authenticate(token);
    expect(await lastSeen()).toBe(clock.now());
  });

  it('ends every session 12 hours after sign-in, even in use', async () => {
    const { accounts, clock } = accountsOn(getDb());
    const { token } = await registered(accounts);
    for (let i = 0; i < 12 * 3 - 1; i++) {
      clock.advance(20 * 60);
      expect(await accounts.authenticate(token)).not.toBeNull();
    }
    clock.advance(20 * 60 - 1); // 11:59:59 after sign-in
    expect(await accounts.authenticate(token)).not.toBeNull();
    clock.advance(1); // 12:00:00
    expect(await accounts.authenticate(token)).toBeNull();
  });

  it('sweeps expired sessions', async () => {
    const db = getDb();
    const { accounts, clock } = accountsOn(db);
    const { principal } = await registered(accounts);
    clock.advance(31 * 60);
    expect(await accounts.sweep()).toBeGreaterThanOrEqual(1);
    expect(await db.selectFrom('session').select('id').where('id', '=', principal.sessionId).executeTakeFirst()).toBeUndefined();
  });
});

describeOnDatabases('accounts: password change', (getDb) => {
  it('requires the current password, applies the policy, and ends every other session', async () => {
    const { accounts } = accountsOn(getDb());
    const { email, token: tokenA, principal: a } = await registered(accounts);
    const { token: tokenB } = await signedIn(accounts, email);

    expect(await accounts.changePassword(a, { currentPassword: 'not my password', newPassword: 'a brand new passphrase' })).toEqual({
      ok: false,
      code: 'validation_failed',
      errors: [{ field: 'currentPassword', expected: 'current_password_wrong' }],
    });
    expect(await accounts.changePassword(a, { currentPassword: GOOD_PASSWORD, newPassword: 'short' })).toMatchObject({
      errors: [{ field: 'newPassword', expected: 'password_too_short' }],
    });
    expect(await accounts.changePassword(a, { currentPassword: GOOD_PASSWORD, newPassword: GOOD_PASSWORD })).toMatchObject({
      errors: [{ field: 'newPassword', expected: 'password_unchanged' }],
    });
    expect(await accounts.authenticate(tokenB)).not.toBeNull();

    expect(await accounts.changePassword(a, { currentPassword: GOOD_PASSWORD, newPassword: 'a brand new passphrase' })).toEqual({
      ok: true,
      value: { sessionsEnded: 1 },
    });
    expect(await accounts.authenticate(tokenA)).not.toBeNull();
    expect(await accounts.authenticate(tokenB)).toBeNull();
    expect(await accounts.signIn({ email, password: GOOD_PASSWORD }, NO_CONTEXT)).toEqual({ ok: false, code: 'bad_credentials' });
    expect((await accounts.signIn({ email, password: 'a brand new passphrase' }, NO_CONTEXT)).ok).toBe(true);
  });
});

describeOnDatabases('accounts: second factor (TOTP)', (getDb) => {
  async function officer(accounts: ReturnType<typeof accountsOn>['accounts'], role: 'officer' | 'province' = 'officer') {
    const email = freshEmail(role);
    const made = await accounts.provisionAccount({
      email,
      password: GOOD_PASSWORD,
      displayName: 'Officer',
      role,
      ...(role === 'province' ? { province: 'NS' as const } : {}),
    });
    expect(made.ok).toBe(true);
    return email;
  }

  it('an officer must enrol, then verify a code at every sign-in; no access before', async () => {
    const { accounts, clock } = accountsOn(getDb());
    const email = await officer(accounts);
    const first = await accounts.signIn({ email, password: GOOD_PASSWORD }, NO_CONTEXT);
    expect(first.ok && first.value.session).toMatchObject({ mfaVerified: false, next: 'totp_enroll' });
    if (!first.ok) return;
    let p = (await accounts.authenticate(first.value.token))!;
    expect(p).toMatchObject({ role: 'officer', mfaVerified: false });
    expect(await accounts.me(p)).toMatchObject({ ok: true, value: { session: { mfaVerified: false, next: 'totp_enroll' } } });

    // Verify before enrolment: nothing to verify against.
    expect(await accounts.verifyTotp(p, { code: '123456' })).toEqual({ ok: false, code: 'conflict', reason: 'totp_not_enrolled' });
    const enrolled = await accounts.enrollTotp(p);
    expect(enrolled.ok).toBe(true);
    if (!enrolled.ok) return;
    expect(enrolled.value.secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(enrolled.value.uri).toMatch(/^otpauth:\/\/totp\/.*secret=[A-Z2-7]{32}.*algorithm=SHA1.*digits=6.*period=30/);
    const secret = enrolled.value.secret;
    const now = () => Date.parse(clock.now());

    const wrong = totpCode(secret, now() + 5 * 60 * 1000); // a code of another time
    expect(await accounts.confirmTotp(p, { code: wrong })).toEqual({ ok: false, code: 'validation_failed', errors: [{ field: 'code', expected: 'totp_code_wrong' }] });
    expect((await accounts.authenticate(first.value.token))!.mfaVerified).toBe(false);
    expect(await accounts.confirmTotp(p, { code: totpCode(secret, now()) })).toEqual({ ok: true, value: { sessionsEnded: 0 } });
    p = (await accounts.authenticate(first.value.token))!;
    expect(p.mfaVerified).toBe(true);
    expect(await accounts.enrollTotp(p)).toEqual({ ok: false, code: 'conflict', reason: 'totp_already_enabled' });

    // Next sign-in: a code is asked for.
    clock.advance(60);
    const second = await accounts.signIn({ email, password: GOOD_PASSWORD }, NO_CONTEXT);
    expect(second.ok && second.value.session).toMatchObject({ mfaVerified: false, next: 'totp_verify' });
    if (!second.ok) return;
    const q = (await accounts.authenticate(second.value.token))!;
    expect(q.mfaVerified).toBe(false);
    // A pending session cannot restart the enrolment to get around the code.
    expect(await accounts.enrollTotp(q)).toEqual({ ok: false, code: 'conflict', reason: 'totp_already_enabled' });
    expect(await accounts.verifyTotp(q, { code: wrong })).toMatchObject({ ok: false, code: 'validation_failed' });
    // The code of the previous 30-second step is still accepted (clock drift), not older ones.
    expect(await accounts.verifyTotp(q, { code: totpCode(secret, now() - 60_000) })).toMatchObject({ ok: false });
    expect(await accounts.verifyTotp(q, { code: totpCode(secret, now() - 30_000) })).toEqual({ ok: true, value: { mfaVerified: true } });
    expect((await accounts.authenticate(second.value.token))!.mfaVerified).toBe(true);
  });

  it('a province account is bound to its province and needs a second factor too', async () => {
    const { accounts } = accountsOn(getDb());
    const email = await officer(accounts, 'province');
    const { principal } = await signedIn(accounts, email);
    expect(principal).toMatchObject({ role: 'province', province: 'NS', mfaVerified: false });
  });

  it('is optional for a candidate; once on, sign-in asks for it; turning it on ends other sessions', async () => {
    const { accounts, clock } = accountsOn(getDb());
    const { email, principal, signedIn: s } = await registered(accounts);
    expect(s.session).toMatchObject({ mfaVerified: true, next: 'none' });
    const { token: other } = await signedIn(accounts, email);
    const enrolled = await accounts.enrollTotp(principal);
    if (!enrolled.ok) throw new Error('enrol');
    expect(await accounts.confirmTotp(principal, { code: totpCode(enrolled.value.secret, Date.parse(clock.now())) })).toEqual({
      ok: true,
      value: { sessionsEnded: 1 },
    });
    expect(await accounts.authenticate(other)).toBeNull();
    const again = await accounts.signIn({ email, password: GOOD_PASSWORD }, NO_CONTEXT);
    expect(again.ok && again.value.session).toMatchObject({ mfaVerified: false, next: 'totp_verify' });
  });

  it('refuses codes after 5 wrong ones in 15 minutes', async () => {
    const { accounts, clock } = accountsOn(getDb());
    clock.set('2025-06-03T08:00:00.000Z');
    const { principal } = await registered(accounts);
    const enrolled = await accounts.enrollTotp(principal);
    if (!enrolled.ok) throw new Error('enrol');
    const right = () => totpCode(enrolled.value.secret, Date.parse(clock.now()));
    const wrong = () => String((Number(right()) + 500_000) % 1_000_000).padStart(6, '0');
    for (let i = 0; i < 5; i++) expect(await accounts.confirmTotp(principal, { code: wrong() })).toMatchObject({ code: 'validation_failed' });
    expect(await accounts.confirmTotp(principal, { code: right() })).toMatchObject({ ok: false, code: 'rate_limited' });
    clock.set('2025-06-03T08:15:00.000Z');
    expect((await accounts.confirmTotp(principal, { code: right() })).ok).toBe(true);
  });

  it('accepts a code once: the same code, or an earlier one, is refused (totp_code_used); a later step passes', async () => {
    const { accounts, clock } = accountsOn(getDb());
    clock.set('2025-06-04T09:00:10.000Z');
    const email = freshEmail('admin');
    const secret = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
    expect((await accounts.provisionAccount({ email, password: GOOD_PASSWORD, displayName: 'Admin', role: 'admin' }, { totpSecret: secret })).ok).toBe(true);
    const at = (offsetMs = 0) => totpCode(secret, Date.parse(clock.now()) + offsetMs);
    const used = { ok: false, code: 'validation_failed', errors: [{ field: 'code', expected: 'totp_code_used' }] };
    const first = (await signedIn(accounts, email)).principal;
    const code = at();
    expect(await accounts.verifyTotp(first, { code })).toEqual({ ok: true, value: { mfaVerified: true } });
    // Seen once (over a shoulder, in a log), the code opens no second session within its window, nor does an older one.
    const second = (await signedIn(accounts, email)).principal;
    expect(await accounts.verifyTotp(second, { code })).toEqual(used);
    expect(await accounts.verifyTotp(second, { code: at(-30_000) })).toEqual(used);
    expect((await accounts.authenticate((await signedIn(accounts, email)).token))!.mfaVerified).toBe(false);
    // The next step's code (clock drift) is a new code: accepted once.
    expect(await accounts.verifyTotp(second, { code: at(30_000) })).toEqual({ ok: true, value: { mfaVerified: true } });
    const third = (await signedIn(accounts, email)).principal;
    clock.advance(30);
    expect(await accounts.verifyTotp(third, { code: at() })).toEqual(used);
    clock.advance(30);
    expect(await accounts.verifyTotp(third, { code: at() })).toEqual({ ok: true, value: { mfaVerified: true } });
  });

  it('lets exactly one of two sessions racing with the same code through', async () => {
    const { accounts, clock } = accountsOn(getDb());
    clock.set('2025-06-05T09:00:10.000Z');
    const email = freshEmail('admin');
    const secret = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
    expect((await accounts.provisionAccount({ email, password: GOOD_PASSWORD, displayName: 'Admin', role: 'admin' }, { totpSecret: secret })).ok).toBe(true);
    const a = (await signedIn(accounts, email)).principal;
    const b = (await signedIn(accounts, email)).principal;
    const code = totpCode(secret, Date.parse(clock.now()));
    const results = await Promise.all([accounts.verifyTotp(a, { code }), accounts.verifyTotp(b, { code })]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toEqual({ ok: false, code: 'validation_failed', errors: [{ field: 'code', expected: 'totp_code_used' }] });
  });

  it('provisions demo accounts with the second factor already on', async () => {
    const { accounts } = accountsOn(getDb());
    const email = freshEmail('admin');
    const secret = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
    expect((await accounts.provisionAccount({ email, password: GOOD_PASSWORD, displayName: 'Admin', role: 'admin' }, { totpSecret: secret })).ok).toBe(true);
    const r = await accounts.signIn({ email, password: GOOD_PASSWORD }, NO_CONTEXT);
    expect(r.ok && r.value.session.next).toBe('totp_verify');
  });
});

describeOnDatabases('accounts: created by an admin', (getDb) => {
  it('only an admin with a verified session creates accounts; province iff role province', async () => {
    const { accounts } = accountsOn(getDb());
    const { principal: candidate } = await registered(accounts);
    const admin = { ...candidate, role: 'admin' as const, mfaVerified: true };
    const input = { email: freshEmail('made'), password: GOOD_PASSWORD, displayName: 'Made', role: 'auditor' };
    expect(await accounts.createAccount(candidate, input)).toEqual({ ok: false, code: 'forbidden' });
    expect(await accounts.createAccount({ ...admin, mfaVerified: false }, input)).toEqual({ ok: false, code: 'forbidden' });
    const made = await accounts.createAccount(admin, input);
    expect(made).toMatchObject({ ok: true, value: { role: 'auditor', province: null } });
    expect(await accounts.createAccount(admin, input)).toEqual({ ok: false, code: 'conflict', reason: 'email_taken' });
    expect(await accounts.createAccount(admin, { ...input, email: freshEmail(), role: 'province' })).toMatchObject({
      errors: [{ field: 'province', expected: expect.stringContaining('ON') }],
    });
    expect(await accounts.createAccount(admin, { ...input, email: freshEmail(), province: 'QC' })).toMatchObject({
      errors: [{ field: 'province', expected: 'province_role_only' }],
    });
    expect(await accounts.createAccount(admin, { ...input, email: freshEmail(), role: 'province', province: 'QC' })).toMatchObject({
      ok: true,
      value: { role: 'province', province: 'QC' },
    });
  });
});

describeOnDatabases('accounts: representatives', (getDb) => {
  async function setup() {
    const { accounts, clock, uow } = accountsOn(getDb());
    clock.set('2025-06-10T15:00:00.000Z');
    const candidate = await registered(accounts);
    const repEmail = freshEmail('rep');
    expect((await accounts.provisionAccount({ email: repEmail, password: GOOD_PASSWORD, displayName: 'Me Tremblay', role: 'representative' })).ok).toBe(
      true,
    );
    const rep = await signedIn(accounts, repEmail);
    return { accounts, clock, uow, candidate, repEmail, rep };
  }

  it('authorizes with a scope (and what it includes) through the last day, then not', async () => {
    const { accounts, candidate, repEmail, rep } = await setup();
    const r = await accounts.authorizeRepresentative(candidate.principal, { email: repEmail.toUpperCase(), scope: ['write'], validUntil: '2025-06-30' });
    expect(r).toMatchObject({
      ok: true,
      value: { scope: ['read', 'write'], validUntil: '2025-07-01T00:00:00.000Z', revokedAt: null, representativeName: 'Me Tremblay' },
    });
    const can = (scope: 'read' | 'write' | 'submit', at: string) => accounts.canActFor(rep.principal.accountId, candidate.principal.accountId, scope, at);
    expect(await can('read', '2025-06-30T23:59:59.999Z')).toBe(true);
    expect(await can('write', '2025-06-30T23:59:59.999Z')).toBe(true);
    expect(await can('submit', '2025-06-20T00:00:00.000Z')).toBe(false);
    expect(await can('read', '2025-07-01T00:00:00.000Z')).toBe(false);
    // Not for another candidate.
    const other = await registered(accounts);
    expect(await accounts.canActFor(rep.principal.accountId, other.principal.accountId, 'read', '2025-06-20T00:00:00.000Z')).toBe(false);
  });

  it('lists given and received authorizations; revocation ends it at once; only the candidate revokes their own', async () => {
    const { accounts, clock, candidate, repEmail, rep } = await setup();
    const r = await accounts.authorizeRepresentative(candidate.principal, { email: repEmail, scope: ['submit'], validUntil: '2026-06-10' });
    if (!r.ok) throw new Error('authorize');
    expect(r.value.scope).toEqual(['read', 'write', 'submit']);
    const given = await accounts.listAuthorizations(candidate.principal);
    expect(given.ok && given.value.map((a) => a.id)).toEqual([r.value.id]);
    const received = await accounts.listAuthorizations(rep.principal);
    expect(received.ok && received.value.map((a) => a.candidateEmail)).toEqual([candidate.email]);

    const stranger = await registered(accounts);
    expect(await accounts.revokeAuthorization(stranger.principal, r.value.id)).toEqual({ ok: false, code: 'not_found' });
    expect(await accounts.revokeAuthorization(rep.principal, r.value.id)).toEqual({ ok: false, code: 'forbidden' });
    clock.advance(60);
    expect(await accounts.revokeAuthorization(candidate.principal, r.value.id)).toEqual({ ok: true, value: { id: r.value.id, revokedAt: clock.now() } });
    expect(await accounts.canActFor(rep.principal.accountId, candidate.principal.accountId, 'read', clock.now())).toBe(false);
    expect(await accounts.revokeAuthorization(candidate.principal, r.value.id)).toEqual({ ok: false, code: 'not_found' });
  });

  it('a new authorization replaces the one in force', async () => {
    const { accounts, clock, candidate, repEmail, rep } = await setup();
    await accounts.authorizeRepresentative(candidate.principal, { email: repEmail, scope: ['submit'], validUntil: '2026-01-01' });
    clock.advance(1);
    await accounts.authorizeRepresentative(candidate.principal, { email: repEmail, scope: ['read'], validUntil: '2026-01-01' });
    expect(await accounts.canActFor(rep.principal.accountId, candidate.principal.accountId, 'write', clock.now())).toBe(false);
    expect(await accounts.canActFor(rep.principal.accountId, candidate.principal.accountId, 'read', clock.now())).toBe(true);
    const list = await accounts.listAuthorizations(candidate.principal);
    expect(list.ok && list.value.map((a) => a.revokedAt === null)).toEqual([true, false]);
  });

  it('refuses a non-representative, a past end date, an empty scope, and non-candidates', async () => {
    const { accounts, candidate, rep } = await setup();
    const someone = await registered(accounts);
    expect(await accounts.authorizeRepresentative(candidate.principal, { email: someone.email, scope: ['read'], validUntil: '2025-12-31' })).toEqual({
      ok: false,
      code: 'validation_failed',
      errors: [{ field: 'email', expected: 'representative_account' }],
    });
    expect(await accounts.authorizeRepresentative(candidate.principal, { email: freshEmail(), scope: ['read'], validUntil: '2025-06-09' })).toMatchObject({
      errors: [{ field: 'validUntil', expected: 'date_today_or_later' }],
    });
    expect(await accounts.authorizeRepresentative(candidate.principal, { email: freshEmail(), scope: [], validUntil: '2025-12-31' })).toMatchObject({
      errors: [{ field: 'scope', expected: '>= 1' }],
    });
    expect(await accounts.authorizeRepresentative(rep.principal, { email: someone.email, scope: ['read'], validUntil: '2025-12-31' })).toEqual({
      ok: false,
      code: 'forbidden',
    });
  });

  it('audits grants and revocations with the candidate as actor', async () => {
    const db = getDb();
    const { accounts, candidate, repEmail } = await setup();
    const r = await accounts.authorizeRepresentative(candidate.principal, { email: repEmail, scope: ['read'], validUntil: '2025-12-31' });
    if (!r.ok) throw new Error('authorize');
    await accounts.revokeAuthorization(candidate.principal, r.value.id);
    const events = await db.selectFrom('audit_event').selectAll().where('entity_id', '=', r.value.id).orderBy('seq').execute();
    expect(events.map((e) => [e.action, e.actor_id, e.actor_role, e.before_digest === null])).toEqual([
      ['representative.authorized', candidate.principal.accountId, 'candidate', true],
      ['representative.revoked', candidate.principal.accountId, 'candidate', false],
    ]);
  });
});

describe('accounts fixture sanity', () => {
  it('uses cheap argon2 parameters in tests only', async () => {
    const { OWASP_ARGON2ID } = await import('../src/app/passwords.ts');
    expect(OWASP_ARGON2ID).toEqual({ memoryCost: 19456, timeCost: 2, parallelism: 1 });
  });
});
