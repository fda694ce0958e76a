// Shared pieces of the use-case tests on a database: a settable clock, bare accounts, and unwrapping results.
import type { Kysely } from 'kysely';
import type { Database } from '../../src/db/schema.ts';
import type { Clock } from '../../src/app/ports.ts';
import type { Actor } from '../../src/app/ports/audit.ts';

/** A clock the test moves by hand. */
export class TestClock implements Clock {
  current: string;
  constructor(start: string) {
    this.current = new Date(start).toISOString();
  }
  set(instant: string) {
    this.current = new Date(instant).toISOString();
  }
  now() {
    return this.current;
  }
  today() {
    return this.current.slice(0, 10);
  }
}

let accounts = 0;
/** An account row with a unique e-mail (no usable password), as the actor of use cases. */
export async function newAccount(db: Kysely<Database>, role: Actor['role'] = 'candidate'): Promise<Actor> {
  accounts++;
  const row = await db
    .insertInto('account')
    .values({ email: `user${accounts}-${Math.random().toString(36).slice(2)}@example.org`, password_hash: 'x', role, province: null, display_name: `User ${accounts}` })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { actorId: row.id, role, onBehalfOf: null };
}

/** The value of a successful result; a failure fails the test with its error. */
export function value<T>(r: { ok: true; value: T } | { ok: false; error: unknown }): T {
  if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r.error)}`);
  return r.value;
}
