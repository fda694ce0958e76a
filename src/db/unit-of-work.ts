// The unit of work on Kysely: a transaction, and every repository constructed on the transaction object (as in kysely's
// example/ app), so that all that a use case does commits or rolls back together.
import type { Kysely } from 'kysely';
import type { Repositories, UnitOfWork } from '../app/ports/unit-of-work.ts';
import type { Database } from './schema.ts';
import { accountRepository, authorizationRepository, rateLimitRepository, sessionRepository } from './repositories/accounts.ts';
import { profileRepository, rescoreRepository } from './repositories/profiles.ts';
import { auditRepository } from './repositories/audit.ts';
import { messageRepository, outboxRepository } from './repositories/messages.ts';
import { applicationRepository } from './repositories/applications.ts';
import { irccRoundRepository, itaRepository, roundRepository } from './repositories/rounds.ts';
import { poolRepository } from './repositories/pool.ts';

export function repositories(db: Kysely<Database>): Repositories {
  return {
    accounts: accountRepository(db),
    sessions: sessionRepository(db),
    rateLimits: rateLimitRepository(db),
    authorizations: authorizationRepository(db),
    profiles: profileRepository(db),
    audit: auditRepository(db),
    messages: messageRepository(db),
    outbox: outboxRepository(db),
    rescore: rescoreRepository(db),
    rounds: roundRepository(db),
    itas: itaRepository(db),
    irccRounds: irccRoundRepository(db),
    applications: applicationRepository(db),
    pool: poolRepository(db),
  };
}

export function kyselyUnitOfWork(db: Kysely<Database>): UnitOfWork {
  return {
    transaction: (fn) => db.transaction().execute((trx) => fn(repositories(trx))),
    read: (fn) => fn(repositories(db)),
  };
}
