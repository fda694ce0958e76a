// Accounts use cases on a test database, with a clock the test moves and cheap argon2 parameters.
import type { Kysely } from 'kysely';
import { accountUseCases, type AccountsDeps } from '../src/app/accounts.ts';
import { argon2Hasher, cryptoIds } from '../src/app/passwords.ts';
import type { Principal } from '../src/app/ports/accounts.ts';
import { kyselyUnitOfWork } from '../src/db/unit-of-work.ts';
import type { Database } from '../src/db/schema.ts';

/** Cheap argon2id for tests (64 KiB, 1 pass); production uses OWASP_ARGON2ID. */
export const testHasher = argon2Hasher({ memoryCost: 64, timeCost: 1 });

export interface MovableClock {
  now(): string;
  today(): string;
  /** Moves the clock forward by `seconds`. */
  advance(seconds: number): void;
  set(instant: string): void;
}

export function movableClock(start = '2025-06-02T09:00:00.000Z'): MovableClock {
  let t = Date.parse(start);
  return {
    now: () => new Date(t).toISOString(),
    today: () => new Date(t).toISOString().slice(0, 10),
    advance: (seconds) => {
      t += seconds * 1000;
    },
    set: (instant) => {
      t = Date.parse(instant);
    },
  };
}

let counter = 0;
/** A fresh e-mail address (the database is shared by the tests of a suite). */
export function freshEmail(prefix = 'user'): string {
  counter += 1;
  return `${prefix}.${counter}.${Math.random().toString(36).slice(2, 8)}@example.org`;
}

export const GOOD_PASSWORD = 'correct horse battery staple';

export function accountsOn(db: Kysely<Database>, extra: Partial<AccountsDeps> = {}) {
  const clock = movableClock();
  const uow = kyselyUnitOfWork(db);
  const accounts = accountUseCases({ uow, clock, ids: cryptoIds, hasher: testHasher, ...extra });
  return { accounts, clock, uow };
}

export type Accounts = ReturnType<typeof accountsOn>['accounts'];

export const NO_CONTEXT = { ip: null, userAgent: null };

/** Registers a candidate and returns its token and principal. */
export async function registered(accounts: Accounts, email = freshEmail(), role: 'candidate' | 'employer' = 'candidate') {
  const r = await accounts.register({ email, password: GOOD_PASSWORD, displayName: 'Test Person', role }, NO_CONTEXT);
  if (!r.ok) throw new Error(`register failed: ${JSON.stringify(r)}`);
  const principal = await accounts.authenticate(r.value.token);
  if (!principal) throw new Error('no principal');
  return { email, token: r.value.token, principal, signedIn: r.value };
}

/** Signs in and returns the token and principal (throws on failure). */
export async function signedIn(accounts: Accounts, email: string, password = GOOD_PASSWORD): Promise<{ token: string; principal: Principal }> {
  const r = await accounts.signIn({ email, password }, NO_CONTEXT);
  if (!r.ok) throw new Error(`sign-in failed: ${JSON.stringify(r)}`);
  const principal = await accounts.authenticate(r.value.token);
  if (!principal) throw new Error('no principal');
  return { token: r.value.token, principal };
}
