// Where to go after signing in, and which pages the account menu offers: a "next" address from the query is followed
// only when it is a page of this app; otherwise a candidate lands on the dashboard and staff who may read the pool
// and the rounds on their first page (the officers' pool). Pure: tested in test/web-candidate.test.ts and test/web-account-menu.test.ts.
import { may } from '../../lib/api-rounds.ts';
import { pathFor, type Lang, type Page } from '../../lib/routes.ts';

/** `/fr/…` or `/en/…` with a plain path and query; anything else (another site, `//host`, `javascript:`) → null. */
export function safeNext(next: string | null): string | null {
  if (!next || next.startsWith('//') || !/^\/(fr|en)(\/[A-Za-z0-9\-._~/?=&%]*)?$/.test(next)) return null;
  return next;
}

/**
 * The pages of a role, first one first: a candidate's dashboard, profile and score; the officers' pool and rounds for
 * the roles the API lets read them (src/app/rounds.ts ROUND_READER_ROLES, src/app/profiles.ts FILE_READER_ROLES:
 * officer, round_approver, auditor, admin); nothing for the other roles.
 */
export function rolePages(role: string): Page[] {
  if (role === 'candidate') return ['dashboard', 'profile', 'profileScore'];
  if (may(role, 'readPool')) return ['officerPool', 'officerRounds'];
  return [];
}

/** The account menu: the role's pages, then the account page and "Sign out". */
export function accountMenuPages(role: string): Page[] {
  return [...rolePages(role), 'account', 'signOut'];
}

/** Where a signed-in account goes when no page asked for it: its first page, or the home page. */
export function landingFor(role: string, lang: Lang): string {
  return pathFor(lang, rolePages(role)[0] ?? 'home');
}
