// Use cases of messaging: the in-account inbox (read, mark read) and delivering the e-mail outbox.
// Messages are codes with params; the edges word them (i18n `message.<kind>.subject` / `.body`).
import type { Actor } from './ports/audit.ts';
import type { EmailSender, MessageRecord } from './ports/messages.ts';
import type { UnitOfWork } from './ports/unit-of-work.ts';
import type { Clock } from './ports.ts';

export interface MessageDeps {
  uow: UnitOfWork;
  clock: Clock;
}

/** The signed-in account's messages, newest first (a representative sees their own inbox, not the candidate's). */
export async function listMessages(
  deps: MessageDeps,
  actor: Actor,
  opts: { limit?: number; unreadOnly?: boolean } = {},
): Promise<{ messages: MessageRecord[]; unread: number }> {
  const limit = Math.max(1, Math.min(opts.limit ?? 50, 200));
  return deps.uow.read(async (r) => ({
    messages: await r.messages.listForAccount(actor.actorId, { limit, unreadOnly: opts.unreadOnly ?? false }),
    unread: await r.messages.unreadCount(actor.actorId),
  }));
}

/** Marks one of the account's messages read; `not_found` when it has no such message. */
export async function markMessageRead(deps: MessageDeps, actor: Actor, messageId: string): Promise<{ ok: true } | { ok: false; error: { code: 'not_found' } }> {
  const now = deps.clock.now();
  const found = await deps.uow.transaction((r) => r.messages.markRead(actor.actorId, messageId, now));
  return found ? { ok: true } : { ok: false, error: { code: 'not_found' } };
}

export interface DeliveryCounts {
  sent: number;
  failed: number;
}

/** An e-mail is tried this many times before it is left in the outbox (last_error tells why). */
export const MAX_EMAIL_ATTEMPTS = 5;

/**
 * Sends pending e-mails, `batch` at a time, each batch in one transaction (rows locked with SKIP LOCKED, so two
 * senders never send the same e-mail). A failure is recorded on the row and retried on a later run.
 */
export async function deliverOutbox(deps: MessageDeps & { sender: EmailSender }, opts: { batch?: number; maxBatches?: number } = {}): Promise<DeliveryCounts> {
  const batch = opts.batch ?? 50;
  const counts: DeliveryCounts = { sent: 0, failed: 0 };
  for (let i = 0; i < (opts.maxBatches ?? 100); i++) {
    const n = await deps.uow.transaction(async (r) => {
      const pending = await r.outbox.pending(batch, MAX_EMAIL_ATTEMPTS);
      for (const email of pending) {
        try {
          await deps.sender.send(email);
          await r.outbox.markSent(email.id, deps.clock.now());
          counts.sent++;
        } catch (error) {
          await r.outbox.markFailed(email.id, error instanceof Error ? error.message : String(error));
          counts.failed++;
        }
      }
      return pending.length;
    });
    if (n < batch) break;
  }
  return counts;
}
