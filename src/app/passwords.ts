// Secrets of the accounts area: argon2id password hashing (the PasswordHasher port) and random tokens.
// argon2id with OWASP's first recommended configuration (Password Storage Cheat Sheet): m = 19 MiB, t = 2, p = 1.
// Tests pass cheaper parameters (argon2Hasher({ memoryCost: 64, timeCost: 1 })); production never does.
import { randomBytes, randomUUID } from 'node:crypto';
import { hash, verify, type Options } from '@node-rs/argon2';
import type { Ids, PasswordHasher } from './ports/accounts.ts';

/** Argon2id is @node-rs/argon2's `Algorithm.Argon2id` (an ambient const enum, so named here by value). */
const ARGON2ID = 2 as NonNullable<Options['algorithm']>;

export interface Argon2Options {
  /** KiB of memory (default 19456 = 19 MiB). */
  memoryCost?: number;
  /** Passes (default 2). */
  timeCost?: number;
  /** Lanes (default 1). */
  parallelism?: number;
}

export const OWASP_ARGON2ID: Required<Argon2Options> = { memoryCost: 19456, timeCost: 2, parallelism: 1 };

export function argon2Hasher(options: Argon2Options = {}): PasswordHasher {
  const params: Options = { ...OWASP_ARGON2ID, ...options, algorithm: ARGON2ID, outputLen: 32 };
  return {
    hash: (password) => hash(password, params),
    // The parameters are read from the PHC string: hashes made with other costs still verify.
    verify: async (stored, password) => {
      try {
        return await verify(stored, password);
      } catch {
        return false; // not a PHC string: never matches
      }
    },
  };
}

/** uuid v4 and random bytes from node:crypto (CSPRNG). */
export const cryptoIds: Ids = {
  uuid: () => randomUUID(),
  randomBytes: (n) => new Uint8Array(randomBytes(n)),
};

export function base64url(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('base64url');
}

