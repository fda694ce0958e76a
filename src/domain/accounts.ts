// Accounts, roles, passwords, sessions and representatives (issue #3): the pure rules. Codes, never sentences.
// Instants are ISO 8601 strings in UTC; arithmetic on them goes through Date.parse (no clock here: `now` is an argument).
import type { Instant } from './vocabulary.ts';

export const ROLES = ['candidate', 'representative', 'officer', 'round_approver', 'province', 'employer', 'auditor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** Roles that must verify a second factor (TOTP) before using a session. */
export const TOTP_REQUIRED_ROLES: readonly Role[] = ['officer', 'round_approver', 'province', 'admin'];

export function totpRequired(role: Role): boolean {
  return TOTP_REQUIRED_ROLES.includes(role);
}

/** Roles anyone may open by themselves (registration); every other account is created by an admin. */
export const SELF_SERVICE_ROLES = ['candidate', 'employer'] as const satisfies readonly Role[];
export type SelfServiceRole = (typeof SELF_SERVICE_ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

// ── Passwords ───────────────────────────────────────────────────────────────────────────────────────────────────
// NIST SP 800-63B §3.1.1.2 / OWASP ASVS 2.1: length over composition rules, a block list of common passwords,
// no password equal to the account's identifier. Length counts Unicode code points (no truncation below 256).

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;

export const PASSWORD_PROBLEMS = ['password_too_short', 'password_too_long', 'password_is_email', 'password_too_common'] as const;
export type PasswordProblem = (typeof PASSWORD_PROBLEMS)[number];

/** A tiny block list: the most common passwords of 12 characters or more (breach corpora top lists), lower case. */
const COMMON_PASSWORDS = new Set([
  '123456789012',
  '1234567890123',
  '12345678901234',
  '123456789abc',
  '1q2w3e4r5t6y',
  '1qaz2wsx3edc',
  'aaaaaaaaaaaa',
  'abc123456789',
  'abcdefghijkl',
  'iloveyou1234',
  'letmein12345',
  'motdepasse123',
  'motdepasse1234',
  'password1234',
  'password12345',
  'password123456',
  'passwordpassword',
  'qwerty123456',
  'qwertyuiop12',
  'qwertyuiopasdf',
  'welcome12345',
  'administrator',
  'changeme1234',
  'azertyuiop12',
  'azerty123456',
  'bienvenue123',
  'canada123456',
  'expressentry',
  'entreeexpress',
]);

/** What is wrong with a new password (empty when acceptable). The email is the account's own address. */
export function passwordProblems(password: string, email: string): PasswordProblem[] {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) return ['password_too_short'];
  if (length > PASSWORD_MAX_LENGTH) return ['password_too_long'];
  const lower = password.toLowerCase();
  const address = email.trim().toLowerCase();
  const problems: PasswordProblem[] = [];
  if (lower === address || (address.includes('@') && lower === address.slice(0, address.indexOf('@')))) problems.push('password_is_email');
  if (COMMON_PASSWORDS.has(lower) || /^(.)\1+$/.test(lower)) problems.push('password_too_common');
  return problems;
}

// ── Sessions ────────────────────────────────────────────────────────────────────────────────────────────────────
// OWASP Session Management Cheat Sheet: idle timeout 15–30 min for sensitive applications, absolute timeout of hours.

export const SESSION_POLICY = {
  /** A session unused this long ends. */
  idleSeconds: 30 * 60,
  /** A session ends this long after sign-in, used or not. */
  absoluteSeconds: 12 * 60 * 60,
  /** last_seen_at is written at most this often (saves a write per request). */
  touchEverySeconds: 60,
} as const;
export type SessionPolicy = { idleSeconds: number; absoluteSeconds: number; touchEverySeconds: number };

export type SessionState = 'active' | 'idle_expired' | 'absolute_expired';

const ms = (instant: Instant): number => Date.parse(instant);

export function addSeconds(instant: Instant, seconds: number): Instant {
  return new Date(ms(instant) + seconds * 1000).toISOString();
}

export function secondsBetween(from: Instant, to: Instant): number {
  return (ms(to) - ms(from)) / 1000;
}

/** Whether a session may still be used at `now`. */
export function sessionState(
  session: { lastSeenAt: Instant; absoluteExpiresAt: Instant },
  now: Instant,
  policy: SessionPolicy = SESSION_POLICY,
): SessionState {
  if (ms(now) >= ms(session.absoluteExpiresAt)) return 'absolute_expired';
  if (secondsBetween(session.lastSeenAt, now) >= policy.idleSeconds) return 'idle_expired';
  return 'active';
}

/** Whether to record `now` as the session's last use (at most once per `touchEverySeconds`). */
export function sessionNeedsTouch(session: { lastSeenAt: Instant }, now: Instant, policy: SessionPolicy = SESSION_POLICY): boolean {
  return secondsBetween(session.lastSeenAt, now) >= policy.touchEverySeconds;
}

// ── Rate limits (fixed windows) ─────────────────────────────────────────────────────────────────────────────────

export interface RateLimit {
  /** Counted events allowed per window. */
  max: number;
  windowSeconds: number;
}

export const RATE_LIMITS = {
  /** Failed sign-ins per e-mail address (OWASP Authentication Cheat Sheet: lock out briefly after a few failures). */
  signInPerEmail: { max: 5, windowSeconds: 15 * 60 },
  /** Failed sign-ins per client address (higher: many people may share one address). */
  signInPerIp: { max: 50, windowSeconds: 15 * 60 },
  /** Registrations attempted per client address. */
  registerPerIp: { max: 10, windowSeconds: 60 * 60 },
  /** Wrong TOTP codes per account (6 digits: a guesser must not get many tries). */
  totpPerAccount: { max: 5, windowSeconds: 15 * 60 },
} as const satisfies Record<string, RateLimit>;

/** The fixed window containing `now`: its start and the seconds left until the next one. */
export function rateWindow(now: Instant, windowSeconds: number): { start: Instant; retryAfterSeconds: number } {
  const size = windowSeconds * 1000;
  const start = Math.floor(ms(now) / size) * size;
  return { start: new Date(start).toISOString(), retryAfterSeconds: Math.max(1, Math.ceil((start + size - ms(now)) / 1000)) };
}

// ── Representatives ─────────────────────────────────────────────────────────────────────────────────────────────

/** What a candidate lets a representative do; each scope includes the ones before it (submit ⊃ write ⊃ read). */
export const AUTHORIZATION_SCOPES = ['read', 'write', 'submit'] as const;
export type AuthorizationScope = (typeof AUTHORIZATION_SCOPES)[number];

/** The scopes granted, with the ones they include (a representative who may write may read). */
export function scopeClosure(scopes: readonly AuthorizationScope[]): AuthorizationScope[] {
  const top = Math.max(-1, ...scopes.map((s) => AUTHORIZATION_SCOPES.indexOf(s)));
  return AUTHORIZATION_SCOPES.slice(0, top + 1);
}

/** Whether an authorization lets its representative act with `scope` at `at` (not revoked, not past its end). */
export function authorizationCovers(
  authorization: { scope: readonly AuthorizationScope[]; validUntil: Instant; revokedAt: Instant | null },
  scope: AuthorizationScope,
  at: Instant,
): boolean {
  if (authorization.revokedAt !== null && ms(authorization.revokedAt) <= ms(at)) return false;
  if (ms(at) >= ms(authorization.validUntil)) return false;
  return scopeClosure(authorization.scope).includes(scope);
}
