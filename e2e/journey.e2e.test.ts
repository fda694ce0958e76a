// The whole journey of issue #5, once in French and once in English, through the pages only: a new candidate signs up,
// builds a profile through every step of the builder, checks the eligibility and score, submits (enters the pool); an
// officer signs in on the sign-in page with the second factor (landing on the officers' pool, the account menu
// offering the officers' pages), drafts a round that reaches the candidate (minimum CRS at the candidate's score, the
// instant now) and simulates it, and is refused the approval (separation of duties); the round approver signs in in
// another browser context, approves and executes it; the candidate sees the ITA on the dashboard and accepts it
// (French: the application appears) or declines it (English: back in the pool, same stamp). The only thing not read
// from the pages: the demo staff accounts (password, TOTP secret) the started server seeded, to type them in.
// axe-core on every page visited; screenshots at each step in test-results/e2e/journey-*.png.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { chromium, type Browser as Chromium, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { Secret, TOTP } from 'otpauth';
import { axeViolations, CHROMIUM_ARGS, screenshot, SCREENSHOT_DIR } from './browser.ts';
import { CHROMIUM_PATH, e2eSuite } from './suite.ts';
import { demoAccount, type StaffAccount } from './staff.ts';
import { fieldId } from '../web/src/lib/fields.ts';

const suite = e2eSuite({ browser: false });
let browser: Chromium | null = null;

// First loads on a busy machine (two cores shared by several builds and test runs) can be slow.
const SLOW = 30_000;

beforeAll(async () => {
  if (!suite.up) return;
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  // One Chromium, one isolated context per person (cookies are not shared: the candidate, the officer, the approver).
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
});

afterAll(async () => {
  await browser?.close();
});

function live(name: string, body: (contexts: BrowserContext[]) => Promise<void>) {
  it(name, { timeout: 600_000 }, async (ctx) => {
    const skip = suite.skipReason({ demo: true }) ?? (browser ? null : 'Chromium did not start');
    if (skip) return ctx.skip(skip);
    const contexts: BrowserContext[] = [];
    try {
      await body(contexts);
    } catch (error) {
      // What each person's page showed when it failed, kept with the other screenshots.
      for (const [i, context] of contexts.entries()) {
        for (const [j, page] of context.pages().entries()) await screenshot(page, `journey-failed-${i}-${j}`).catch(() => undefined);
      }
      throw error;
    } finally {
      for (const context of contexts) await context.close().catch(() => undefined);
    }
  });
}

/** A fresh browser context (a person) with one page. */
async function person(contexts: BrowserContext[]): Promise<Page> {
  const context = await browser!.newContext({ viewport: { width: 1280, height: 900 } });
  contexts.push(context);
  const page = await context.newPage();
  page.setDefaultTimeout(SLOW);
  page.on('pageerror', (error) => console.error(`[page error] ${error.message}`));
  return page;
}

// ── Second factor ──
// The server accepts a code of the current 30-second step or one either side, once per account (and no earlier one).
// Each sign-in here takes the current step, or the next when this account used it already, or waits for a new step.
const STEP_MS = 30_000;
const lastStep = new Map<string, number>();
async function freshCode(secret: string): Promise<string> {
  for (;;) {
    const now = Math.floor(Date.now() / STEP_MS);
    const step = Math.max(now, (lastStep.get(secret) ?? -Infinity) + 1);
    if (step <= now + 1) {
      lastStep.set(secret, step);
      return TOTP.generate({ secret: Secret.fromBase32(secret), timestamp: step * STEP_MS + 1000, algorithm: 'SHA1', digits: 6, period: 30 });
    }
    await new Promise((resolve) => setTimeout(resolve, (now + 1) * STEP_MS - Date.now() + 50));
  }
}

// ── Page helpers ──

