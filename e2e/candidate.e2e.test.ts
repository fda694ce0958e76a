// The candidate's pages in a real browser (issue #5): sign up, the profile builder step by step (mouse in French,
// keyboard in English), a field error worded in French next to its field then fixed, "save draft", a reload that loses
// nothing, eligibility and score, submission → the dashboard's tie-break stamp and expiry; sign-in with a second
// factor; protected pages and roles. axe-core on every page; screenshots in test-results/e2e/.
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { Secret, TOTP } from 'otpauth';
import { axeViolations, screenshot } from './browser.ts';
import { e2eSuite } from './suite.ts';
import { publishedRound } from './staff.ts';
import { fieldId } from '../web/src/lib/fields.ts';

const suite = e2eSuite();

function live(name: string, body: () => Promise<void>) {
  it(name, async (ctx) => {
    const skip = suite.skipReason();
    if (skip) return ctx.skip(skip);
    const browser = suite.browser!;
    // Each journey starts signed out (the browser context, and so its cookies, is shared by the tests).
    await browser.context.clearCookies();
    try {
      await body();
    } catch (error) {
      // What the page showed when it failed, kept with the other screenshots.
      const pages = browser.context.pages();
      for (const [i, page] of pages.entries()) await screenshot(page, `cand-failed-${i}`).catch(() => undefined);
      throw error;
    } finally {
      for (const page of browser.context.pages()) await page.close().catch(() => undefined);
    }
  });
}

// ── Helpers ────────────────────────────────────────────────────────────────────────────────────────────────────

const input = (page: Page, p: string): Locator => page.locator(`gcds-input#${fieldId(p)} input`);
const select = (page: Page, p: string): Locator => page.locator(`gcds-select#${fieldId(p)} select`);
const radio = (page: Page, p: string, yes: boolean) => page.locator(`input[type=radio]#${fieldId(p)}-${yes ? 'yes' : 'no'}`).check({ force: true });
const fieldError = (page: Page, p: string): Locator => page.locator(`#${fieldId(p)} gcds-error-message`);
const button = (page: Page, name: string | RegExp) => page.locator('main').getByRole('button', { name, exact: typeof name === 'string' });
const step = (page: Page) => page.getByTestId('step').getAttribute('data-step');

const day = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);
const unique = (who: string) => `${who}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 7)}@example.org`;
const PASSWORD = 'correct horse battery staple 42';

async function open(p: string): Promise<Page> {
  const page = await suite.browser!.newPage();
  await page.goto(`${suite.base}${p}`);
  await page.locator('main h1').first().waitFor();
  return page;
}

async function axe(page: Page, name: string): Promise<void> {
  await page.waitForTimeout(250);
  const violations = await axeViolations(page);
  await screenshot(page, name);
  expect(violations, name).toEqual([]);
}

/** Waits until the builder shows `target` (after "Save and continue" saved the draft). */
async function onStep(page: Page, target: string): Promise<void> {
  await expect.poll(() => step(page), { timeout: 10_000 }).toBe(target);
}

/** The element that really has focus, through shadow roots. */
async function deepFocus(page: Page): Promise<{ tag: string; id: string; text: string }> {
  return page.evaluate(() => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    const host = (el?.getRootNode() as ShadowRoot | null)?.host;
    return { tag: el?.tagName.toLowerCase() ?? '', id: el?.id ?? '', text: ((el?.textContent ?? '').trim() || (host?.textContent ?? '')).trim().slice(0, 80) };
  });
}

/** Tab until the control with this DOM id (or a button with this text) has focus. */
async function tabTo(page: Page, target: { id?: string; text?: string }): Promise<void> {
  const seen: string[] = [];
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab');
    const f = await deepFocus(page);
    seen.push(f.id || f.text || f.tag);
    if ((target.id && f.id === target.id) || (target.text && f.tag === 'button' && f.text === target.text)) return;
  }
  throw new Error(`never reached ${JSON.stringify(target)} by Tab; went through ${seen.join(', ')}`);
}

async function typeInto(page: Page, id: string, text: string): Promise<void> {
  await tabTo(page, { id });
  await page.keyboard.press('ControlOrMeta+a');
  // At a person's pace: typed all at once on a busy machine, the sign-up password field once showed every character
  // while the form's state had missed the last ones. The sign-up, sign-in and second-factor forms now send what their
  // controls hold (submittedText); the profile builder's fields still send the form's state.
  await page.keyboard.type(text, { delay: 15 });
}

