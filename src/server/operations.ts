// Composition of the database-backed operations (CLI commands, scheduler, seeding): opens the database (PostgreSQL
// when DATABASE_URL is set, else PGlite in EE_PGLITE_DIR), migrates it, and wires the use cases to it.
import { openDatabase, type DatabaseHandle } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { kyselyUnitOfWork } from '../db/unit-of-work.ts';
import { logEmailSender, smtpEmailSender, type EmailLog } from '../db/email.ts';
import { systemClock, type Clock } from '../app/ports.ts';
import type { UnitOfWork } from '../app/ports/unit-of-work.ts';
import type { EmailSender } from '../app/ports/messages.ts';
import { applyRules, expireProfiles, sendExpiryReminders, type ProfileDeps, type ReminderCounts, type RescoreProgress } from '../app/profiles.ts';
import { chainAuditTrail, verifyAuditChain, type AuditVerification } from '../app/audit.ts';
import { deliverOutbox, type DeliveryCounts } from '../app/messages.ts';
import type { RescoreReportRecord } from '../app/ports/profiles.ts';
import type { Instant } from '../domain/vocabulary.ts';
import type { RoundOperations } from '../cli/rounds.ts';
import { expireItas } from '../app/rounds.ts';
import { loadConfig } from './config.ts';

export interface Operations {
  handle: DatabaseHandle;
  uow: UnitOfWork;
  clock: Clock;
  /** The profile use cases' dependencies, for wiring the HTTP API. */
  profileDeps: ProfileDeps;
  /** Migrations applied by this process (at open, and by later calls). */
  migrate(): Promise<string[]>;
  expireProfiles(at?: Instant): Promise<number>;
  /** Expires the ITAs not answered by their deadline (issue #4). */
  expireItas(at?: Instant): Promise<number>;
  sendExpiryReminders(at?: Instant): Promise<ReminderCounts>;
  applyRules(at: Instant, onProgress?: (p: RescoreProgress) => void): Promise<RescoreReportRecord>;
  /** Links the committed unchained audit events to the chain (the server's scheduler runs it every second). */
  chainAudit(): Promise<number>;
  /** Chains what is committed, then verifies the whole chain against its anchor. */
  verifyAudit(): Promise<AuditVerification>;
  deliverOutbox(): Promise<DeliveryCounts>;
  /** The round use cases' dependencies and the account acting (issue #4). */
  rounds: RoundOperations;
  /** Chains the audit events still unchained (so a CLI command leaves a complete chain), then closes the database. */
  close(): Promise<void>;
}

const silentLog: EmailLog = { info: () => {} };

export async function openOperations(
  env: Record<string, string | undefined>,
  opts: { clock?: Clock; emailLog?: EmailLog } = {},
): Promise<Operations> {
  const config = loadConfig(env);
  const handle = await openDatabase(config.DATABASE_URL ? { url: config.DATABASE_URL } : { dataDir: config.EE_PGLITE_DIR });
  let applied: string[];
  try {
    applied = await migrateToLatest(handle.db);
  } catch (error) {
    await handle.close();
    throw error;
  }
  const clock = opts.clock ?? systemClock;
  const uow = kyselyUnitOfWork(handle.db);
  const profileDeps: ProfileDeps = { uow, clock };
  const smtp = config.SMTP_URL ? smtpEmailSender({ url: config.SMTP_URL, from: config.EMAIL_FROM }) : null;
  const sender: EmailSender = smtp ?? logEmailSender(opts.emailLog ?? silentLog);
  return {
    handle,
    uow,
    clock,
    profileDeps,
    async migrate() {
      const now = await migrateToLatest(handle.db);
      const all = [...applied, ...now];
      applied = [];
      return all;
    },
    expireProfiles: (at) => expireProfiles(profileDeps, at ?? clock.now()),
    expireItas: (at) => expireItas({ uow, clock }, at ?? clock.now()),
    sendExpiryReminders: (at) => sendExpiryReminders(profileDeps, at ?? clock.now()),
    applyRules: (at, onProgress) => applyRules(profileDeps, at, onProgress),
    chainAudit: () => chainAuditTrail(uow),
    async verifyAudit() {
      // A chain that cannot be extended (its anchor gone) is still verified: the verification says what is wrong.
      await chainAuditTrail(uow).catch(() => 0);
      return uow.read((r) => verifyAuditChain(r));
    },
    deliverOutbox: () => deliverOutbox({ uow, clock, sender }),
    rounds: {
      deps: { uow, clock },
      actorByEmail: async (email) => {
        const account = await uow.read((r) => r.accounts.byEmail(email));
        return account ? { actorId: account.id, role: account.role, onBehalfOf: null } : null;
      },
    },
    async close() {
      // A failure here leaves events unchained, not lost: the next chainer run links them, and verify counts them.
      await chainAuditTrail(uow).catch(() => 0);
      smtp?.close();
      await handle.close();
    },
  };
}
