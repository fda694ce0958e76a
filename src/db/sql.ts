// Small helpers shared by the repositories.
import { sql, type RawBuilder } from 'kysely';

/**
 * Starts a statement whose result its caller does not read (an append): inside a PostgreSQL transaction it is sent
 * without waiting for its answer, which comes with the next statement's (src/db/database.ts, tuneConnections).
 */
export const DEFERRED_STATEMENT = '/* deferred */';

/** A jsonb parameter, sent as text and cast: pg would turn a JS array into a PostgreSQL array, PGlite would not. */
export function json<T>(value: T): RawBuilder<T> {
  return sql<T>`cast(${JSON.stringify(value)} as jsonb)`;
}

/** An instant as the app speaks it: ISO 8601 in UTC with milliseconds. */
export function iso(value: Date | string): string {
  return (value instanceof Date ? value : new Date(value)).toISOString();
}

export function isoOrNull(value: Date | string | null): string | null {
  return value === null ? null : iso(value);
}

/** PostgreSQL's unique_violation (23505), on either driver. */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const e = error as { code?: unknown; constraint?: unknown; message?: unknown };
  if (e.code !== '23505') return false;
  if (constraint === undefined) return true;
  return e.constraint === constraint || (typeof e.message === 'string' && e.message.includes(constraint));
}