// ── French, with the mouse ─────────────────────────────────────────────────────────────────────────────────────

describe('candidate journey in French (mouse)', () => {
  live('sign up, every step of the profile, a field error in French then fixed, save draft, reload, submit, dashboard', async () => {
    // A protected page sends to sign-in first, and back after.
    const page = await open('/fr/tableau-de-bord');
    await page.waitForURL(/\/fr\/connexion\?next=%2Ffr%2Ftableau-de-bord$/);
    expect(await page.locator('main').getByText('Connectez-vous pour voir cette page.').count()).toBe(1);
    await axe(page, 'cand-fr-sign-in');
    await page.locator('main').getByRole('link', { name: 'Créer un compte' }).click();
    await page.waitForURL(/\/fr\/inscription\?next=/);
    await page.locator('main h1').first().waitFor();

    // Sign up: a password too short is refused next to its field, in French; nothing else is lost.
    const email = unique('fr');
    await input(page, 'email').fill(email);
    await input(page, 'displayName').fill('Amélie Candidate');
    await input(page, 'password').fill('court');
    await button(page, 'Créer mon compte').click();
    await expect.poll(async () => (await fieldError(page, 'password').textContent()) ?? '').not.toBe('');
    expect(await input(page, 'email').inputValue()).toBe(email);
    await axe(page, 'cand-fr-sign-up-error');
    await input(page, 'password').fill(PASSWORD);
    await button(page, 'Créer mon compte').click();
    await page.waitForURL(/\/fr\/tableau-de-bord$/);
    await page.getByTestId('dash-profile').getByText('Vous n’avez pas encore de profil.', { exact: false }).waitFor();
    await expect.poll(() => page.getByTestId('account-menu').count()).toBe(1);
    await axe(page, 'cand-fr-dashboard-empty');

    // The builder: step 1, an impossible birth date → the API's words next to the field, the summary on top.
    await page.locator('main').getByRole('link', { name: 'Bâtir mon profil' }).click();
    await page.waitForURL(/\/fr\/profil/);
    await onStep(page, 'identity');
    await input(page, 'birthDate').fill('1994-02-30');
    await select(page, 'intendedProvince').selectOption('ON');
    await button(page, 'Enregistrer et continuer').click();
    await expect.poll(async () => (await fieldError(page, 'birthDate').textContent()) ?? '').toContain('AAAA-MM-JJ');
    expect(await page.locator('gcds-error-summary').getAttribute('heading')).toBe('Veuillez corriger ce qui suit');
    expect(await step(page)).toBe('identity');
    expect(await select(page, 'intendedProvince').inputValue()).toBe('ON'); // what was typed stays
    await axe(page, 'cand-fr-builder-error');
    await input(page, 'birthDate').fill('1994-03-12');
    await button(page, 'Enregistrer et continuer').click();

    // Education and ECA.
    await onStep(page, 'education');
    expect(await fieldError(page, 'birthDate').count()).toBe(0);
    await select(page, 'education[0].level').selectOption('bachelors_or_three_year');
    await input(page, 'education[0].completedOn').fill('2016-05-31');
    await radio(page, 'education[0].canadian', false);
    await input(page, 'education[0].ecaDate').fill(day(-400));
    await axe(page, 'cand-fr-builder-education');
    await button(page, 'Enregistrer et continuer').click();

    // Language: raw scores converted to NCLC on the spot.
    await onStep(page, 'language');
    await select(page, 'languageTests[0].test').selectOption('ielts_general');
    await input(page, 'languageTests[0].testDate').fill(day(-120));
    for (const [ability, score] of [['speaking', '7'], ['listening', '8'], ['reading', '7'], ['writing', '6.5']] as const) {
      await input(page, `languageTests[0].scores.${ability}`).fill(score);
    }
    await expect.poll(async () => (await page.getByTestId('languageTests[0]-clb').textContent()) ?? '').toContain('NCLC 8');
    await axe(page, 'cand-fr-builder-language');
    await button(page, 'Enregistrer et continuer').click();

    // Work, with the NOC search; then "save draft" and a reload: nothing is lost.
    await onStep(page, 'work');
    await button(page, 'Ajouter un emploi').click();
    await input(page, 'workHistory[0].noc').fill('21232');
    await expect.poll(async () => ((await page.getByTestId('workHistory[0].noc-title').textContent()) ?? '').normalize('NFC'), { timeout: 20_000 }).toContain('(FÉER 1)'.normalize('NFC')); // the first NOC search reads StatCan's files
    await input(page, 'workHistory[0].start').fill(day(-800));
    await input(page, 'workHistory[0].weeklyHours').fill('37,5');
    await axe(page, 'cand-fr-builder-work');
    await button(page, 'Enregistrer le brouillon').click();
    await expect.poll(async () => (await page.getByTestId('save-status').textContent()) ?? '').toContain('Enregistré le');
    // Once saved, the browser keeps no copy of the answers: what comes back after the reload is the server's draft.
    await expect.poll(() => page.evaluate(() => sessionStorage.getItem('ee.profile-builder'))).toBeNull();
    await page.reload();
    await onStep(page, 'work');
    await expect.poll(() => input(page, 'workHistory[0].noc').inputValue()).toBe('21232');
    await expect.poll(() => input(page, 'workHistory[0].weeklyHours').inputValue()).toBe('37.5');
    await page.locator('.steps-nav').getByRole('link', { name: /Études et EDE/ }).click();
    await onStep(page, 'education');
    expect(await input(page, 'education[0].completedOn').inputValue()).toBe('2016-05-31');
    await page.locator('.steps-nav').getByRole('link', { name: /Expérience de travail/ }).click();
    await onStep(page, 'work');
    await button(page, 'Enregistrer et continuer').click();

    // Job offer, nomination (none), funds, review.
    await onStep(page, 'offer');
    await axe(page, 'cand-fr-builder-offer');
    await button(page, 'Enregistrer et continuer').click();
    await onStep(page, 'nomination');
    await button(page, 'Enregistrer et continuer').click();
    await onStep(page, 'funds');
    await input(page, 'settlementFundsCad').fill('12000');
    await button(page, 'Enregistrer et continuer').click();
    await onStep(page, 'review');
    expect(await page.locator('[data-review=identity]').textContent()).toContain('1994-03-12');
    expect(await page.locator('[data-review=work]').textContent()).toContain('21232');
    await axe(page, 'cand-fr-builder-review');

    // Eligibility and score (a preview of the draft), then submission.
    await button(page, 'Enregistrer et voir mon admissibilité et ma note').click();
    await page.waitForURL(/\/fr\/profil-note$/);
    await expect.poll(async () => Number(await page.getByTestId('profile-total').getAttribute('data-total')), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(await page.locator('[data-program=cec]').getAttribute('data-eligible')).toBe('true');
    expect(await page.getByTestId('score-source').textContent()).toContain('aperçu');
    await axe(page, 'cand-fr-score');
    await button(page, 'Soumettre mon profil').click();
    const result = page.getByTestId('submit-result');
    await result.waitFor();
    expect(await result.getAttribute('data-status')).toBe('submitted');
    expect(await result.textContent()).toMatch(/Soumis le .+ UTC/);
    await axe(page, 'cand-fr-submitted');

    // The dashboard: status, stamp, expiry 12 months later, score; the inbox says so too.
    await page.locator('main').getByRole('link', { name: 'Aller à mon tableau de bord' }).click();
    await page.waitForURL(/\/fr\/tableau-de-bord$/);
    await expect.poll(() => page.getByTestId('profile-status').textContent()).toBe('dans le bassin');
    const stamp = await page.locator('[data-testid=profile-stamp] time').getAttribute('datetime');
    expect(Date.now() - Date.parse(stamp!)).toBeLessThan(120_000);
    const expires = await page.locator('[data-testid=profile-expires] time').getAttribute('datetime');
    expect(expires!.slice(0, 4)).toBe(String(new Date(stamp!).getUTCFullYear() + 1));
    expect(Number(await page.getByTestId('profile-score').textContent())).toBeGreaterThan(0);
    await expect.poll(() => page.locator('[data-testid=dash-inbox] li[data-message=profile_submitted]').count()).toBe(1);
    await axe(page, 'cand-fr-dashboard');

    // Mark the message read.
    await page.locator('[data-testid=dash-inbox]').getByRole('button', { name: /^Marquer comme lu/ }).click();
    await expect.poll(() => page.locator('[data-testid=dash-inbox] li[data-message=profile_submitted]').getAttribute('data-read')).toBe('true');

    // A round large enough to invite the whole pool: the invitation shows; declining asks first, and the profile is
    // back in the pool with the same stamp.
    const first = await publishedRound(suite.base, suite.server, 500);
    await page.reload();
    const ita = page.locator('[data-testid=dash-itas] tbody tr').first();
    await expect.poll(() => ita.getAttribute('data-status'), { timeout: 10_000 }).toBe('issued');
    expect(await ita.locator('th').textContent()).toBe(String(first));
    await axe(page, 'cand-fr-dashboard-ita');
    await ita.getByRole('button', { name: 'Refuser' }).click();
    await page.getByTestId('confirm').waitFor();
    await axe(page, 'cand-fr-ita-decline-confirm');
    await page.getByTestId('confirm').getByRole('button', { name: 'Oui, refuser' }).click();
    await expect.poll(() => page.locator(`[data-testid=dash-itas] tbody tr`).first().getAttribute('data-status')).toBe('declined');
    await expect.poll(() => page.getByTestId('profile-status').textContent()).toBe('dans le bassin');
    expect(await page.locator('[data-testid=profile-stamp] time').getAttribute('datetime')).toBe(stamp);

    // "Why wasn't I invited?" for that round: it did invite me.
    await input(page, 'round').fill(String(first));
    await button(page, 'Expliquer').click();
    await expect.poll(async () => (await page.getByTestId('why-answer').textContent()) ?? '').toContain(`La ronde ${first} vous a invité.`);

    // The next round invites again; accepting opens the application.
    const second = await publishedRound(suite.base, suite.server, 500);
    await page.reload();
    const again = page.locator(`[data-testid=dash-itas] tbody tr[data-status=issued]`);
    await expect.poll(() => again.count(), { timeout: 10_000 }).toBe(1);
    expect(await again.locator('th').textContent()).toBe(String(second));
    await again.getByRole('button', { name: 'Accepter' }).click();
    await page.getByTestId('confirm').getByRole('button', { name: 'Oui, accepter' }).click();
    await expect.poll(() => page.locator('[data-testid=dash-apps] li').count(), { timeout: 10_000 }).toBe(1);
    await expect.poll(() => page.getByTestId('profile-status').textContent()).toBe('demande présentée');
    await axe(page, 'cand-fr-dashboard-applied');
    await page.close();
  });
});

// ── English, with the keyboard ─────────────────────────────────────────────────────────────────────────────────

describe('candidate journey in English (keyboard)', () => {
  live('sign up and build a profile with a spouse using the keyboard only, submit, then withdraw and clone', async () => {
    const page = await open('/en/sign-up');
    const email = unique('en');
    await typeInto(page, fieldId('email'), email);
    await typeInto(page, fieldId('displayName'), 'Sam Keyboard');
    await typeInto(page, fieldId('password'), PASSWORD);
    await tabTo(page, { text: 'Create my account' });
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/en\/profile$/);
    await onStep(page, 'identity');
    await axe(page, 'cand-en-builder-identity');

    // Identity: a partner who comes along adds the spouse step.
    await typeInto(page, fieldId('birthDate'), '1990-07-01');
    await tabTo(page, { id: fieldId('maritalStatus') });
    await page.keyboard.press('ArrowDown'); // single → married
    await expect.poll(() => select(page, 'maritalStatus').inputValue()).toBe('married');
    await tabTo(page, { id: fieldId('intendedProvince') });
    for (let i = 0; i < 9; i++) await page.keyboard.press('ArrowDown'); // — Choose — → AB … ON
    await expect.poll(() => select(page, 'intendedProvince').inputValue()).toBe('ON');
    await tabTo(page, { text: 'Save and continue' });
    await page.keyboard.press('Enter');
    await onStep(page, 'spouse');
    // Focus moves to the new step's title in an effect after the step renders: wait for it.
    await expect.poll(async () => (await deepFocus(page)).tag).toBe('div');
    await axe(page, 'cand-en-builder-spouse');
    await tabTo(page, { text: 'Save and continue' });
    await page.keyboard.press('Enter');

    await onStep(page, 'education');
    await tabTo(page, { id: fieldId('education[0].level') });
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowDown'); // — Choose — → secondary … masters_or_professional
    await expect.poll(() => select(page, 'education[0].level').inputValue()).toBe('masters_or_professional');
    await typeInto(page, fieldId('education[0].completedOn'), '2015-06-30');
    await tabTo(page, { id: `${fieldId('education[0].canadian')}-no` }); // Tab reaches the checked radio; arrows choose
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => page.locator(`input#${fieldId('education[0].canadian')}-yes`).isChecked()).toBe(true);
    await tabTo(page, { text: 'Save and continue' });
    await page.keyboard.press('Enter');

    await onStep(page, 'language');
    await tabTo(page, { id: fieldId('languageTests[0].test') });
    await page.keyboard.press('ArrowDown'); // → ielts_general
    await page.keyboard.press('ArrowDown'); // → celpip_general
    await expect.poll(() => select(page, 'languageTests[0].test').inputValue()).toBe('celpip_general');
    await typeInto(page, fieldId('languageTests[0].testDate'), day(-60));
    for (const ability of ['speaking', 'listening', 'reading', 'writing']) await typeInto(page, fieldId(`languageTests[0].scores.${ability}`), '10');
    await expect.poll(async () => (await page.getByTestId('languageTests[0]-clb').textContent()) ?? '').toContain('CLB 10');
    await tabTo(page, { text: 'Save and continue' });
    await page.keyboard.press('Enter');

    await onStep(page, 'work');
    await tabTo(page, { text: 'Add a job' });
    await page.keyboard.press('Enter');
    await typeInto(page, fieldId('workHistory[0].noc'), '21231');
    await expect.poll(async () => (await page.getByTestId('workHistory[0].noc-title').textContent()) ?? '', { timeout: 20_000 }).toContain('TEER 1');
    await typeInto(page, fieldId('workHistory[0].start'), day(-1200));
    await typeInto(page, fieldId('workHistory[0].weeklyHours'), '40');
    await tabTo(page, { text: 'Save and continue' });
    await page.keyboard.press('Enter');

    for (const next of ['offer', 'nomination', 'funds']) {
      await onStep(page, next);
      if (next === 'funds') await typeInto(page, fieldId('settlementFundsCad'), '30000');
      await tabTo(page, { text: 'Save and continue' });
      await page.keyboard.press('Enter');
    }
    await onStep(page, 'review');
    expect(await page.locator('[data-review=spouse]').count()).toBe(1);
    await axe(page, 'cand-en-builder-review');
    await tabTo(page, { text: 'Save and see my eligibility and score' });
    await page.keyboard.press('Enter');

    await page.waitForURL(/\/en\/profile-score$/);
    await expect.poll(async () => Number(await page.getByTestId('profile-total').getAttribute('data-total')), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(await page.locator('[data-testid=crs-lines] tr[data-factor="age"]').count()).toBe(1);
    await axe(page, 'cand-en-score');
    await tabTo(page, { text: 'Submit my profile' });
    await page.keyboard.press('Enter');
    await page.getByTestId('submit-result').waitFor();
    expect(await page.getByTestId('submit-result').getAttribute('data-status')).toBe('submitted');
    expect(await page.getByTestId('submit-result').textContent()).toMatch(/Submitted on .+ UTC \(your tie-break stamp\)\. It expires on/);

    // Dashboard: stamp and expiry; withdraw asks first; then a new draft from the withdrawn profile.
    await page.locator('main').getByRole('link', { name: 'Go to my dashboard' }).click();
    await page.waitForURL(/\/en\/dashboard$/);
    await expect.poll(() => page.getByTestId('profile-status').textContent()).toBe('in the pool');
    expect(await page.locator('[data-testid=profile-stamp] time').count()).toBe(1);
    expect(await page.locator('[data-testid=profile-expires] time').count()).toBe(1);
    await axe(page, 'cand-en-dashboard');
    await tabTo(page, { text: 'Withdraw my profile' });
    await page.keyboard.press('Enter');
    await page.getByTestId('confirm').waitFor();
    await axe(page, 'cand-en-withdraw-confirm');
    await tabTo(page, { text: 'Yes, withdraw it' });
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('profile-status').textContent()).toBe('withdrawn');
    await button(page, 'Start a new draft from this profile').click();
    await page.waitForURL(/\/en\/profile$/);
    await expect.poll(async () => (await page.getByTestId('builder-profile').textContent()) ?? '').toMatch(/draft/);
    await expect.poll(() => input(page, 'birthDate').inputValue()).toBe('1990-07-01');
    await page.close();
  });
});