const input = (page: Page, p: string): Locator => page.locator(`gcds-input#${fieldId(p)} input`);
const select = (page: Page, p: string): Locator => page.locator(`gcds-select#${fieldId(p)} select`);
const radio = (page: Page, p: string, yes: boolean) => page.locator(`input[type=radio]#${fieldId(p)}-${yes ? 'yes' : 'no'}`).check({ force: true });
const button = (page: Page, name: string) => page.locator('main').getByRole('button', { name, exact: true });
const action = (page: Page, name: string) => page.locator(`gcds-button[data-action="${name}"] button`);
const step = (page: Page) => page.getByTestId('step').getAttribute('data-step');
const headerLink = (page: Page, name: string) => page.locator('gcds-header').getByRole('link', { name, exact: true });

const day = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);
const unique = (who: string) => `${who}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 7)}@example.org`;
const PASSWORD = 'correct horse battery staple 42';

/** axe-core finds nothing on the page as it is now; a screenshot of it either way. */
async function checked(page: Page, name: string): Promise<void> {
  await page.locator('main h1, main gcds-heading').first().waitFor();
  const violations = await axeViolations(page);
  await screenshot(page, `journey-${name}`);
  expect(violations, name).toEqual([]);
}

async function onStep(page: Page, target: string): Promise<void> {
  await expect.poll(() => step(page), { timeout: SLOW }).toBe(target);
}

/** The hrefs of the header's account menu (GC Design System nav links in light DOM). */
async function accountMenu(page: Page): Promise<string[]> {
  const menu = page.getByTestId('account-menu');
  await menu.waitFor({ state: 'attached' });
  return menu.locator('gcds-nav-link').evaluateAll((links) => links.map((l) => (l as Element & { href?: string }).href ?? l.getAttribute('href') ?? ''));
}

// ── The words of each language (the pages' own labels) ──

interface Words {
  signIn: string;
  signUp: string;
  createAccount: string;
  saveContinue: string;
  addCredential: string;
  addJob: string;
  seeScore: string;
  submit: string;
  toDashboard: string;
  inPool: string;
  signInButton: string;
  verify: string;
  officerRounds: string;
  saveDraft: string;
  separation: string;
  simulated: RegExp;
  executed: RegExp;
}

const WORDS: Record<'fr' | 'en', Words> = {
  fr: {
    signIn: 'Se connecter',
    signUp: 'Créer un compte',
    createAccount: 'Créer mon compte',
    saveContinue: 'Enregistrer et continuer',
    addCredential: 'Ajouter un diplôme',
    addJob: 'Ajouter un emploi',
    seeScore: 'Enregistrer et voir mon admissibilité et ma note',
    submit: 'Soumettre mon profil',
    toDashboard: 'Aller à mon tableau de bord',
    inPool: 'dans le bassin',
    signInButton: 'Se connecter',
    verify: 'Vérifier',
    officerRounds: 'Rondes (agents)',
    saveDraft: 'Enregistrer l’ébauche',
    separation: 'Séparation des tâches',
    simulated: /^Simulée : (\d+) invitations?, note limite (\d+)\./,
    executed: /^Ronde exécutée : (\d+) invitations? émises?\./,
  },
  en: {
    signIn: 'Sign in',
    signUp: 'Create an account',
    createAccount: 'Create my account',
    saveContinue: 'Save and continue',
    addCredential: 'Add a credential',
    addJob: 'Add a job',
    seeScore: 'Save and see my eligibility and score',
    submit: 'Submit my profile',
    toDashboard: 'Go to my dashboard',
    inPool: 'in the pool',
    signInButton: 'Sign in',
    verify: 'Verify',
    officerRounds: 'Rounds (officers)',
    saveDraft: 'Save the draft',
    separation: 'Separation of duties',
    simulated: /^Simulated: (\d+) would be invited, cut-off (\d+)\./,
    executed: /^Round executed: (\d+) invitations? issued\./,
  },
};

// ── The journey's parts ──

interface Candidate {
  page: Page;
  email: string;
  score: number;
  stamp: string;
}

