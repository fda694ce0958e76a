// The pure rules of accounts: roles, password policy, session expiry, rate windows, representative scopes; TOTP codes.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  authorizationCovers,
  passwordProblems,
  rateWindow,
  ROLES,
  scopeClosure,
  sessionNeedsTouch,
  sessionState,
  totpRequired,
} from '../src/domain/accounts.ts';
import { newTotpSecret, totpCode, totpCodeValid, totpUri } from '../src/app/totp.ts';
import { argon2Hasher } from '../src/app/passwords.ts';

describe('roles', () => {
  it('requires a second factor for officer, round_approver, province and admin only', () => {
    expect(ROLES.filter(totpRequired)).toEqual(['officer', 'round_approver', 'province', 'admin']);
  });
});

describe('password policy', () => {
  const email = 'marie.tremblay@example.ca';
  it('needs 12 to 256 characters, counted as characters (not bytes)', () => {
    expect(passwordProblems('a'.repeat(5) + 'bcdefg', email)).toEqual(['password_too_short']); // 11
    expect(passwordProblems('abcdefgh1jk2', email)).toEqual([]); // 12
    expect(passwordProblems('éèêëàâäôöûüç'.slice(0, 11), email)).toEqual(['password_too_short']);
    expect(passwordProblems('🙂'.repeat(12), email)).toEqual([]); // 12 characters, 48 bytes
    expect(passwordProblems('xy'.repeat(128), email)).toEqual([]); // 256
    expect(passwordProblems('xy'.repeat(128) + 'z', email)).toEqual(['password_too_long']); // 257
  });

  it('refuses the e-mail address (or its local part) in any case, common passwords and one repeated character', () => {
    expect(passwordProblems('Marie.Tremblay@Example.CA', email)).toEqual(['password_is_email']);
    expect(passwordProblems('MARIE.TREMBLAY', 'marie.tremblay@example.ca')).toEqual(['password_is_email']);
    expect(passwordProblems('Qwerty123456', email)).toEqual(['password_too_common']);
    expect(passwordProblems('zzzzzzzzzzzzzz', email)).toEqual(['password_too_common']);
    expect(passwordProblems('correct horse battery staple', email)).toEqual([]);
  });
});

describe('session expiry (30 min idle, 12 h absolute)', () => {
  const s = { lastSeenAt: '2025-06-01T10:00:00.000Z', absoluteExpiresAt: '2025-06-01T20:00:00.000Z' };
  it('is idle-expired from 30 minutes after the last use', () => {
    expect(sessionState(s, '2025-06-01T10:29:59.999Z')).toBe('active');
    expect(sessionState(s, '2025-06-01T10:30:00.000Z')).toBe('idle_expired');
  });
  it('is absolutely expired from its absolute end, even when just used', () => {
    const used = { ...s, lastSeenAt: '2025-06-01T19:59:00.000Z' };
    expect(sessionState(used, '2025-06-01T19:59:59.999Z')).toBe('active');
    expect(sessionState(used, '2025-06-01T20:00:00.000Z')).toBe('absolute_expired');
  });
  it('notes a use once a minute at most', () => {
    expect(sessionNeedsTouch(s, '2025-06-01T10:00:59.999Z')).toBe(false);
    expect(sessionNeedsTouch(s, '2025-06-01T10:01:00.000Z')).toBe(true);
  });
});

describe('fixed rate windows', () => {
  it('starts windows on multiples of their size and says how long is left', () => {
    expect(rateWindow('2025-06-01T10:14:59.000Z', 900)).toEqual({ start: '2025-06-01T10:00:00.000Z', retryAfterSeconds: 1 });
    expect(rateWindow('2025-06-01T10:15:00.000Z', 900)).toEqual({ start: '2025-06-01T10:15:00.000Z', retryAfterSeconds: 900 });
  });
  it('always contains the instant, and never asks to wait longer than the window', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1_400_000_000_000, max: 2_000_000_000_000 }), fc.constantFrom(60, 900, 3600), (ms, size) => {
        const w = rateWindow(new Date(ms).toISOString(), size);
        const start = Date.parse(w.start);
        expect(start).toBeLessThanOrEqual(ms);
        expect(ms).toBeLessThan(start + size * 1000);
        expect(w.retryAfterSeconds).toBeGreaterThanOrEqual(1);
        expect(w.retryAfterSeconds).toBeLessThanOrEqual(size);
      }),
    );
  });
});

