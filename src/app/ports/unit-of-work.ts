// The unit of work: every use case that changes state runs in ONE transaction, with repositories bound to it.
// Implemented in src/db/unit-of-work.ts (Kysely transactions); an error thrown inside rolls everything back.
import type { ApplicationRepository } from './applications.ts';
import type { AccountRepository, AuthorizationRepository, RateLimitRepository, SessionRepository } from './accounts.ts';
import type { AuditRepository } from './audit.ts';
import type { MessageRepository, OutboxRepository } from './messages.ts';
import type { ProfileRepository, RescoreRepository } from './profiles.ts';
import type { IrccRoundRepository, ItaRepository, RoundRepository } from './rounds.ts';
import type { PoolRepository } from './pool.ts';

export interface Repositories {
  accounts: AccountRepository;
  sessions: SessionRepository;
  rateLimits: RateLimitRepository;
  authorizations: AuthorizationRepository;
  profiles: ProfileRepository;
  audit: AuditRepository;
  messages: MessageRepository;
  outbox: OutboxRepository;
  rescore: RescoreRepository;
  rounds: RoundRepository;
  itas: ItaRepository;
  irccRounds: IrccRoundRepository;
  applications: ApplicationRepository;
  /** The synthetic pool's bulk writes. */
  pool: PoolRepository;
}

export interface UnitOfWork {
  /** Runs `fn` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(fn: (r: Repositories) => Promise<T>): Promise<T>;
  /** Runs `fn` without a transaction (single reads). */
  read<T>(fn: (r: Repositories) => Promise<T>): Promise<T>;
}

/** A storage conflict the use cases turn into a `conflict` result (a unique index hit, a stale version). */
export class StoreConflict extends Error {
  readonly reason: string;
  constructor(reason: string) {
    super(`conflict: ${reason}`);
    this.name = 'StoreConflict';
    this.reason = reason;
  }
}

/** Thrown inside a transaction to roll it back and hand a value out (see `rollbackWith` in src/app/profiles.ts). */
export class Rollback<T> extends Error {
  readonly value: T;
  constructor(value: T) {
    super('rollback');
    this.name = 'Rollback';
    this.value = value;
  }
}