/** A visitor opens the home page, goes to sign-in then sign-up from the header, and builds and submits a profile. */
async function candidateEntersThePool(page: Page, lang: 'fr' | 'en', withSpouse: boolean): Promise<Candidate> {
  const w = WORDS[lang];
  const tag = `${lang}-cand`;
  await page.goto(`${suite.base}/${lang}/`);
  await checked(page, `${tag}-01-home`);
  await headerLink(page, w.signIn).click();
  await page.waitForURL(new RegExp(`/${lang}/(connexion|sign-in)$`));
  await checked(page, `${tag}-02-sign-in`);
  await page.locator('main').getByRole('link', { name: w.signUp, exact: true }).click();
  await page.waitForURL(new RegExp(`/${lang}/(inscription|sign-up)$`));
  await checked(page, `${tag}-03-sign-up`);

  const email = unique(`journey-${lang}`);
  await input(page, 'email').fill(email);
  await input(page, 'displayName').fill(lang === 'fr' ? 'Éloïse Parcours' : 'Jordan Journey');
  await input(page, 'password').fill(PASSWORD);
  await button(page, w.createAccount).click();

  // The builder, every step.
  await page.waitForURL(new RegExp(`/${lang}/(profil|profile)$`));
  await onStep(page, 'identity');
  await input(page, 'birthDate').fill(lang === 'fr' ? '1993-04-18' : '1990-09-02');
  if (withSpouse) await select(page, 'maritalStatus').selectOption('married');
  await select(page, 'intendedProvince').selectOption(lang === 'fr' ? 'NB' : 'ON');
  await checked(page, `${tag}-04-builder-identity`);
  await button(page, w.saveContinue).click();

  if (withSpouse) {
    await onStep(page, 'spouse');
    await radio(page, 'spouse.accompanying', true);
    await button(page, w.addCredential).click();
    await select(page, 'spouse.education[0].level').selectOption('bachelors_or_three_year');
    await input(page, 'spouse.education[0].completedOn').fill('2014-06-30');
    await radio(page, 'spouse.education[0].canadian', true);
    await checked(page, `${tag}-05-builder-spouse`);
    await button(page, w.saveContinue).click();
  }

  await onStep(page, 'education');
  await select(page, 'education[0].level').selectOption(lang === 'fr' ? 'bachelors_or_three_year' : 'masters_or_professional');
  await input(page, 'education[0].completedOn').fill('2016-05-31');
  await radio(page, 'education[0].canadian', false);
  await input(page, 'education[0].ecaDate').fill(day(-300));
  await checked(page, `${tag}-06-builder-education`);
  await button(page, w.saveContinue).click();

  await onStep(page, 'language');
  await select(page, 'languageTests[0].test').selectOption(lang === 'fr' ? 'tef_canada' : 'celpip_general');
  await input(page, 'languageTests[0].testDate').fill(day(-90));
  const scores = lang === 'fr' ? { speaking: '520', listening: '515', reading: '510', writing: '520' } : { speaking: '9', listening: '9', reading: '9', writing: '9' };
  for (const [ability, score] of Object.entries(scores)) await input(page, `languageTests[0].scores.${ability}`).fill(score);
  await expect.poll(async () => (await page.getByTestId('languageTests[0]-clb').textContent()) ?? '').toContain(lang === 'fr' ? 'NCLC 9' : 'CLB 9');
  await checked(page, `${tag}-07-builder-language`);
  await button(page, w.saveContinue).click();

  await onStep(page, 'work');
  await button(page, w.addJob).click();
  await input(page, 'workHistory[0].noc').fill(lang === 'fr' ? '21232' : '21231');
  // The first occupation search reads StatCan's files.
  await expect.poll(async () => ((await page.getByTestId('workHistory[0].noc-title').textContent()) ?? '').normalize('NFC'), { timeout: SLOW }).toMatch(/(FÉER|TEER) 1/);
  await input(page, 'workHistory[0].start').fill(day(-900));
  await input(page, 'workHistory[0].weeklyHours').fill(lang === 'fr' ? '37,5' : '40');
  await checked(page, `${tag}-08-builder-work`);
  await button(page, w.saveContinue).click();

  await onStep(page, 'offer');
  await checked(page, `${tag}-09-builder-offer`);
  await button(page, w.saveContinue).click();
  await onStep(page, 'nomination');
  await checked(page, `${tag}-10-builder-nomination`);
  await button(page, w.saveContinue).click();
  await onStep(page, 'funds');
  await input(page, 'settlementFundsCad').fill('25000');
  await checked(page, `${tag}-11-builder-funds`);
  await button(page, w.saveContinue).click();
  await onStep(page, 'review');
  expect(await page.locator('[data-review=work]').textContent()).toContain(lang === 'fr' ? '21232' : '21231');
  expect(await page.locator('[data-review=spouse]').count()).toBe(withSpouse ? 1 : 0);
  await checked(page, `${tag}-12-builder-review`);

  // Eligibility and score, then submission.
  await button(page, w.seeScore).click();
  await page.waitForURL(new RegExp(`/${lang}/(profil-note|profile-score)$`));
  await expect.poll(async () => Number(await page.getByTestId('profile-total').getAttribute('data-total')), { timeout: SLOW }).toBeGreaterThan(0);
  expect(await page.locator('[data-program=cec]').getAttribute('data-eligible')).toBe('true');
  await checked(page, `${tag}-13-score`);
  await button(page, w.submit).click();
  await page.getByTestId('submit-result').waitFor();
  expect(await page.getByTestId('submit-result').getAttribute('data-status')).toBe('submitted');
  await checked(page, `${tag}-14-submitted`);

  await page.locator('main').getByRole('link', { name: w.toDashboard, exact: true }).click();
  await page.waitForURL(new RegExp(`/${lang}/(tableau-de-bord|dashboard)$`));
  await expect.poll(() => page.getByTestId('profile-status').textContent()).toBe(w.inPool);
  const score = Number(await page.getByTestId('profile-score').textContent());
  expect(score).toBeGreaterThan(0);
  const stamp = (await page.locator('[data-testid=profile-stamp] time').getAttribute('datetime'))!;
  expect(Date.now() - Date.parse(stamp)).toBeLessThan(300_000);
  expect(await page.locator('[data-testid=dash-itas] tbody tr').count()).toBe(0);
  await checked(page, `${tag}-15-dashboard-in-pool`);
  return { page, email, score, stamp };
}

