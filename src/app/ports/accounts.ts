// Ports of the accounts area: accounts, sessions, rate limits, representative authorizations, and the secrets
// the use cases need (ids, random tokens, password hashing). Implemented in src/db/repositories/accounts.ts (storage)
// and src/app/passwords.ts (hashing, randomness); wired in src/server.
// Records are camelCase; instants are ISO 8601 strings in UTC ('YYYY-MM-DDTHH:MM:SS.sssZ').
import type { AuthorizationScope, Role } from '../../domain/accounts.ts';
import type { Instant, Province } from '../../domain/vocabulary.ts';

export type Locale = 'fr' | 'en';

export interface AccountRecord {
  id: string;
  /** As entered (trimmed); unique case-insensitively. */
  email: string;
  /** argon2id PHC string. */
  passwordHash: string;
  role: Role;
  /** The province or territory a `province` account is bound to; null for every other role. */
  province: Province | null;
  displayName: string;
  locale: Locale;
  /** Base32 TOTP secret once enrollment has started; null before. */
  totpSecret: string | null;
  /** True once the secret has been confirmed with a code: sign-in then asks for a code. */
  totpEnabled: boolean;
  createdAt: Instant;
  passwordChangedAt: Instant;
}

export interface AccountRepository {
  /** Inserts the account unless the e-mail address is taken (case-insensitively): false then, nothing stored. */
  insert(account: AccountRecord): Promise<boolean>;
  byId(id: string): Promise<AccountRecord | null>;
  /** Case-insensitive. */
  byEmail(email: string): Promise<AccountRecord | null>;
  setPassword(id: string, passwordHash: string, at: Instant): Promise<void>;
  /** Stores a (new) secret, or clears it with null; `enabled` says whether it has been confirmed. Forgets the last step. */
  setTotp(id: string, secret: string | null, enabled: boolean): Promise<void>;
  /**
   * Records that a code of time step `step` was accepted, unless a code of this step or a later one was accepted
   * already (compare-and-set in one statement): false then, and nothing changes. A code is thus used once.
   */
  useTotpStep(id: string, step: number): Promise<boolean>;
}

export interface SessionRecord {
  /** sha256 (hex) of the session token; the token itself is never stored. */
  id: string;
  accountId: string;
  createdAt: Instant;
  lastSeenAt: Instant;
  absoluteExpiresAt: Instant;
  csrfToken: string;
  /** Whether the second factor has been verified in this session (true from the start when none is needed). */
  mfaVerified: boolean;
  userAgent: string | null;
}

/** A session with what the access checks need to know of its account (one read per request). */
export interface SessionWithAccount extends SessionRecord {
  role: Role;
  province: Province | null;
  totpEnabled: boolean;
}

export interface SessionRepository {
  create(session: SessionRecord): Promise<void>;
  find(id: string): Promise<SessionWithAccount | null>;
  touch(id: string, at: Instant): Promise<void>;
  markMfaVerified(id: string): Promise<void>;
  delete(id: string): Promise<void>;
  /** Ends every session of the account but `keep` (after a password change); returns how many ended. */
  deleteOthers(accountId: string, keep: string | null): Promise<number>;
  /** Removes sessions idle since before `idleBefore` or past their absolute expiry at `now`; returns how many. */
  deleteExpired(idleBefore: Instant, now: Instant): Promise<number>;
}

export interface RateLimitRepository {
  /**
   * Counts one event in the fixed window (key, windowStart) and returns the window's count after it, atomically
   * (INSERT … ON CONFLICT DO UPDATE). Older windows of the same key are dropped.
   */
  hit(key: string, windowStart: Instant): Promise<number>;
  /** The count of the window without counting (0 when none). */
  count(key: string, windowStart: Instant): Promise<number>;
  /** Drops every window that started before `before`; returns how many. */
  purge(before: Instant): Promise<number>;
}

export interface AuthorizationRecord {
  id: string;
  candidateId: string;
  representativeId: string;
  /** As granted, with the scopes each includes (submit ⊃ write ⊃ read). */
  scope: AuthorizationScope[];
  /** The authorization ends at this instant (exclusive). */
  validUntil: Instant;
  createdAt: Instant;
  revokedAt: Instant | null;
}

/** An authorization with the names the candidate and the representative see. */
export interface AuthorizationView extends AuthorizationRecord {
  candidateEmail: string;
  candidateName: string;
  representativeEmail: string;
  representativeName: string;
}

export interface AuthorizationRepository {
  grant(authorization: AuthorizationRecord): Promise<void>;
  /** Revokes the candidate's authorization `id` at `at` and returns it; null when the candidate has no such unrevoked authorization. */
  revoke(id: string, candidateId: string, at: Instant): Promise<AuthorizationRecord | null>;
  /** The candidate's authorizations, newest first (revoked and ended ones included). */
  listForCandidate(candidateId: string): Promise<AuthorizationView[]>;
  /** The authorizations given to a representative, newest first. */
  listForRepresentative(representativeId: string): Promise<AuthorizationView[]>;
  /** The representative's authorizations from the candidate in force at `at` (unrevoked, not ended). */
  active(representativeId: string, candidateId: string, at: Instant): Promise<AuthorizationRecord[]>;
}

/** Identifiers and random secrets. */
export interface Ids {
  uuid(): string;
  /** `bytes` cryptographically random bytes. */
  randomBytes(bytes: number): Uint8Array;
}

/** Password hashing (argon2id in production, see src/app/passwords.ts). */
export interface PasswordHasher {
  hash(password: string): Promise<string>;
  verify(hash: string, password: string): Promise<boolean>;
}

/** Who is calling, as a session knows it (the HTTP edge's Principal has the same shape). */
export interface Principal {
  accountId: string;
  role: Role;
  /** Set for the `province` role only. */
  province: Province | null;
  sessionId: string;
  /** Echoed by the client in X-CSRF-Token on every state-changing request. */
  csrfToken: string;
  /** False while a second factor is pending (enrolment or a code): only the TOTP steps, /me and sign-out are open. */
  mfaVerified: boolean;
}
