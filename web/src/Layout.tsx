// The frame of every page: GC Design System header (skip link, FR/EN toggle keeping the page) and footer,
// <html lang>, the ee_lang cookie (so API problems come back in the page's language), focus on navigation.
import { Fragment, Suspense, useEffect, useRef, type ReactNode } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { GcdsFooter, GcdsHeader, GcdsNavLink, GcdsTopNav } from '@gcds-core/components-react';
import { useTranslation } from 'react-i18next';
import { ACCOUNT_PAGES, PAGES, STAFF_PAGES, pathFor, parsePath, togglePath, type Lang, type Page } from './lib/routes.ts';
import { useWords } from './i18n.ts';
import { AccountMenu } from './components/candidate/AccountMenu.tsx';

/** The public menu: neither the account pages (the account menu) nor the officers' pages. */
const OFF_MENU: readonly Page[] = [...ACCOUNT_PAGES, ...STAFF_PAGES];
const NAV: readonly Page[] = PAGES.filter((p) => p !== 'home' && !OFF_MENU.includes(p));

/** Same-origin links to a page of the app (also inside GC Design System shadow roots) are followed without a reload. */
function useClientSideLinks(): void {
  const navigate = useNavigate();
  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const anchor = event.composedPath().find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement);
      if (!anchor || (anchor.target && anchor.target !== '_self') || anchor.hasAttribute('download')) return;
      const url = new URL(anchor.href, window.location.href);
      if (url.origin !== window.location.origin || !/^\/(fr|en)(\/|$)/.test(url.pathname)) return;
      // A link within the page (the skip link, the error summary): the browser scrolls and moves focus itself.
      if (url.hash && url.pathname === window.location.pathname && url.search === window.location.search) return;
      event.preventDefault();
      navigate(`${url.pathname}${url.search}${url.hash}`);
    };
    document.addEventListener('click', onClick);
    return () => document.removeEventListener('click', onClick);
  }, [navigate]);
}

export function Layout({ lang, children }: { lang: Lang; children: ReactNode }) {
  const { i18n } = useTranslation();
  const { t } = useWords();
  const location = useLocation();
  const here = parsePath(location.pathname);
  const main = useRef<HTMLElement>(null);
  const firstRender = useRef(true);

  if (i18n.language !== lang) void i18n.changeLanguage(lang);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.cookie = `ee_lang=${lang}; path=/; max-age=31536000; SameSite=Lax`;
  }, [lang]);

  useClientSideLinks();

  // After a client-side navigation, move focus to the new page's main heading (as a full load would start there).
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    if (location.hash) return;
    // The page's h1, or the GC Design System heading that draws it in its shadow root.
    const heading =
      main.current?.querySelector<HTMLElement>('h1') ??
      [...(main.current?.querySelectorAll<HTMLElement>('gcds-heading') ?? [])].find((host) => host.shadowRoot?.querySelector('h1'));
    if (heading) {
      heading.setAttribute('tabindex', '-1');
      heading.focus();
    }
    window.scrollTo(0, 0);
  }, [location.pathname, location.hash]);

  const toggle = togglePath(location.pathname, location.search, location.hash);

  // Keyed by language: GC Design System components read `lang` once, when they load.
  return (
    <Fragment key={lang}>
      <GcdsHeader langHref={toggle} skipToHref="#main-content" lang={lang}>
        <GcdsTopNav slot="menu" label={t('web.nav.label')} alignment="end" lang={lang}>
          <GcdsNavLink slot="home" href={pathFor(lang, 'home')} {...(here?.page === 'home' ? { current: true } : {})}>
            {t('web.site.name')}
          </GcdsNavLink>
          {NAV.map((page) => (
            <GcdsNavLink key={page} href={pathFor(lang, page)} {...(here?.page === page ? { current: true } : {})}>
              {t(`web.nav.${page}`)}
            </GcdsNavLink>
          ))}
          <AccountMenu current={here?.page} />
        </GcdsTopNav>
      </GcdsHeader>
      <main id="main-content" ref={main} tabIndex={-1} className="page">
        <Suspense fallback={<p role="status">{t('web.loading')}</p>}>{children}</Suspense>
        <p className="disclaimer">{t('web.footer.disclaimer')}</p>
      </main>
      <GcdsFooter
        lang={lang}
        display="compact"
        contextualHeading={t('web.footer.heading')}
        contextualLinks={{ [t('web.footer.rules')]: pathFor(lang, 'rules'), [t('web.footer.api')]: '/api/docs' }}
      />
    </Fragment>
  );
}