describe('representative scopes', () => {
  it('each scope includes the ones before it (submit ⊃ write ⊃ read)', () => {
    expect(scopeClosure(['read'])).toEqual(['read']);
    expect(scopeClosure(['write'])).toEqual(['read', 'write']);
    expect(scopeClosure(['submit', 'read'])).toEqual(['read', 'write', 'submit']);
    expect(scopeClosure([])).toEqual([]);
  });
  it('covers until its end (exclusive) and stops at its revocation', () => {
    const a = { scope: ['write'] as const, validUntil: '2025-07-01T00:00:00.000Z', revokedAt: null };
    expect(authorizationCovers({ ...a, scope: [...a.scope] }, 'read', '2025-06-30T23:59:59.999Z')).toBe(true);
    expect(authorizationCovers({ ...a, scope: [...a.scope] }, 'read', '2025-07-01T00:00:00.000Z')).toBe(false);
    expect(authorizationCovers({ ...a, scope: [...a.scope] }, 'submit', '2025-06-15T00:00:00.000Z')).toBe(false);
    const revoked = { ...a, scope: [...a.scope], revokedAt: '2025-06-10T12:00:00.000Z' };
    expect(authorizationCovers(revoked, 'read', '2025-06-10T11:59:59.999Z')).toBe(true);
    expect(authorizationCovers(revoked, 'read', '2025-06-10T12:00:00.000Z')).toBe(false);
  });
});

describe('TOTP (RFC 6238: SHA-1, 6 digits, 30 s, window 1)', () => {
  // RFC 6238 Appendix B test secret "12345678901234567890"; 8-digit vector 94287082 at T = 59 s → 6 digits 287082.
  const rfcSecret = newTotpSecret(new TextEncoder().encode('12345678901234567890'));
  it('matches the RFC 6238 test vector', () => {
    expect(rfcSecret).toBe('GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ');
    expect(totpCode(rfcSecret, 59_000)).toBe('287082');
    expect(totpCode(rfcSecret, 1_111_111_109_000)).toBe('081804');
  });
  it('accepts the code of the step before and after, not two steps away, and only 6 digits', () => {
    const at = 1_750_000_000_000;
    expect(totpCodeValid(rfcSecret, totpCode(rfcSecret, at), at)).toBe(true);
    expect(totpCodeValid(rfcSecret, totpCode(rfcSecret, at - 30_000), at)).toBe(true);
    expect(totpCodeValid(rfcSecret, totpCode(rfcSecret, at + 30_000), at)).toBe(true);
    expect(totpCodeValid(rfcSecret, totpCode(rfcSecret, at - 60_000), at)).toBe(false);
    expect(totpCodeValid(rfcSecret, `${totpCode(rfcSecret, at)}0`, at)).toBe(false);
    expect(totpCodeValid(rfcSecret, 'abcdef', at)).toBe(false);
  });
  it('gives an otpauth URI with the issuer and the account', () => {
    const uri = totpUri(rfcSecret, 'ana@example.org');
    expect(uri).toMatch(/^otpauth:\/\/totp\/Entr%C3%A9e%20express:ana%40example\.org\?/);
    expect(uri).toContain('issuer=Entr%C3%A9e%20express');
  });
});

describe('argon2id hasher', () => {
  it('hashes with argon2id, verifies, refuses a wrong password and a malformed hash', async () => {
    const h = argon2Hasher({ memoryCost: 64, timeCost: 1 });
    const hash = await h.hash('correct horse battery staple');
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=64,t=1,p=1\$/);
    expect(await h.verify(hash, 'correct horse battery staple')).toBe(true);
    expect(await h.verify(hash, 'correct horse battery stapl')).toBe(false);
    expect(await h.verify('not a hash', 'x')).toBe(false);
  });
  it('defaults to OWASP parameters (m=19456 KiB, t=2, p=1)', async () => {
    expect(await argon2Hasher().hash('correct horse battery staple')).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });
});
