// What every officer page shares: who is signed in (GET /api/auth/me: the role decides which steps a page offers, the
// CSRF token goes with every POST), the way to sign in when nobody is, a clear word for an account that is not
// staff, and the officers' own menu.
import type { ReactNode } from 'react';
import { useLocation } from 'react-router';
import { GcdsHeading, GcdsLink, GcdsNotice, GcdsText } from '@gcds-core/components-react';
import { ProblemNotice } from '../../components/Problems.tsx';
import { useWords } from '../../i18n.ts';
import { ApiProblem } from '../../lib/api.ts';
import { may, roundsApi, type Me } from '../../lib/api-rounds.ts';
import { PAGES, pathFor, type Page } from '../../lib/routes.ts';
import { useLoad } from '../rounds/load.ts';
import '../rounds/rounds.css';

/** H5's sign-in page when it exists (it takes ?next= to come back). */
const SIGN_IN = (PAGES as readonly string[]).includes('signIn') ? ('signIn' as Page) : null;

export function StaffGate({ title, children }: { title: string; children: (me: Me) => ReactNode }) {
  const { t, lang } = useWords();
  const { pathname, search } = useLocation();
  const me = useLoad(`me`, (signal) => roundsApi.me({ lang, signal }));
  const signedOut = me.error instanceof ApiProblem && me.error.status === 401;
  const heading = <GcdsHeading tag="h1">{title}</GcdsHeading>;
  if (me.loading && !me.data) {
    return (
      <>
        {heading}
        <p role="status">{t('web.loading')}</p>
      </>
    );
  }
  if (signedOut || (me.data && me.data.session.next !== 'none')) {
    const next = encodeURIComponent(`${pathname}${search}`);
    return (
      <>
        {heading}
        <GcdsNotice noticeRole="info" noticeTitle={t('web.officer.sign_in_title')} noticeTitleTag="h2" data-testid="staff-gate" data-state="signed_out">
          <GcdsText>{t('web.officer.sign_in_text')}</GcdsText>
          {SIGN_IN ? (
            <GcdsText>
              <GcdsLink href={`${pathFor(lang, SIGN_IN)}?next=${next}`}>{t('web.officer.sign_in_link')}</GcdsLink>
            </GcdsText>
          ) : null}
        </GcdsNotice>
      </>
    );
  }
  if (!me.data) {
    return (
      <>
        {heading}
        <ProblemNotice error={me.error} />
      </>
    );
  }
  if (!may(me.data.account.role, 'readPool')) {
    return (
      <>
        {heading}
        <GcdsNotice noticeRole="warning" noticeTitle={t('web.officer.not_staff_title')} noticeTitleTag="h2" data-testid="staff-gate" data-state="not_staff">
          <GcdsText>{t('web.officer.not_staff_text', { role: t(`web.officer.role.${me.data.account.role}`) })}</GcdsText>
        </GcdsNotice>
      </>
    );
  }
  return (
    <>
      {heading}
      <OfficerMenu me={me.data} />
      {children(me.data)}
    </>
  );
}

function OfficerMenu({ me }: { me: Me }) {
  const { t, lang } = useWords();
  const { pathname } = useLocation();
  const pages: Page[] = ['officerPool', 'officerRounds'];
  return (
    <nav aria-label={t('web.officer.menu')} className="officer-menu">
      <GcdsText size="small">{t('web.officer.signed_in_as', { name: me.account.displayName, role: t(`web.officer.role.${me.account.role}`) })}</GcdsText>
      <ul className="inline-list">
        {pages.map((page) => {
          const href = pathFor(lang, page);
          const here = pathname === href;
          return (
            <li key={page}>
              {here ? (
                <strong aria-current="page">{t(`web.nav.${page}`)}</strong>
              ) : (
                <GcdsLink href={href}>{t(`web.nav.${page}`)}</GcdsLink>
              )}
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
