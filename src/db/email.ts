// E-mail senders for the outbox: SMTP through nodemailer when SMTP_URL is configured, otherwise a log line without
// personal data (the kind and the ids only: no address, no name, no params).
import nodemailer from 'nodemailer';
import type { EmailSender, PendingEmail } from '../app/ports/messages.ts';
import { t } from '../i18n/index.ts';

/** The subset of a pino logger the log sender uses. */
export interface EmailLog {
  info(fields: Record<string, unknown>, message: string): void;
}

export function logEmailSender(log: EmailLog): EmailSender {
  return {
    async send(email) {
      log.info({ emailId: email.id, accountId: email.accountId, kind: email.kind }, 'email (not sent: SMTP_URL not configured)');
    },
  };
}

/** Subject and text in the account's language, from the i18n catalog (`message.<kind>.subject|body`). */
export function wordEmail(email: PendingEmail): { subject: string; text: string } {
  const subject = t(email.locale, `message.${email.kind}.subject`, email.params);
  const body = t(email.locale, `message.${email.kind}.body`, email.params);
  const greeting = email.locale === 'fr' ? `Bonjour ${email.displayName},` : `Hello ${email.displayName},`;
  return { subject, text: `${greeting}\n\n${body}\n\n— Entrée express / Express Entry\n` };
}

export function smtpEmailSender(opts: { url: string; from: string }): EmailSender & { close(): void } {
  const transport = nodemailer.createTransport(opts.url);
  return {
    async send(email) {
      const { subject, text } = wordEmail(email);
      await transport.sendMail({ from: opts.from, to: email.to, subject, text });
    },
    close: () => transport.close(),
  };
}
