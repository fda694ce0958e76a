// Use cases of accounts, sessions, second factor and representatives (issue #3).
//
// Sessions: the token (32 random bytes, base64url) is given once to the client (cookie ee_session) and stored only as its
// sha256; a session ends after 30 minutes unused or 12 hours after sign-in, at sign-out, and for every other session of
// the account when its password changes or a second factor is turned on. Each session has its own CSRF token.
// Second factor (TOTP): required for officer, round_approver, province and admin, optional for everyone else. A session
// of an account that needs a code starts with mfaVerified = false: the HTTP access guard then only opens the routes
// marked `mfa: 'not_required'` (TOTP enrolment/confirmation/verification, /me, sign-out) until a code is verified.
// Rate limits (fixed windows, counted in the database so they hold across processes): failed sign-ins per e-mail and per
// client address, registrations per client address, wrong TOTP codes per account. A TOTP code is accepted once (the
// account keeps the step of the last code accepted; an older or equal step is refused as `totp_code_used`).
// Every state change is audited (actor, role, on-behalf-of, action, entity; digests never include a secret).
import { z } from 'zod';
import {
  AUTHORIZATION_SCOPES,
  PASSWORD_MAX_LENGTH,
  RATE_LIMITS,
  ROLES,
  SELF_SERVICE_ROLES,
  SESSION_POLICY,
  addSeconds,
  authorizationCovers,
  passwordProblems,
  rateWindow,
  scopeClosure,
  sessionNeedsTouch,
  sessionState,
  totpRequired,
  type AuthorizationScope,
  type RateLimit,
  type Role,
  type SessionPolicy,
} from '../domain/accounts.ts';
import { addDays, isIsoDate } from '../domain/dates.ts';
import { PROVINCES, type Instant, type Province } from '../domain/vocabulary.ts';
import { appendAudit, sha256Hex } from './audit.ts';
import type { Clock } from './ports.ts';
import { SYSTEM_ACTOR } from './ports/audit.ts';
import type { Repositories, UnitOfWork } from './ports/unit-of-work.ts';
import type {
  AccountRecord,
  AuthorizationView,
  Ids,
  Locale,
  PasswordHasher,
  Principal,
  SessionRecord,
} from './ports/accounts.ts';
import { base64url } from './passwords.ts';
import { fieldErrors, type FieldError } from './schemas.ts';
import { newTotpSecret, totpCodeStep, totpUri } from './totp.ts';

// ── Dependencies ────────────────────────────────────────────────────────────────────────────────────────────────

export interface AccountsDeps {
  uow: UnitOfWork;
  clock: Clock;
  ids: Ids;
  hasher: PasswordHasher;
  /** Default SESSION_POLICY (30 min idle, 12 h absolute). */
  sessionPolicy?: SessionPolicy;
  /** Default RATE_LIMITS. */
  rateLimits?: Partial<Record<keyof typeof RATE_LIMITS, RateLimit>>;
}

/** Where a request comes from (for rate limits and the session's record). Both may be unknown. */
export interface RequestContext {
  ip: string | null;
  userAgent: string | null;
}

// ── Results ─────────────────────────────────────────────────────────────────────────────────────────────────────

export type ConflictReason = 'email_taken' | 'totp_already_enabled' | 'totp_not_enrolled';

export type AccountFailure =
  | { ok: false; code: 'validation_failed'; errors: FieldError[] }
  | { ok: false; code: 'conflict'; reason: ConflictReason }
  | { ok: false; code: 'bad_credentials' }
  | { ok: false; code: 'rate_limited'; retryAfterSeconds: number }
  | { ok: false; code: 'forbidden' }
  | { ok: false; code: 'not_found' };

export type AccountResult<T> = { ok: true; value: T } | AccountFailure;

/** What the account's owner (and an admin) may see of an account: never the hash nor the TOTP secret. */
export interface AccountView {
  id: string;
  email: string;
  role: Role;
  province: Province | null;
  displayName: string;
  locale: Locale;
  totpEnabled: boolean;
  createdAt: Instant;
}

