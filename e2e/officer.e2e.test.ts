// The officers' pages in a real browser, the whole workflow of a round: the demo officer signs in, sees the pool
// dashboard, drafts a round (a field error first, in French), simulates it (results, counts, charts with their
// tables, the would-be-invited list page by page), and cannot approve it (told why: separation of duties); the demo
// round approver approves and executes it (after a confirmation); the officer publishes it; the public page shows it.
// axe-core on every officer page; a visitor and a candidate are told what the pages are for. Screenshots: test-results/e2e/.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, screenshot } from './browser.ts';
import { e2eSuite } from './suite.ts';
import { fieldId } from '../web/src/lib/fields.ts';
import { browserSignIn, demoAccount } from './staff.ts';

const suite = e2eSuite();

function live(name: string, body: () => Promise<void>) {
  it(name, async (ctx) => {
    const skip = suite.skipReason({ demo: true });
    if (skip) return ctx.skip(skip);
    await body();
  });
}

const heading = (page: Page) => page.locator('main gcds-heading').first();
const input = (page: Page, name: string) => page.locator(`gcds-input#${fieldId(name)} input`);
const select = (page: Page, name: string) => page.locator(`gcds-select#${fieldId(name)} select`);
const fieldError = (page: Page, name: string) => page.locator(`#${fieldId(name)} gcds-error-message`);
const action = (page: Page, name: string) => page.locator(`gcds-button[data-action="${name}"] button`);

/** The element that really has focus, through shadow roots (GC Design System controls). */
async function deepFocus(page: Page): Promise<{ tag: string; id: string; text: string }> {
  return page.evaluate(() => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    const host = (el?.getRootNode() as ShadowRoot | null)?.host;
    return {
      tag: el?.tagName.toLowerCase() ?? '',
      id: el?.id ?? '',
      text: ((el?.textContent ?? '').trim() || (host?.textContent ?? '')).trim().slice(0, 80),
    };
  });
}

async function tabUntil(page: Page, found: (f: { tag: string; id: string; text: string }) => boolean): Promise<void> {
  const seen: string[] = [];
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab');
    const f = await deepFocus(page);
    seen.push(f.id || `${f.tag}:${f.text.slice(0, 20)}`);
    if (found(f)) return;
  }
  throw new Error(`not reached with Tab; went through ${seen.join(', ')}`);
}

async function noViolations(page: Page, name: string): Promise<void> {
  await page.waitForTimeout(200);
  await screenshot(page, name);
  expect(await axeViolations(page)).toEqual([]);
}

