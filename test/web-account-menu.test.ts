// The account menu's pages and the landing page after signing in, for every role: a candidate's own pages; the
// officers' pages for exactly the roles the API lets read the pool and the rounds (checked against the app's role
// lists and the routes' declared access, so the menu never offers a page that would answer 403).
import { describe, expect, it } from 'vitest';
import { ROLES } from '../src/domain/accounts.ts';
import { FILE_READER_ROLES } from '../src/app/profiles.ts';
import { ROUND_READER_ROLES } from '../src/app/rounds.ts';
import { poolRoute, staffRoundRoute, staffRoundsRoute } from '../src/http/routes/rounds.ts';
import { accountMenuPages, landingFor, rolePages } from '../web/src/pages/candidate/paths.ts';
import { pathFor } from '../web/src/lib/routes.ts';

describe('the account menu and the landing page after signing in', () => {
  it('a candidate: the dashboard, profile and score, then the account page and sign-out; lands on the dashboard', () => {
    expect(accountMenuPages('candidate')).toEqual(['dashboard', 'profile', 'profileScore', 'account', 'signOut']);
    expect(landingFor('candidate', 'fr')).toBe('/fr/tableau-de-bord');
    expect(landingFor('candidate', 'en')).toBe('/en/dashboard');
  });

  it('staff who may read the pool and the rounds: the officers’ pool and rounds; they land on the pool', () => {
    for (const role of ['officer', 'round_approver', 'auditor', 'admin']) {
      expect(accountMenuPages(role), role).toEqual(['officerPool', 'officerRounds', 'account', 'signOut']);
      expect(landingFor(role, 'fr'), role).toBe('/fr/agent-bassin');
      expect(landingFor(role, 'en'), role).toBe('/en/officer-pool');
    }
  });

  it('the other roles: only the account page and sign-out; they land on the home page', () => {
    for (const role of ['representative', 'province', 'employer', 'someone-new']) {
      expect(accountMenuPages(role), role).toEqual(['account', 'signOut']);
      expect(landingFor(role, 'en'), role).toBe(pathFor('en', 'home'));
    }
  });

  it('offers the officers’ pages to exactly the roles the API lets read them', () => {
    const readers = (role: string) => (ROUND_READER_ROLES as readonly string[]).includes(role) && (FILE_READER_ROLES as readonly string[]).includes(role);
    // The roles each route declares (defineRoute keeps them as the OpenAPI extension x-roles).
    const declared = [poolRoute, staffRoundsRoute, staffRoundRoute].map((route) => (route as unknown as { 'x-roles': readonly string[] })['x-roles']);
    for (const roles of declared) expect(roles.length).toBeGreaterThan(0);
    const allowed = (role: string) => declared.every((roles) => roles.includes(role));
    for (const role of ROLES) {
      const offered = rolePages(role).includes('officerPool');
      expect(offered, role).toBe(readers(role));
      expect(offered, role).toBe(allowed(role));
      expect(rolePages(role).includes('officerRounds'), role).toBe(offered);
    }
  });
});