/**
 * Staff sign in on the sign-in page (password, then the second factor's code), land on the officers' pool, and find
 * the officers' pages in the account menu.
 */
async function staffSignIn(page: Page, lang: 'fr' | 'en', account: StaffAccount, tag: string): Promise<void> {
  const w = WORDS[lang];
  await page.goto(`${suite.base}/${lang}/`);
  await headerLink(page, w.signIn).click();
  await page.waitForURL(new RegExp(`/${lang}/(connexion|sign-in)$`));
  await input(page, 'email').fill(account.email);
  await input(page, 'password').fill(account.password);
  await button(page, w.signInButton).click();
  await page.getByTestId('totp-form').waitFor();
  await checked(page, `${tag}-01-totp`);
  await input(page, 'code').fill(await freshCode(account.totpSecret!));
  await button(page, w.verify).click();
  // No page asked for the sign-in: staff land on their first page, the officers' pool.
  await page.waitForURL(new RegExp(`/${lang}/(agent-bassin|officer-pool)$`));
  await page.getByTestId('pool-size').waitFor({ timeout: SLOW });
  const pool = lang === 'fr' ? '/fr/agent-bassin' : '/en/officer-pool';
  const rounds = lang === 'fr' ? '/fr/agent-rondes' : '/en/officer-rounds';
  expect(await accountMenu(page)).toEqual([pool, rounds, lang === 'fr' ? '/fr/compte' : '/en/account', lang === 'fr' ? '/fr/deconnexion' : '/en/sign-out']);
  await checked(page, `${tag}-02-pool`);
}