describe('officer pages', () => {
  live('signed out, or signed in as a candidate: told what the page is for, nothing shown', async () => {
    const page = await suite.browser!.newPage();
    await page.goto(`${suite.base}/en/officer-pool`);
    await expect.poll(() => page.getByTestId('staff-gate').getAttribute('data-state')).toBe('signed_out');
    expect(await page.getByRole('heading', { name: 'Sign in as an officer' }).count()).toBe(1);
    expect(await page.getByTestId('pool-size').count()).toBe(0);
    await noViolations(page, 'officer-signed-out-en');
    await browserSignIn(page, demoAccount(suite.server, 'candidate')!);
    await page.goto(`${suite.base}/fr/agent-rondes`);
    await expect.poll(() => page.getByTestId('staff-gate').getAttribute('data-state')).toBe('not_staff');
    expect(await page.getByRole('heading', { name: 'Réservé au personnel d’IRCC' }).count()).toBe(1);
    expect(await page.getByTestId('officer-rounds').count()).toBe(0);
    await noViolations(page, 'officer-candidate-fr');
    await page.close();
  });

  live('a round from draft to publication: officer drafts and simulates, cannot approve; approver approves and executes; officer publishes', async () => {
    const page = await suite.browser!.newPage();
    await page.goto(`${suite.base}/fr/`);
    await browserSignIn(page, demoAccount(suite.server, 'officer')!);

    // The pool dashboard.
    await page.goto(`${suite.base}/en/officer-pool`);
    await page.getByTestId('pool-size').waitFor();
    expect(await page.getByTestId('pool-size').textContent()).toMatch(/^\d+ profiles? in the pool$/);
    await page.getByTestId('pool-chart').locator('details table').waitFor({ state: 'attached' });
    expect(await page.locator('[data-testid=pool-chart] rect.chart-bar').count()).toBe(15);
    for (const table of ['pool-by-program', 'pool-by-province', 'pool-by-status']) expect(await page.getByTestId(table).locator('tbody tr').count()).toBeGreaterThan(0);
    // The ranked pool, page by page through the API's cursor (the e2e server seeds about 40 profiles).
    const inPool = Number(((await page.getByTestId('pool-size').textContent()) ?? '').match(/^(\d+)/)![1]);
    await page.getByTestId('ranked-pool').waitFor();
    expect(await page.getByTestId('ranked-pool').locator('tbody tr').count()).toBe(Math.min(25, inPool));
    const scores = await page.locator('[data-testid=ranked-pool] tbody tr td:nth-child(3)').allTextContents();
    expect(scores.map(Number)).toEqual([...scores.map(Number)].sort((a, b) => b - a));
    if (inPool > 25) {
      await page.getByRole('button', { name: 'Next page' }).click();
      await expect.poll(() => page.getByTestId('ranked-page').textContent()).toBe(`Profiles 26 to ${Math.min(50, inPool)}`);
      expect(Number(await page.locator('[data-testid=ranked-pool] tbody tr td:nth-child(3)').first().textContent())).toBeLessThanOrEqual(Number(scores.at(-1)));
      await page.getByRole('button', { name: 'Previous page' }).click();
      await expect.poll(() => page.getByTestId('ranked-page').textContent()).toBe('Profiles 1 to 25');
    }
    await noViolations(page, 'officer-pool-en');

    // The draft form, in French: a bad size is refused next to the field, nothing stored.
    await page.goto(`${suite.base}/fr/agent-rondes`);
    await page.getByTestId('draft-form').waitFor();
    await noViolations(page, 'officer-rounds-fr');
    await input(page, 'size').fill('-3');
    await page.getByRole('button', { name: 'Enregistrer l’ébauche' }).click();
    await expect.poll(async () => (await fieldError(page, 'size').textContent()) ?? '').toMatch(/nombre entier d’au moins 1/);
    expect(await page.locator('gcds-error-summary').getAttribute('heading')).toBe('Veuillez corriger ce qui suit');
    await noViolations(page, 'officer-draft-fr-error');
    expect(await page.getByTestId('officer-rounds').count()).toBe(0);

    // A good one: a general round of 5.
    await input(page, 'size').fill('5');
    await page.getByRole('button', { name: 'Enregistrer l’ébauche' }).click();
    await page.waitForURL(/\/fr\/agent-rondes\/\d+$/);
    const number = Number(page.url().split('/').pop());
    await expect.poll(() => page.getByTestId('round-steps').getAttribute('data-status')).toBe('draft');
    expect(await page.locator('[data-step=draft] .step-detail').textContent()).toContain('préparée par vous');
    await noViolations(page, 'officer-round-draft-fr');

    // In English: simulate → results, charts with tables, the list page by page.
    await page.goto(`${suite.base}/en/officer-rounds/${number}`);
    await action(page, 'simulate').click();
    await expect.poll(() => page.getByTestId('round-steps').getAttribute('data-status')).toBe('simulated');
    expect(await page.getByTestId('said').textContent()).toMatch(/Simulated: 5 would be invited, cut-off \d+/);
    await page.getByTestId('results').waitFor();
    expect(await page.getByTestId('invited-list').locator('tbody tr').count()).toBe(5);
    expect(await page.getByTestId('invited-page').textContent()).toBe('Page 1 of 1 (rows 1 to 5 of 5)');
    for (const chart of ['invited-chart', 'pool-at-instant-chart']) {
      expect(await page.getByTestId(chart).locator('svg[role=img]').count()).toBe(1);
      expect(await page.getByTestId(chart).locator('details table tbody tr').count()).toBe(18);
    }
    expect(await page.getByTestId('results-by-program').locator('tbody tr').count()).toBe(4);
    // The drafter cannot approve, and is told why.
    expect(await action(page, 'approve').count()).toBe(0);
    expect(await page.getByTestId('why-not-step').textContent()).toContain('Separation of duties');
    await noViolations(page, 'officer-round-simulated-en');

    // The round approver (another account) approves, then executes after confirming.
    await browserSignIn(page, demoAccount(suite.server, 'round_approver')!);
    await page.goto(`${suite.base}/en/officer-rounds/${number}`);
    await action(page, 'approve').click();
    await expect.poll(() => page.getByTestId('round-steps').getAttribute('data-status')).toBe('approved');
    expect(await page.locator('[data-step=approved] .step-detail').textContent()).toContain('approved by you');
    expect(await page.locator('[data-step=draft] .step-detail').textContent()).toContain('another account');
    await page.locator('gcds-button[data-action="execute-start"] button').click();
    await page.getByTestId('confirm-execute').waitFor();
    await noViolations(page, 'officer-round-confirm-execute-en');
    await action(page, 'execute').click();
    await expect.poll(() => page.getByTestId('round-steps').getAttribute('data-status')).toBe('executed');
    await expect.poll(() => page.getByTestId('invited-list').locator('tbody tr').count()).toBe(5);
    expect(await page.getByTestId('said').textContent()).toContain('Round executed: 5 invitations issued.');
    await noViolations(page, 'officer-round-executed-en');

    // The officer publishes; the public page shows the round.
    await browserSignIn(page, demoAccount(suite.server, 'officer')!);
    await page.goto(`${suite.base}/fr/agent-rondes/${number}`);
    await action(page, 'publish').click();
    await expect.poll(() => page.getByTestId('round-steps').getAttribute('data-status')).toBe('published');
    await noViolations(page, 'officer-round-published-fr');
    await page.goto(`${suite.base}/fr/agent-rondes`);
    await page.getByTestId('officer-rounds').waitFor();
    expect(await page.locator(`[data-testid=officer-rounds] tr[data-round="${number}"]`).getAttribute('data-status')).toBe('published');
    await noViolations(page, 'officer-rounds-list-fr');

    await page.goto(`${suite.base}/en/rounds/${number}`);
    await page.getByTestId('round-facts').waitFor();
    expect(await heading(page).textContent()).toContain(`Round ${number}`);
    expect((await page.getByTestId('round-facts').textContent()) ?? '').toMatch(/Invitations\s*5/);
    await page.close();
  });

  live('with the keyboard only: the officer menu, the draft form submitted with Enter, then Simulate', async () => {
    const page = await suite.browser!.newPage();
    await page.goto(`${suite.base}/en/`);
    await browserSignIn(page, demoAccount(suite.server, 'officer')!);
    await page.goto(`${suite.base}/en/officer-pool`);
    await page.getByTestId('pool-size').waitFor();
    // Skip link, then Tab until the officers' menu link to the rounds, and follow it with Enter.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await tabUntil(page, (f) => f.tag === 'a' && /Rounds \(officers\)/.test(f.text));
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/en\/officer-rounds$/);
    await page.getByTestId('draft-form').waitFor();
    await tabUntil(page, (f) => f.id === fieldId('size'));
    await page.keyboard.type('3');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/en\/officer-rounds\/\d+$/);
    // The new page is there (its heading has focus, as after any navigation) before tabbing on.
    await page.getByTestId('round-steps').waitFor();
    await expect.poll(async () => (await deepFocus(page)).text).toBe(`Round ${page.url().split('/').pop()}`);
    await tabUntil(page, (f) => f.tag === 'button' && f.text === 'Simulate');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('round-steps').getAttribute('data-status')).toBe('simulated');
    await screenshot(page, 'officer-keyboard-simulated-en');
    await page.close();
  });

  live('a category round: the category select, and a category not yet in force is refused next to its field', async () => {
    const page = await suite.browser!.newPage();
    await page.goto(`${suite.base}/en/`);
    await browserSignIn(page, demoAccount(suite.server, 'officer')!);
    await page.goto(`${suite.base}/en/officer-rounds`);
    await page.getByTestId('draft-form').waitFor();
    await select(page, 'type').selectOption('category');
    await select(page, 'category').waitFor();
    await select(page, 'category').selectOption('french');
    await input(page, 'size').fill('100');
    await input(page, 'instant').fill('2020-01-15T12:00:00Z');
    await page.getByRole('button', { name: 'Save the draft' }).click();
    await expect.poll(async () => (await fieldError(page, 'type').textContent()) ?? '').toContain('There were no category-based rounds on 2020-01-15');
    await noViolations(page, 'officer-draft-category-error-en');
    await page.close();
  });
});
