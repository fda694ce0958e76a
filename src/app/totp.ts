// TOTP second factor (RFC 6238) with the parameters every authenticator app supports: SHA-1, 6 digits, 30 s steps;
// a code of the previous or next step is accepted too (window 1) for clock drift. A code is accepted once: the account
// remembers the step of the last code accepted and only a later step passes (accounts.ts, migration 0008).
import { Secret, TOTP } from 'otpauth';

export const TOTP_ISSUER = 'Entrée express';
const PARAMS = { algorithm: 'SHA1', digits: 6, period: 30 } as const;

/** A new secret (160 bits, RFC 4226 §4) in base32, from the given random bytes. */
export function newTotpSecret(bytes: Uint8Array): string {
  return new Secret({ buffer: bytes.slice().buffer }).base32;
}

/** The otpauth:// URI an authenticator app reads (as a QR code) to enroll the secret. */
export function totpUri(secret: string, accountLabel: string): string {
  return new TOTP({ issuer: TOTP_ISSUER, label: accountLabel, secret: Secret.fromBase32(secret), ...PARAMS }).toString();
}

/** The time step (30-second period since the Unix epoch) an instant falls in. */
export function totpStepAt(atMs: number): number {
  return Math.floor(atMs / 1000 / PARAMS.period);
}

/**
 * The time step whose code `code` is (the step of `atMs`, or one before or after), or null when it is none of them.
 * The caller refuses a step not after the last one accepted for the account (replay), see accounts.ts.
 */
export function totpCodeStep(secret: string, code: string, atMs: number): number | null {
  if (!/^\d{6}$/.test(code)) return null;
  const delta = TOTP.validate({ token: code, secret: Secret.fromBase32(secret), timestamp: atMs, window: 1, ...PARAMS });
  return delta === null ? null : totpStepAt(atMs) + delta;
}

/** Whether `code` is the secret's code at `atMs` (or one step before or after). */
export function totpCodeValid(secret: string, code: string, atMs: number): boolean {
  return totpCodeStep(secret, code, atMs) !== null;
}

/** The secret's code at `atMs` (tests, demo). */
export function totpCode(secret: string, atMs: number): string {
  return TOTP.generate({ secret: Secret.fromBase32(secret), timestamp: atMs, ...PARAMS });
}
