// The header's account menu: "Sign in" for a visitor; for a signed-in account, a menu named after it with its pages
// (a candidate's dashboard, profile and score; staff who may read them, the officers' pool and rounds), the account
// page and "Sign out".
import { GcdsNavGroup, GcdsNavLink } from '@gcds-core/components-react';
import { useWords } from '../../i18n.ts';
import { useSession } from '../../lib/api-candidate.ts';
import { pathFor, type Page } from '../../lib/routes.ts';
import { accountMenuPages } from '../../pages/candidate/paths.ts';

export function AccountMenu({ current }: { current: Page | undefined }) {
  const { t, lang } = useWords();
  const session = useSession();
  const link = (page: Page) => (
    <GcdsNavLink key={page} href={pathFor(lang, page)} {...(current === page ? { current: true } : {})}>
      {t(`web.nav.${page}`)}
    </GcdsNavLink>
  );
  if (session.status !== 'signed_in') return link('signIn');
  const { account } = session;
  const pages = accountMenuPages(account.role);
  return (
    <GcdsNavGroup openTrigger={account.displayName} menuLabel={t('web.nav.account_menu', { name: account.displayName })} lang={lang} data-testid="account-menu">
      {pages.map(link)}
    </GcdsNavGroup>
  );
}