/** What the session still needs before it opens every route of its role. */
export type NextStep = 'none' | 'totp_verify' | 'totp_enroll';

export interface SessionView {
  csrfToken: string;
  mfaVerified: boolean;
  next: NextStep;
  /** The absolute end of the session (it ends earlier when unused for 30 minutes). */
  expiresAt: Instant;
}

export interface SignedIn {
  /** The session token: goes in the ee_session cookie, never in a response body. */
  token: string;
  /** Seconds the cookie should live (up to the absolute expiry). */
  maxAgeSeconds: number;
  account: AccountView;
  session: SessionView;
}

export interface TotpEnrollment {
  /** Base32 secret, for typing into an authenticator app. */
  secret: string;
  /** otpauth:// URI, for a QR code. */
  uri: string;
}

// ── Inputs ──────────────────────────────────────────────────────────────────────────────────────────────────────

const email = z.string().trim().min(3).max(254).pipe(z.email());
/** Shape only; the policy (length, common, equal to the e-mail) is checked by passwordProblems with its own codes. */
const newPassword = z.string().max(PASSWORD_MAX_LENGTH * 4);
const displayName = z.string().trim().min(1).max(100);
const locale = z.enum(['fr', 'en']);
const totpCodeInput = z.strictObject({ code: z.string().trim().max(12) });

export const registerInput = z.strictObject({
  email,
  password: newPassword,
  displayName,
  locale: locale.default('fr'),
  role: z.enum(SELF_SERVICE_ROLES).default('candidate'),
});

export const createAccountInput = z.strictObject({
  email,
  password: newPassword,
  displayName,
  locale: locale.default('fr'),
  role: z.enum(ROLES),
  province: z.enum(PROVINCES).nullable().optional(),
});
export type CreateAccountInput = z.input<typeof createAccountInput>;

export const signInInput = z.strictObject({ email: z.string().trim().min(1).max(254), password: z.string().min(1).max(1024) });

export const changePasswordInput = z.strictObject({ currentPassword: z.string().min(1).max(1024), newPassword });

export const authorizeInput = z.strictObject({
  email,
  scope: z.array(z.enum(AUTHORIZATION_SCOPES)).min(1).max(AUTHORIZATION_SCOPES.length),
  /** Last day of the authorization (inclusive, UTC). */
  validUntil: z.string().refine(isIsoDate, { message: 'date' }),
});

function parse<S extends z.ZodType>(schema: S, input: unknown): { ok: true; value: z.output<S> } | AccountFailure {
  const r = schema.safeParse(input);
  return r.success ? { ok: true, value: r.data } : { ok: false, code: 'validation_failed', errors: fieldErrors(r.error, input) };
}

const invalid = (errors: FieldError[]): AccountFailure => ({ ok: false, code: 'validation_failed', errors });
const ok = <T>(value: T): { ok: true; value: T } => ({ ok: true, value });

function passwordErrors(field: string, password: string, address: string): FieldError[] {
  return passwordProblems(password, address).map((code) => ({ field, expected: code }));
}

export function accountView(a: AccountRecord): AccountView {
  return {
    id: a.id,
    email: a.email,
    role: a.role,
    province: a.province,
    displayName: a.displayName,
    locale: a.locale,
    totpEnabled: a.totpEnabled,
    createdAt: a.createdAt,
  };
}

/** What the audit digests see of an account: no e-mail, no hash, no secret. */
function auditedAccount(a: AccountRecord): Record<string, unknown> {
  return { id: a.id, role: a.role, province: a.province, locale: a.locale, totpEnabled: a.totpEnabled, passwordChangedAt: a.passwordChangedAt };
}

function nextStep(role: Role, totpEnabled: boolean, mfaVerified: boolean): NextStep {
  if (mfaVerified) return 'none';
  if (totpEnabled) return 'totp_verify';
  return totpRequired(role) ? 'totp_enroll' : 'none';
}

const TOKEN_FORMAT = /^[A-Za-z0-9_-]{43}$/;

// ── Use cases ───────────────────────────────────────────────────────────────────────────────────────────────────

