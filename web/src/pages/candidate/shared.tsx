// Pieces shared by the candidate pages: the guard of protected pages (sign-in first, then back; the second factor;
// the right role), safe "next" addresses, dates and instants in words, focus on the error summary.
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { GcdsHeading, GcdsInput, GcdsLink, GcdsNotice, GcdsText } from '@gcds-core/components-react';
import { fieldId } from '../../lib/fields.ts';
import { useWords } from '../../i18n.ts';
import { pathFor, type Lang } from '../../lib/routes.ts';
import { useSession, type Account, type SessionInfo } from '../../lib/api-candidate.ts';
import { landingFor as landingOfRole } from './paths.ts';

export { safeNext } from './paths.ts';

/** Where a signed-in account goes when no page asked for it (a candidate: the dashboard; staff: the officers' pool). */
export function landingFor(account: Account, lang: Lang): string {
  return landingOfRole(account.role, lang);
}

/** `2026-03-01T14:05:09.123Z` → "1 March 2026, 14:05:09 UTC" in the page's language. */
export function instantText(iso: string | null | undefined, lang: Lang): string {
  if (!iso) return '—';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const words = new Intl.DateTimeFormat(lang === 'fr' ? 'fr-CA' : 'en-CA', { dateStyle: 'long', timeStyle: 'medium', timeZone: 'UTC' }).format(date);
  return `${words} UTC`;
}

/** `2026-03-01` (or an instant's day) → "1 March 2026". */
export function dayText(iso: string | null | undefined, lang: Lang): string {
  if (!iso) return '—';
  const day = iso.slice(0, 10);
  const date = new Date(`${day}T12:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(lang === 'fr' ? 'fr-CA' : 'en-CA', { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

export interface Signed {
  account: Account;
  session: SessionInfo;
}

/**
 * A page for signed-in accounts: nobody signed in → the sign-in page, then back here; a second factor still to give →
 * the sign-in page's code step (or the account page to set one up); another role → a clear message.
 */
export function RequireAccount({ role, allowEnroll = false, children }: { role?: 'candidate'; allowEnroll?: boolean; children: (signed: Signed) => ReactNode }) {
  const session = useSession();
  const { t, lang } = useWords();
  const location = useLocation();
  const here = `${location.pathname}${location.search}`;
  if (session.status === 'unknown') return <p role="status">{t('web.loading')}</p>;
  if (session.status === 'signed_out') return <Navigate replace to={`${pathFor(lang, 'signIn')}?next=${encodeURIComponent(here)}`} />;
  const { account, session: info } = session;
  if (info.next === 'totp_verify') return <Navigate replace to={`${pathFor(lang, 'signIn')}?next=${encodeURIComponent(here)}`} />;
  if (info.next === 'totp_enroll' && !allowEnroll) return <Navigate replace to={`${pathFor(lang, 'account')}?next=${encodeURIComponent(here)}`} />;
  if (role && account.role !== role) {
    return (
      <>
        <GcdsHeading tag="h1">{t('web.cand.wrong_role.title')}</GcdsHeading>
        <GcdsNotice noticeRole="warning" noticeTitle={t('web.cand.wrong_role.title')} noticeTitleTag="h2">
          <GcdsText>{t('web.cand.wrong_role.text', { role: t(`web.cand.role.${account.role}`), name: account.displayName })}</GcdsText>
        </GcdsNotice>
        <GcdsText>
          <GcdsLink href={pathFor(lang, 'signOut')}>{t('web.nav.signOut')}</GcdsLink>
        </GcdsText>
      </>
    );
  }
  return <>{children({ account, session: info })}</>;
}

/** A password (or one-time code) control named by its input path, so the API's field errors land next to it. */
export function SecretField(props: {
  path: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  errors: ReadonlyMap<string, string>;
  autocomplete: 'current-password' | 'new-password' | 'one-time-code';
  hint?: string;
}) {
  const { path, label, value, onChange, errors, autocomplete, hint } = props;
  const fid = fieldId(path);
  const code = autocomplete === 'one-time-code';
  return (
    <GcdsInput
      id={fid}
      inputId={fid}
      name={path}
      label={label}
      type={code ? 'text' : 'password'}
      value={value}
      validateOn="other"
      autocomplete={autocomplete}
      {...(code ? { inputmode: 'numeric' as const, size: 8 } : {})}
      {...(hint ? { hint } : {})}
      errorMessage={errors.get(path) ?? ''}
      onGcdsInput={(e) => onChange(String(e.detail ?? ''))}
    />
  );
}
