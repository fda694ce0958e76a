// TOTP second factor (RFC 6238) with the parameters every authenticator app supports: SHA-1, 6 digits, 30 s steps;
// a code of the previous or next step is accepted too (window 1) for clock drift.
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

/** Whether `code` is the secret's code at `atMs` (or one step before or after). */
export function totpCodeValid(secret: string, code: string, atMs: number): boolean {
  if (!/^\d{6}$/.test(code)) return false;
  return TOTP.validate({ token: code, secret: Secret.fromBase32(secret), timestamp: atMs, window: 1, ...PARAMS }) !== null;
}

/** The secret's code at `atMs` (tests, demo). */
export function totpCode(secret: string, atMs: number): string {
  return TOTP.generate({ secret: Secret.fromBase32(secret), timestamp: atMs, ...PARAMS });
}
