// Ports of messaging: the in-account inbox, the e-mail outbox, and the sender that delivers the outbox.
// A message is a `kind` code with params (no sentences: the edges word them with i18n `message.<kind>.*`).
import type { Instant } from '../../domain/vocabulary.ts';

export const MESSAGE_KINDS = [
  'profile_submitted',
  'profile_ineligible',
  'profile_left_pool',
  'profile_withdrawn',
  'profile_expired',
  'profile_expiry_reminder',
  'language_test_expiring',
  'eca_expiring',
  'score_changed',
  'ita_issued',
  'ita_accepted',
  'ita_declined',
  'ita_expired',
] as const;
export type MessageKind = (typeof MESSAGE_KINDS)[number];

export type MessageParams = Record<string, string | number>;

export interface MessageRecord {
  id: string;
  accountId: string;
  kind: MessageKind;
  params: MessageParams;
  createdAt: Instant;
  readAt: Instant | null;
}

export interface NewMessage {
  accountId: string;
  kind: MessageKind;
  params: MessageParams;
  /** When set, a message with the same key for the same account is not added twice. */
  dedupeKey?: string;
  at: Instant;
}

export interface MessageRepository {
  /** Adds the message; false when its dedupe key was already used for the account (nothing added). */
  add(message: NewMessage): Promise<boolean>;
  /** Adds many in one write (one statement); those whose dedupe key was already used are skipped. Returns how many were added. */
  addMany(messages: readonly NewMessage[]): Promise<number>;
  /** Newest first. */
  listForAccount(accountId: string, opts: { limit: number; unreadOnly?: boolean }): Promise<MessageRecord[]>;
  /** Marks one of the account's messages read; false when it has no such message. */
  markRead(accountId: string, id: string, at: Instant): Promise<boolean>;
  unreadCount(accountId: string): Promise<number>;
}

export interface OutboxRecord {
  id: string;
  accountId: string;
  kind: MessageKind;
  params: MessageParams;
  createdAt: Instant;
  sentAt: Instant | null;
  attempts: number;
  lastError: string | null;
}

/** A pending e-mail with where it goes (joined from the account at delivery time only). */
export interface PendingEmail extends OutboxRecord {
  to: string;
  locale: 'fr' | 'en';
  displayName: string;
}

export interface OutboxRepository {
  /** Queues an e-mail; false when its dedupe key was already used for the account. */
  enqueue(message: NewMessage): Promise<boolean>;
  /** Queues many in one write (one statement); those whose dedupe key was already used are skipped. Returns how many were queued. */
  enqueueMany(messages: readonly NewMessage[]): Promise<number>;
  /** Unsent e-mails with fewer than `maxAttempts` attempts, oldest first, locked (SKIP LOCKED) until the end of the transaction. */
  pending(limit: number, maxAttempts: number): Promise<PendingEmail[]>;
  markSent(id: string, at: Instant): Promise<void>;
  markFailed(id: string, error: string): Promise<void>;
}

/** Delivers one e-mail (SMTP when configured; otherwise logged without personal data). */
export interface EmailSender {
  send(email: PendingEmail): Promise<void>;
}