/** The officer drafts a round down to `minimumCrs` at the instant the form proposes (now), simulates it, cannot approve it. */
async function officerDraftsAndSimulates(page: Page, lang: 'fr' | 'en', minimumCrs: number): Promise<number> {
  const w = WORDS[lang];
  const tag = `${lang}-officer`;
  await page.locator('main nav').getByRole('link', { name: w.officerRounds, exact: true }).click();
  await page.getByTestId('draft-form').waitFor();
  await checked(page, `${tag}-03-rounds`);
  await input(page, 'minimumCrs').fill(String(minimumCrs));
  await button(page, w.saveDraft).click();
  await page.waitForURL(new RegExp(`/${lang}/(agent-rondes|officer-rounds)/\\d+$`));
  const number = Number(page.url().split('/').pop());
  await expect.poll(() => page.getByTestId('round-steps').getAttribute('data-status')).toBe('draft');
  await checked(page, `${tag}-04-draft`);

  await action(page, 'simulate').click();
  await expect.poll(() => page.getByTestId('round-steps').getAttribute('data-status'), { timeout: SLOW }).toBe('simulated');
  await page.getByTestId('results').waitFor();
  const said = ((await page.getByTestId('said').textContent()) ?? '').trim();
  const [, invited, cutoff] = said.match(w.simulated) ?? [];
  expect(Number(invited), said).toBeGreaterThan(0);
  expect(Number(cutoff), said).toBeGreaterThanOrEqual(minimumCrs);
  // The drafter is offered no approval, and told why.
  expect(await action(page, 'approve').count()).toBe(0);
  expect(await page.getByTestId('why-not-step').textContent()).toContain(w.separation);
  await checked(page, `${tag}-05-simulated`);
  return number;
}

/** The round approver, in another context, opens the round from the rounds list, approves and executes it. */
async function approverApprovesAndExecutes(page: Page, lang: 'fr' | 'en', number: number): Promise<void> {
  const w = WORDS[lang];
  const tag = `${lang}-approver`;
  await page.locator('main nav').getByRole('link', { name: w.officerRounds, exact: true }).click();
  const row = page.locator(`[data-testid=officer-rounds] tr[data-round="${number}"]`);
  await expect.poll(() => row.getAttribute('data-status'), { timeout: SLOW }).toBe('simulated');
  await checked(page, `${tag}-03-rounds`);
  await row.locator('th a').click();
  await page.waitForURL(new RegExp(`/${lang}/(agent-rondes|officer-rounds)/${number}$`));
  await expect.poll(() => page.getByTestId('round-steps').getAttribute('data-status')).toBe('simulated');
  await action(page, 'approve').click();
  await expect.poll(() => page.getByTestId('round-steps').getAttribute('data-status')).toBe('approved');
  await checked(page, `${tag}-04-approved`);
  await page.locator('gcds-button[data-action="execute-start"] button').click();
  await page.getByTestId('confirm-execute').waitFor();
  await checked(page, `${tag}-05-confirm-execute`);
  await action(page, 'execute').click();
  await expect.poll(() => page.getByTestId('round-steps').getAttribute('data-status'), { timeout: SLOW }).toBe('executed');
  const said = ((await page.getByTestId('said').textContent()) ?? '').trim();
  expect(Number((said.match(w.executed) ?? [])[1]), said).toBeGreaterThan(0);
  await checked(page, `${tag}-06-executed`);
}

/** The candidate's dashboard shows the round's ITA, waiting for an answer. */
async function candidateSeesTheIta(page: Page, number: number, tag: string): Promise<Locator> {
  const ita = page.locator(`[data-testid=dash-itas] tbody tr`).filter({ has: page.locator('th', { hasText: new RegExp(`^${number}$`) }) });
  await expect.poll(() => ita.getAttribute('data-status'), { timeout: SLOW }).toBe('issued');
  await checked(page, tag);
  return ita;
}

// ── French: the ITA accepted ────────────────────────────────────────────────────────────────────────────────────