export function accountUseCases(deps: AccountsDeps) {
  const { uow, clock, ids, hasher } = deps;
  const policy = deps.sessionPolicy ?? SESSION_POLICY;
  const limits = { ...RATE_LIMITS, ...deps.rateLimits };
  const now = (): Instant => new Date(clock.now()).toISOString();

  // A hash to verify against when the e-mail is unknown, so that answering takes about as long as for a known one.
  let dummyHash: Promise<string> | null = null;
  const dummy = () => (dummyHash ??= hasher.hash(base64url(ids.randomBytes(16))));

  const limitKey = (kind: string, value: string) => `${kind}:${sha256Hex(value)}`;

  /** Seconds to wait when one of the windows is already full, else null (does not count). */
  async function overLimit(r: Repositories, checks: { key: string; limit: RateLimit }[], at: Instant): Promise<number | null> {
    for (const { key, limit } of checks) {
      const w = rateWindow(at, limit.windowSeconds);
      if ((await r.rateLimits.count(key, w.start)) >= limit.max) return w.retryAfterSeconds;
    }
    return null;
  }

  async function count(r: Repositories, checks: { key: string; limit: RateLimit }[], at: Instant): Promise<void> {
    for (const { key, limit } of checks) await r.rateLimits.hit(key, rateWindow(at, limit.windowSeconds).start);
  }

  async function audit(
    r: Repositories,
    at: Instant,
    actor: { accountId: string; role: Role } | null,
    action: string,
    entity: { type: string; id: string },
    before: unknown,
    after: unknown,
  ): Promise<void> {
    await appendAudit(r, {
      at,
      actor: actor ? { actorId: actor.accountId, role: actor.role, onBehalfOf: null } : SYSTEM_ACTOR,
      action,
      entityType: entity.type,
      entityId: entity.id,
      before,
      after,
    });
  }

  async function openSession(r: Repositories, account: AccountRecord, at: Instant, ctx: RequestContext): Promise<SignedIn> {
    const token = base64url(ids.randomBytes(32));
    const mfaVerified = !(totpRequired(account.role) || account.totpEnabled);
    const session: SessionRecord = {
      id: sha256Hex(token),
      accountId: account.id,
      createdAt: at,
      lastSeenAt: at,
      absoluteExpiresAt: addSeconds(at, policy.absoluteSeconds),
      csrfToken: base64url(ids.randomBytes(32)),
      mfaVerified,
      userAgent: ctx.userAgent?.slice(0, 300) ?? null,
    };
    await r.sessions.create(session);
    await audit(r, at, { accountId: account.id, role: account.role }, 'account.signed_in', { type: 'account', id: account.id }, null, {
      mfaVerified,
    });
    return {
      token,
      maxAgeSeconds: policy.absoluteSeconds,
      account: accountView(account),
      session: {
        csrfToken: session.csrfToken,
        mfaVerified,
        next: nextStep(account.role, account.totpEnabled, mfaVerified),
        expiresAt: session.absoluteExpiresAt,
      },
    };
  }

  /** Checks the policy, hashes and inserts a new account (conflict when the e-mail is taken). */
  async function newAccount(
    r: Repositories,
    fields: { email: string; password: string; displayName: string; locale: Locale; role: Role; province: Province | null },
    hash: string,
    at: Instant,
    totpSecret: string | null,
  ): Promise<AccountRecord | null> {
    const account: AccountRecord = {
      id: ids.uuid(),
      email: fields.email,
      passwordHash: hash,
      role: fields.role,
      province: fields.province,
      displayName: fields.displayName,
      locale: fields.locale,
      totpSecret,
      totpEnabled: totpSecret !== null,
      createdAt: at,
      passwordChangedAt: at,
    };
    return (await r.accounts.insert(account)) ? account : null;
  }

  async function provision(
    actor: Principal | null,
    input: unknown,
    options: { totpSecret?: string | null } = {},
  ): Promise<AccountResult<AccountView>> {
    const parsed = parse(createAccountInput, input);
    if (!parsed.ok) return parsed;
    const v = parsed.value;
    const province = v.province ?? null;
    const errors = passwordErrors('password', v.password, v.email);
    if (v.role === 'province' && province === null) errors.push({ field: 'province', expected: PROVINCES.join('|') });
    if (v.role !== 'province' && province !== null) errors.push({ field: 'province', expected: 'province_role_only' });
    if (errors.length > 0) return invalid(errors);
    const hash = await hasher.hash(v.password);
    const at = now();
    return uow.transaction(async (r) => {
      const account = await newAccount(r, { ...v, province }, hash, at, options.totpSecret ?? null);
      if (!account) return { ok: false, code: 'conflict', reason: 'email_taken' } as const;
      await audit(r, at, actor, 'account.created', { type: 'account', id: account.id }, null, auditedAccount(account));
      return ok(accountView(account));
    });
  }

  return {
    /** Self-service registration (candidate or employer); signs the new account in. Rate limited per client address. */
    async register(input: unknown, ctx: RequestContext): Promise<AccountResult<SignedIn>> {
      const at = now();
      if (ctx.ip !== null) {
        const ip = ctx.ip;
        const limited = await uow.transaction(async (r) => {
          const w = rateWindow(at, limits.registerPerIp.windowSeconds);
          const n = await r.rateLimits.hit(limitKey('register:ip', ip), w.start);
          return n > limits.registerPerIp.max ? w.retryAfterSeconds : null;
        });
        if (limited !== null) return { ok: false, code: 'rate_limited', retryAfterSeconds: limited };
      }
      const parsed = parse(registerInput, input);
      if (!parsed.ok) return parsed;
      const v = parsed.value;
      const errors = passwordErrors('password', v.password, v.email);
      if (errors.length > 0) return invalid(errors);
      const hash = await hasher.hash(v.password);
      return uow.transaction(async (r) => {
        const account = await newAccount(r, { ...v, province: null }, hash, at, null);
        if (!account) return { ok: false, code: 'conflict', reason: 'email_taken' } as const;
        const actor = { accountId: account.id, role: account.role };
        await audit(r, at, actor, 'account.registered', { type: 'account', id: account.id }, null, auditedAccount(account));
        return ok(await openSession(r, account, at, ctx));
      });
    },

    /** An account of any role, created by an admin (the HTTP route admits admins only). */
    async createAccount(actor: Principal, input: unknown): Promise<AccountResult<AccountView>> {
      if (actor.role !== 'admin' || !actor.mfaVerified) return { ok: false, code: 'forbidden' };
      return provision(actor, input);
    },

    /**
     * Creates an account without an actor (seeding demo accounts, operator commands); `totpSecret` turns the second
     * factor on from the start (demo accounts of the roles that require it).
     */
    provisionAccount(input: CreateAccountInput, options: { totpSecret?: string | null } = {}): Promise<AccountResult<AccountView>> {
      return provision(null, input, options);
    },

    /**
     * E-mail and password → a session. Unknown e-mail and wrong password answer alike (same shape, similar time).
     * Refused with rate_limited while the e-mail or the client address has too many recent failures.
     */
    async signIn(input: unknown, ctx: RequestContext): Promise<AccountResult<SignedIn>> {
      const parsed = parse(signInInput, input);
      if (!parsed.ok) return parsed;
      const { email: address, password } = parsed.value;
      const at = now();
      const checks = [{ key: limitKey('signin:email', address.toLowerCase()), limit: limits.signInPerEmail }];
      if (ctx.ip !== null) checks.push({ key: limitKey('signin:ip', ctx.ip), limit: limits.signInPerIp });
      const first = await uow.read(async (r) => ({ wait: await overLimit(r, checks, at), account: await r.accounts.byEmail(address) }));
      if (first.wait !== null) return { ok: false, code: 'rate_limited', retryAfterSeconds: first.wait };
      const account = first.account;
      const good = account ? await hasher.verify(account.passwordHash, password) : (await hasher.verify(await dummy(), password), false);
      if (!account || !good) {
        await uow.transaction((r) => count(r, checks, at));
        return { ok: false, code: 'bad_credentials' };
      }
      return uow.transaction(async (r) => ok(await openSession(r, account, at, ctx)));
    },

    /** Ends the caller's session. */
    async signOut(principal: Principal): Promise<void> {
      const at = now();
      await uow.transaction(async (r) => {
        await r.sessions.delete(principal.sessionId);
        await audit(r, at, principal, 'account.signed_out', { type: 'account', id: principal.accountId }, null, null);
      });
    },

    /** The session's principal, or null when the token is unknown or the session expired (then it is removed). */
    async authenticate(token: string): Promise<Principal | null> {
      if (!TOKEN_FORMAT.test(token)) return null;
      const at = now();
      // sha256 of the token (stored digest): a token from a stolen database copy cannot be replayed.
      const id = sha256Hex(token);
      // One read per request; a write only to end the session or to note its use (at most once a minute).
      const s = await uow.read((r) => r.sessions.find(id));
      if (!s) return null;
      if (sessionState(s, at, policy) !== 'active') {
        await uow.read((r) => r.sessions.delete(id));
        return null;
      }
      if (sessionNeedsTouch(s, at, policy)) await uow.read((r) => r.sessions.touch(id, at));
      return { accountId: s.accountId, role: s.role, province: s.province, sessionId: s.id, csrfToken: s.csrfToken, mfaVerified: s.mfaVerified };
    },

    /** The caller's account and session (the web reads its CSRF token and next step here). */
    async me(principal: Principal): Promise<AccountResult<{ account: AccountView; session: Omit<SessionView, 'expiresAt'> }>> {
      const account = await uow.read((r) => r.accounts.byId(principal.accountId));
      if (!account) return { ok: false, code: 'not_found' };
      return ok({
        account: accountView(account),
        session: {
          csrfToken: principal.csrfToken,
          mfaVerified: principal.mfaVerified,
          next: nextStep(account.role, account.totpEnabled, principal.mfaVerified),
        },
      });
    },

    /** New password (current one required; same policy as at registration); every other session of the account ends. */
    async changePassword(principal: Principal, input: unknown): Promise<AccountResult<{ sessionsEnded: number }>> {
      const parsed = parse(changePasswordInput, input);
      if (!parsed.ok) return parsed;
      const { currentPassword, newPassword: next } = parsed.value;
      const at = now();
      const account = await uow.read((r) => r.accounts.byId(principal.accountId));
      if (!account) return { ok: false, code: 'not_found' };
      const checks = [{ key: limitKey('signin:email', account.email.toLowerCase()), limit: limits.signInPerEmail }];
      const wait = await uow.read((r) => overLimit(r, checks, at));
      if (wait !== null) return { ok: false, code: 'rate_limited', retryAfterSeconds: wait };
      if (!(await hasher.verify(account.passwordHash, currentPassword))) {
        await uow.transaction((r) => count(r, checks, at));
        return invalid([{ field: 'currentPassword', expected: 'current_password_wrong' }]);
      }
      const errors = passwordErrors('newPassword', next, account.email);
      if (errors.length === 0 && next === currentPassword) errors.push({ field: 'newPassword', expected: 'password_unchanged' });
      if (errors.length > 0) return invalid(errors);
      const hash = await hasher.hash(next);
      return uow.transaction(async (r) => {
        await r.accounts.setPassword(account.id, hash, at);
        const ended = await r.sessions.deleteOthers(account.id, principal.sessionId);
        await audit(r, at, principal, 'account.password_changed', { type: 'account', id: account.id }, auditedAccount(account), {
          ...auditedAccount(account),
          passwordChangedAt: at,
        });
        return ok({ sessionsEnded: ended });
      });
    },

    /** Starts (or restarts) TOTP enrolment: a new secret, not active until confirmed with a code. */
    async enrollTotp(principal: Principal): Promise<AccountResult<TotpEnrollment>> {
      const at = now();
      return uow.transaction(async (r) => {
        const account = await r.accounts.byId(principal.accountId);
        if (!account) return { ok: false, code: 'not_found' } as const;
        if (account.totpEnabled) return { ok: false, code: 'conflict', reason: 'totp_already_enabled' } as const;
        const secret = newTotpSecret(ids.randomBytes(20));
        await r.accounts.setTotp(account.id, secret, false);
        await audit(r, at, principal, 'account.totp_enrollment_started', { type: 'account', id: account.id }, null, null);
        return ok({ secret, uri: totpUri(secret, account.email) });
      });
    },

    /** Confirms enrolment with a code: the second factor is on, this session is verified, other sessions end. */
    async confirmTotp(principal: Principal, input: unknown): Promise<AccountResult<{ sessionsEnded: number }>> {
      const parsed = parse(totpCodeInput, input);
      if (!parsed.ok) return parsed;
      const at = now();
      const check = [{ key: limitKey('totp:account', principal.accountId), limit: limits.totpPerAccount }];
      const account = await uow.read((r) => r.accounts.byId(principal.accountId));
      if (!account) return { ok: false, code: 'not_found' };
      if (account.totpEnabled) return { ok: false, code: 'conflict', reason: 'totp_already_enabled' };
      if (account.totpSecret === null) return { ok: false, code: 'conflict', reason: 'totp_not_enrolled' };
      const secret = account.totpSecret;
      return uow.transaction(async (r) => {
        const wait = await overLimit(r, check, at);
        if (wait !== null) return { ok: false, code: 'rate_limited', retryAfterSeconds: wait } as const;
        const step = totpCodeStep(secret, parsed.value.code, Date.parse(at));
        if (step === null) {
          await count(r, check, at);
          return invalid([{ field: 'code', expected: 'totp_code_wrong' }]);
        }
        await r.accounts.setTotp(account.id, secret, true);
        // The confirming code is used: it cannot then verify another session.
        await r.accounts.useTotpStep(account.id, step);
        await r.sessions.markMfaVerified(principal.sessionId);
        const ended = await r.sessions.deleteOthers(account.id, principal.sessionId);
        await audit(r, at, principal, 'account.totp_enabled', { type: 'account', id: account.id }, auditedAccount(account), {
          ...auditedAccount(account),
          totpEnabled: true,
        });
        return ok({ sessionsEnded: ended });
      });
    },

    /** The sign-in's second step: a code from the enrolled app verifies this session. */
    async verifyTotp(principal: Principal, input: unknown): Promise<AccountResult<{ mfaVerified: true }>> {
      const parsed = parse(totpCodeInput, input);
      if (!parsed.ok) return parsed;
      const at = now();
      const check = [{ key: limitKey('totp:account', principal.accountId), limit: limits.totpPerAccount }];
      return uow.transaction(async (r) => {
        const account = await r.accounts.byId(principal.accountId);
        if (!account) return { ok: false, code: 'not_found' } as const;
        if (!account.totpEnabled || account.totpSecret === null) return { ok: false, code: 'conflict', reason: 'totp_not_enrolled' } as const;
        if (principal.mfaVerified) return ok({ mfaVerified: true as const });
        const wait = await overLimit(r, check, at);
        if (wait !== null) return { ok: false, code: 'rate_limited', retryAfterSeconds: wait } as const;
        const step = totpCodeStep(account.totpSecret, parsed.value.code, Date.parse(at));
        if (step === null) {
          await count(r, check, at);
          return invalid([{ field: 'code', expected: 'totp_code_wrong' }]);
        }
        // Compare-and-set: a code (its step, or an earlier one) already accepted is refused, counted as a wrong try.
        if (!(await r.accounts.useTotpStep(account.id, step))) {
          await count(r, check, at);
          return invalid([{ field: 'code', expected: 'totp_code_used' }]);
        }
        await r.sessions.markMfaVerified(principal.sessionId);
        await audit(r, at, principal, 'account.mfa_verified', { type: 'account', id: account.id }, null, null);
        return ok({ mfaVerified: true as const });
      });
    },

    /**
     * A candidate authorizes a representative (named by e-mail; the account must have the representative role) with a
     * scope, through the end of `validUntil` (UTC). It replaces any authorization of the same representative in force.
     */
    async authorizeRepresentative(principal: Principal, input: unknown): Promise<AccountResult<AuthorizationView>> {
      if (principal.role !== 'candidate') return { ok: false, code: 'forbidden' };
      const parsed = parse(authorizeInput, input);
      if (!parsed.ok) return parsed;
      const v = parsed.value;
      const at = now();
      const today = at.slice(0, 10);
      if (v.validUntil < today) return invalid([{ field: 'validUntil', expected: 'date_today_or_later' }]);
      return uow.transaction(async (r) => {
        const representative = await r.accounts.byEmail(v.email);
        if (!representative || representative.role !== 'representative') {
          return invalid([{ field: 'email', expected: 'representative_account' }]);
        }
        const candidate = await r.accounts.byId(principal.accountId);
        if (!candidate) return { ok: false, code: 'not_found' } as const;
        for (const previous of await r.authorizations.active(representative.id, candidate.id, at)) {
          await r.authorizations.revoke(previous.id, candidate.id, at);
          await audit(r, at, principal, 'representative.revoked', { type: 'representative_authorization', id: previous.id }, previous, {
            ...previous,
            revokedAt: at,
          });
        }
        const authorization = {
          id: ids.uuid(),
          candidateId: candidate.id,
          representativeId: representative.id,
          scope: scopeClosure(v.scope),
          validUntil: `${addDays(v.validUntil, 1)}T00:00:00.000Z`,
          createdAt: at,
          revokedAt: null,
        };
        await r.authorizations.grant(authorization);
        await audit(r, at, principal, 'representative.authorized', { type: 'representative_authorization', id: authorization.id }, null, authorization);
        return ok({
          ...authorization,
          candidateEmail: candidate.email,
          candidateName: candidate.displayName,
          representativeEmail: representative.email,
          representativeName: representative.displayName,
        });
      });
    },

    /** A candidate's authorizations (given), or a representative's (received). */
    async listAuthorizations(principal: Principal): Promise<AccountResult<AuthorizationView[]>> {
      if (principal.role === 'candidate') return ok(await uow.read((r) => r.authorizations.listForCandidate(principal.accountId)));
      if (principal.role === 'representative') return ok(await uow.read((r) => r.authorizations.listForRepresentative(principal.accountId)));
      return { ok: false, code: 'forbidden' };
    },

    /** The candidate revokes one of their authorizations (not_found when it is not theirs or already revoked). */
    async revokeAuthorization(principal: Principal, id: string): Promise<AccountResult<{ id: string; revokedAt: Instant }>> {
      if (principal.role !== 'candidate') return { ok: false, code: 'forbidden' };
      const at = now();
      return uow.transaction(async (r) => {
        const revoked = await r.authorizations.revoke(id, principal.accountId, at);
        if (!revoked) return { ok: false, code: 'not_found' } as const;
        await audit(r, at, principal, 'representative.revoked', { type: 'representative_authorization', id }, { ...revoked, revokedAt: null }, revoked);
        return ok({ id, revokedAt: at });
      });
    },

    /** Whether the representative may act for the candidate with `scope` at `at` (the HTTP guard asks this). */
    async canActFor(representativeId: string, candidateId: string, scope: AuthorizationScope, at: Instant): Promise<boolean> {
      const instant = new Date(at).toISOString();
      const active = await uow.read((r) => r.authorizations.active(representativeId, candidateId, instant));
      return active.some((a) => authorizationCovers(a, scope, instant));
    },

    /** Housekeeping (scheduler): removes expired sessions and old rate-limit windows; returns the sessions removed. */
    async sweep(): Promise<number> {
      const at = now();
      return uow.transaction(async (r) => {
        const removed = await r.sessions.deleteExpired(addSeconds(at, -policy.idleSeconds), at);
        await r.rateLimits.purge(addSeconds(at, -24 * 60 * 60));
        return removed;
      });
    },
  };
}

export type AccountUseCases = ReturnType<typeof accountUseCases>;