// ── Signing in, the second factor, roles ───────────────────────────────────────────────────────────────────────

describe('signing in', () => {
  live('a wrong password is refused in words; an administrator gives the second factor, then gets a clear message on a candidate page', async () => {
    // The admin (not the officer and approver, whose codes the rounds helper uses: a code is good only once).
    const officer = suite.server?.started?.seed.accounts.find((a) => a.role === 'admin');
    expect(officer?.totpSecret).toBeTruthy();
    const page = await open('/en/sign-in?next=%2Fen%2Fdashboard');
    await input(page, 'email').fill(officer!.email);
    await input(page, 'password').fill('not the password at all');
    await button(page, 'Sign in').click();
    await page.locator('main gcds-notice').waitFor();
    await axe(page, 'cand-en-sign-in-refused');

    await input(page, 'password').fill(officer!.password);
    await button(page, 'Sign in').click();
    await page.getByTestId('totp-form').waitFor();
    await axe(page, 'cand-en-totp');
    await input(page, 'code').fill('000000');
    await button(page, 'Verify').click();
    await expect.poll(async () => (await fieldError(page, 'code').textContent()) ?? '').toContain('authenticator app');
    const code = new TOTP({ secret: Secret.fromBase32(officer!.totpSecret!) }).generate();
    await input(page, 'code').fill(code);
    await button(page, 'Verify').click();
    await page.waitForURL(/\/en\/dashboard$/);
    await page.getByText('This page is for candidates', { exact: false }).first().waitFor();
    expect(await page.locator('main').textContent()).toContain('with the role administrator');
    await axe(page, 'cand-en-wrong-role');

    // Sign out: the protected page sends to sign-in again.
    await page.goto(`${suite.base}/en/sign-out`);
    await page.getByText('You are signed out.').waitFor();
    await page.goto(`${suite.base}/en/profile`);
    await page.waitForURL(/\/en\/sign-in\?next=%2Fen%2Fprofile$/);
    await page.close();
  });

  live('a candidate turns the second factor on from the account page, and is asked for a code at the next sign-in', async () => {
    const page = await open('/fr/inscription');
    const email = unique('totp');
    await input(page, 'email').fill(email);
    await input(page, 'displayName').fill('Théo Deux-Facteurs');
    await input(page, 'password').fill(PASSWORD);
    await button(page, 'Créer mon compte').click();
    await page.waitForURL(/\/fr\/profil$/);
    await page.goto(`${suite.base}/fr/compte`);
    await button(page, 'Configurer un deuxième facteur').click();
    const secret = (await page.getByTestId('totp-secret').textContent())!.trim();
    await axe(page, 'cand-fr-account-totp');
    const confirmCode = new TOTP({ secret: Secret.fromBase32(secret) }).generate();
    await input(page, 'code').fill(confirmCode);
    await button(page, 'Activer le deuxième facteur').click();
    await page.getByText('Désormais, la connexion demande un code.', { exact: false }).waitFor();

    await page.goto(`${suite.base}/fr/deconnexion`);
    await page.getByText('Vous êtes déconnecté.').waitFor();
    await page.goto(`${suite.base}/fr/connexion`);
    await input(page, 'email').fill(email);
    await input(page, 'password').fill(PASSWORD);
    await button(page, 'Se connecter').click();
    await page.getByTestId('totp-form').waitFor();
    // A code is good once: the sign-in waits for the app's next code when the confirmation used this one.
    let signInCode = new TOTP({ secret: Secret.fromBase32(secret) }).generate();
    for (let i = 0; i < 35 && signInCode === confirmCode; i++) {
      await page.waitForTimeout(1000);
      signInCode = new TOTP({ secret: Secret.fromBase32(secret) }).generate();
    }
    await input(page, 'code').fill(signInCode);
    await button(page, 'Vérifier').click();
    await page.waitForURL(/\/fr\/tableau-de-bord$/);
    await page.close();
  });
});
