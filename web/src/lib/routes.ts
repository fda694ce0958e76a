// The public pages and their addresses. The language is the first path segment (/fr/…, /en/…) and each page has a
// slug in each language, so the FR/EN toggle can keep the page. Pure (no DOM): tested in test/web-lib.test.ts.
export const LANGS = ['fr', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** Signing in and the candidate's own pages: not in the main menu (the account menu links them). */
export const ACCOUNT_PAGES = ['signIn', 'signUp', 'signOut', 'account', 'dashboard', 'profile', 'profileScore'] as const;
export type AccountPage = (typeof ACCOUNT_PAGES)[number];
/** Pages only a signed-in account sees (the others of ACCOUNT_PAGES are open to anyone). */
export const PROTECTED_PAGES: readonly Page[] = ['account', 'dashboard', 'profile', 'profileScore'];

/** The officers' pages (pool dashboard, rounds workflow): not in the public menu. */
export const STAFF_PAGES = ['officerPool', 'officerRounds'] as const;

export const PAGES = ['home', 'calculator', 'eligibility', 'noc', 'rules', 'rounds', ...ACCOUNT_PAGES, ...STAFF_PAGES] as const;
export type Page = (typeof PAGES)[number];

const SLUGS: Record<Page, Record<Lang, string>> = {
  home: { fr: '', en: '' },
  calculator: { fr: 'calculatrice-scg', en: 'crs-calculator' },
  eligibility: { fr: 'admissibilite', en: 'eligibility' },
  noc: { fr: 'cnp', en: 'noc' },
  rules: { fr: 'regles', en: 'rules' },
  rounds: { fr: 'rondes', en: 'rounds' },
  signIn: { fr: 'connexion', en: 'sign-in' },
  signUp: { fr: 'inscription', en: 'sign-up' },
  signOut: { fr: 'deconnexion', en: 'sign-out' },
  account: { fr: 'compte', en: 'account' },
  dashboard: { fr: 'tableau-de-bord', en: 'dashboard' },
  profile: { fr: 'profil', en: 'profile' },
  profileScore: { fr: 'profil-note', en: 'profile-score' },
  officerPool: { fr: 'agent-bassin', en: 'officer-pool' },
  officerRounds: { fr: 'agent-rondes', en: 'officer-rounds' },
};

/** Pages whose address may end with the number of one round: `/en/rounds/312`, `/fr/agent-rondes/7`. */
export const NUMBERED_PAGES: readonly Page[] = ['rounds', 'officerRounds'];

export const isLang = (value: unknown): value is Lang => value === 'fr' || value === 'en';

export const otherLang = (lang: Lang): Lang => (lang === 'fr' ? 'en' : 'fr');

export function slugOf(page: Page, lang: Lang): string {
  return SLUGS[page][lang];
}

/** `/fr/calculatrice-scg`; the home page is `/fr/`; a round of a numbered page: `/en/rounds/312`. */
export function pathFor(lang: Lang, page: Page, number?: number): string {
  const base = `/${lang}/${SLUGS[page][lang]}`;
  return number !== undefined && NUMBERED_PAGES.includes(page) ? `${base}/${number}` : base;
}

/** Which page a path shows, with the round number of a numbered page (`null` when the language or the slug is unknown). */
export function parsePath(pathname: string): { lang: Lang; page: Page; number?: number } | null {
  const [, first, second = '', third = '', ...rest] = pathname.split('/');
  if (!isLang(first) || rest.some((part) => part !== '')) return null;
  const page = PAGES.find((p) => SLUGS[p][first] === second);
  if (page === undefined) return null;
  if (third === '') return { lang: first, page };
  if (!NUMBERED_PAGES.includes(page) || !/^[1-9]\d{0,8}$/.test(third)) return null;
  return { lang: first, page, number: Number(third) };
}

/** The same page in the other language, query and hash kept; the other home page for an unknown path. */
export function togglePath(pathname: string, search = '', hash = ''): string {
  const here = parsePath(pathname);
  const [, first] = pathname.split('/');
  const lang = here?.lang ?? (isLang(first) ? first : 'en');
  const target = otherLang(lang);
  return here ? `${pathFor(target, here.page, here.number)}${search}${hash}` : pathFor(target, 'home');
}

/**
 * The language to start in, from the browser's preferred languages (navigator.languages, or an Accept-Language
 * header split on commas): the first that is French or English wins; French when neither appears.
 */
export function preferredLang(languages: readonly string[]): Lang {
  for (const tag of languages) {
    const primary = tag.trim().toLowerCase().split(/[-_;]/)[0];
    if (isLang(primary)) return primary;
  }
  return 'fr';
}