describe('the journey in French', () => {
  live('sign up, profile, submit; an officer drafts and simulates; the approver approves and executes; the candidate accepts the ITA', async (contexts) => {
    const candidate = await candidateEntersThePool(await person(contexts), 'fr', false);

    const officer = await person(contexts);
    await staffSignIn(officer, 'fr', demoAccount(suite.server, 'officer')!, 'fr-officer');
    const number = await officerDraftsAndSimulates(officer, 'fr', candidate.score);

    const approver = await person(contexts);
    await staffSignIn(approver, 'fr', demoAccount(suite.server, 'round_approver')!, 'fr-approver');
    await approverApprovesAndExecutes(approver, 'fr', number);

    const page = candidate.page;
    await page.reload();
    const ita = await candidateSeesTheIta(page, number, 'fr-cand-16-dashboard-ita');
    await ita.getByRole('button', { name: 'Accepter', exact: true }).click();
    await page.getByTestId('confirm').waitFor();
    await checked(page, 'fr-cand-17-accept-confirm');
    await page.getByTestId('confirm').getByRole('button', { name: 'Oui, accepter', exact: true }).click();
    await expect.poll(() => ita.getAttribute('data-status'), { timeout: SLOW }).toBe('accepted');
    await expect.poll(() => page.locator('[data-testid=dash-apps] li').count(), { timeout: SLOW }).toBe(1);
    await expect.poll(() => page.getByTestId('profile-status').textContent()).toBe('demande présentée');
    await checked(page, 'fr-cand-18-dashboard-applied');
  });
});

// ── English: the ITA declined ───────────────────────────────────────────────────────────────────────────────────

describe('the journey in English', () => {
  live('sign up, profile with a spouse, submit; an officer drafts and simulates; the approver approves and executes; the candidate declines the ITA', async (contexts) => {
    const candidate = await candidateEntersThePool(await person(contexts), 'en', true);
    const page = candidate.page;
    // The candidate signs out for now; signing in again later (no page asked for it) lands on the dashboard.
    await page.getByTestId('account-menu').waitFor({ state: 'attached' });
    expect(await accountMenu(page)).toEqual(['/en/dashboard', '/en/profile', '/en/profile-score', '/en/account', '/en/sign-out']);
    await page.goto(`${suite.base}/en/sign-out`);
    await page.getByText('You are signed out.').waitFor();
    await checked(page, 'en-cand-16-signed-out');

    const officer = await person(contexts);
    await staffSignIn(officer, 'en', demoAccount(suite.server, 'officer')!, 'en-officer');
    const number = await officerDraftsAndSimulates(officer, 'en', candidate.score);

    const approver = await person(contexts);
    await staffSignIn(approver, 'en', demoAccount(suite.server, 'round_approver')!, 'en-approver');
    await approverApprovesAndExecutes(approver, 'en', number);

    await page.goto(`${suite.base}/en/`);
    await headerLink(page, 'Sign in').click();
    await page.waitForURL(/\/en\/sign-in$/);
    await input(page, 'email').fill(candidate.email);
    await input(page, 'password').fill(PASSWORD);
    await button(page, 'Sign in').click();
    await page.waitForURL(/\/en\/dashboard$/);
    const ita = await candidateSeesTheIta(page, number, 'en-cand-17-dashboard-ita');
    await ita.getByRole('button', { name: 'Decline', exact: true }).click();
    await page.getByTestId('confirm').waitFor();
    await checked(page, 'en-cand-18-decline-confirm');
    await page.getByTestId('confirm').getByRole('button', { name: 'Yes, decline', exact: true }).click();
    await expect.poll(() => ita.getAttribute('data-status'), { timeout: SLOW }).toBe('declined');
    await expect.poll(() => page.getByTestId('profile-status').textContent()).toBe('in the pool');
    expect(await page.locator('[data-testid=profile-stamp] time').getAttribute('datetime')).toBe(candidate.stamp);
    expect(await page.locator('[data-testid=dash-apps] li').count()).toBe(0);
    await checked(page, 'en-cand-19-dashboard-declined');
  });
});
