// The public rounds pages in a real browser: the list (ours and IRCC's history in tabs, the cut-offs chart with its
// table and summary, the CSV link), one of our published rounds and one of IRCC's with the pool distribution chart
// and its table, in French and English, keyboard use of the tabs, and axe-core on each. A round is run to
// publication through the API first (demo officer and approver). Screenshots: test-results/e2e/.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, screenshot } from './browser.ts';
import { e2eSuite } from './suite.ts';
import { irccHistorySize, publishedRound } from './staff.ts';
import { fieldId } from '../web/src/lib/fields.ts';

let round = 0;
let irccCount = 0;
const suite = e2eSuite({
  probe: '/api/rounds',
  setup: async (s) => {
    if (!s.server?.started) return;
    irccCount = await irccHistorySize(s.base);
    round = await publishedRound(s.base, s.server, 10);
  },
});

function live(name: string, body: () => Promise<void>, needs: { ircc?: boolean } = {}) {
  it(name, async (ctx) => {
    const skip = suite.skipReason({ demo: true });
    if (skip) return ctx.skip(skip);
    if (needs.ircc && irccCount === 0) return ctx.skip('the server imported no IRCC history at its first start (express_entry/ee_rounds_123_en.json)');
    await body();
  });
}

/** The page's h1 (a GC Design System heading: its words are in the host, slotted). */
const heading = (page: Page) => page.locator('main gcds-heading').first().textContent();

const open = async (url: string): Promise<Page> => {
  const page = await suite.browser!.newPage();
  await page.goto(`${suite.base}${url}`);
  await page.locator('main h1').first().waitFor();
  return page;
};

/** The chart's parts: the picture named by its caption, the summary, and the data table. */
async function expectChart(page: Page, testId: string): Promise<void> {
  const figure = page.getByTestId(testId);
  await figure.waitFor();
  const svg = figure.locator('svg.chart-svg');
  expect(await svg.getAttribute('role')).toBe('img');
  const captionId = await figure.locator('figcaption').getAttribute('id');
  expect(await svg.getAttribute('aria-labelledby')).toBe(captionId);
  expect(((await figure.locator('.chart-summary').textContent()) ?? '').length).toBeGreaterThan(20);
  expect(await figure.locator('details.chart-data table tbody tr').count()).toBeGreaterThan(0);
}

describe('public rounds list', () => {
  live('in English: the cut-offs chart (table, summary), our round in the list, the CSV link', async () => {
    const page = await open('/en/rounds');
    expect(await page.title()).toContain('Rounds of invitations');
    await expectChart(page, 'cutoff-chart');
    const summary = (await page.getByTestId('cutoff-chart').locator('.chart-summary').textContent()) ?? '';
    expect(summary).toMatch(/Our rounds: 1 round from/);
    expect(await page.locator('[data-testid=cutoff-chart] svg.chart-svg rect.series-ours').count()).toBe(1);

    const ours = page.getByTestId('our-rounds');
    await ours.waitFor();
    expect(await ours.locator(`tr[data-round="${round}"]`).count()).toBe(1);
    expect(await ours.locator(`tr[data-round="${round}"] td`).nth(1).textContent()).toBe('No Program Specified');
    expect(await page.locator('a[href="/api/rounds.csv"], gcds-link[href="/api/rounds.csv"]').count()).toBe(1);
    await screenshot(page, 'rounds-en');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  live('IRCC’s history: the second series of the chart, and its tab (keyboard), page by page', async () => {
    const page = await open('/en/rounds');
    await expectChart(page, 'cutoff-chart');
    expect((await page.getByTestId('cutoff-chart').locator('.chart-summary').textContent()) ?? '').toMatch(/IRCC’s rounds: \d+ rounds from 2015-/);
    expect(await page.locator('[data-testid=cutoff-chart] svg.chart-svg circle.series-ircc').count()).toBe(irccCount);
    // One type of round at a time: category rounds only (IRCC's from 2023), kept in the address.
    await page.locator(`gcds-select#${fieldId('chartType')} select`).selectOption('category');
    await page.waitForURL(/[?&]type=category/);
    await expect.poll(() => page.locator('[data-testid=cutoff-chart] svg.chart-svg circle.series-ircc').count()).toBeLessThan(irccCount);
    expect(await page.locator('[data-testid=cutoff-chart] svg.chart-svg rect.series-ours').count()).toBe(0);
    expect((await page.getByTestId('cutoff-chart').locator('.chart-summary').textContent()) ?? '').toMatch(/IRCC’s rounds: \d+ rounds from 2023-/);
    await page.locator(`gcds-select#${fieldId('chartType')} select`).selectOption('all');
    // Wait for "all" to be in the address and the chart before pressing a key (else the tab's change may be computed
    // from the address still holding type=category).
    await page.waitForURL((url) => !url.searchParams.has('type'));
    await expect.poll(() => page.locator('[data-testid=cutoff-chart] svg.chart-svg circle.series-ircc').count()).toBe(irccCount);
    // The IRCC tab, with the keyboard: arrow keys move between tabs (WAI-ARIA tabs).
    await page.getByRole('tab', { name: /Our rounds/ }).focus();
    await page.keyboard.press('ArrowRight');
    await page.waitForURL(/\?tab=ircc/);
    await expect.poll(() => page.getByRole('tab', { name: /IRCC’s history/ }).getAttribute('aria-selected')).toBe('true');
    const ircc = page.getByTestId('ircc-rounds');
    await ircc.waitFor();
    expect(await ircc.locator('tbody tr').count()).toBe(25);
    expect(await page.getByTestId('ircc-page').textContent()).toMatch(new RegExp(`Page 1 of ${Math.ceil(irccCount / 25)}`));
    await page.getByRole('button', { name: 'Next page' }).click();
    await expect.poll(() => page.getByTestId('ircc-page').textContent()).toMatch(/^Page 2 of/);
    await screenshot(page, 'rounds-en-ircc');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  }, { ircc: true });

  live('in French: the same page and words, the tab kept in the address through the FR/EN toggle', async () => {
    const page = await open('/fr/rondes?tab=ircc');
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    expect(await page.title()).toContain('Rondes d’invitations');
    await expectChart(page, 'cutoff-chart');
    expect((await page.getByTestId('cutoff-chart').locator('.chart-summary').textContent()) ?? '').toMatch(/Nos rondes : 1 ronde du/);
    expect(await page.getByRole('tab', { name: /Historique d’IRCC/ }).getAttribute('aria-selected')).toBe('true');
    if (irccCount > 0) await page.getByTestId('ircc-rounds').waitFor();
    await screenshot(page, 'rounds-fr');
    expect(await axeViolations(page)).toEqual([]);
    await page.locator('gcds-lang-toggle a').click();
    await page.waitForURL(/\/en\/rounds\?tab=ircc$/);
    await page.close();
  });
});

describe('a round’s page', () => {
  live('ours, in English: number, date, name, type, size, cut-off, tie-break, rules version, the distribution chart and its table', async () => {
    const page = await open(`/en/rounds/${round}`);
    await expect.poll(() => heading(page)).toContain(`Round ${round}: No Program Specified`);
    const facts = page.getByTestId('round-facts');
    await facts.waitFor();
    const text = (await facts.textContent()) ?? '';
    for (const label of ['Date', 'Name', 'Type', 'Invitations', 'Cut-off score', 'Tie-break', 'Rules version', 'Pool distribution as of']) expect(text).toContain(label);
    expect(text).toContain('General round (all programs)');
    await expectChart(page, 'distribution-chart');
    // IRCC's 18 fields in the table (sub-bands and total), 15 disjoint bars in the picture.
    expect(await page.locator('[data-testid=distribution-chart] table tbody tr').count()).toBe(18);
    expect(await page.locator('[data-testid=distribution-chart] rect.chart-bar').count()).toBe(15);
    await screenshot(page, 'round-en');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  live('ours, in French, and a round that was never published', async () => {
    const page = await open(`/fr/rondes/${round}`);
    // The number shows at once; the name once the round is read.
    await expect.poll(() => heading(page)).toContain(`Ronde ${round} : Aucun programme spécifié`);
    expect((await page.getByTestId('round-facts').textContent()) ?? '').toContain('Ronde générale (tous les programmes)');
    await expectChart(page, 'distribution-chart');
    expect((await page.locator('[data-testid=distribution-chart] .chart-summary').textContent()) ?? '').toMatch(/candidats le \d{4}-\d{2}-\d{2}/);
    await screenshot(page, 'round-fr');
    expect(await axeViolations(page)).toEqual([]);
    await page.goto(`${suite.base}/fr/rondes/${round + 50}`);
    await expect.poll(() => page.getByText(`La ronde ${round + 50} n’a pas été publiée.`).count()).toBe(1);
    await page.close();
  });

  live('IRCC’s, from the history: its fields, notes on odd records, the distribution', async () => {
    const page = await open('/en/rounds?ircc=437');
    await page.getByTestId('round-facts').waitFor();
    await expect.poll(() => heading(page)).toContain('IRCC round 437');
    expect((await page.getByTestId('round-facts').textContent()) ?? '').toContain('French-language proficiency');
    await expectChart(page, 'distribution-chart');
    expect(await page.locator('[data-testid=distribution-chart] tr[data-band="total"] td').textContent()).toBe('226,859');
    await screenshot(page, 'round-ircc-437-en');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  }, { ircc: true });
});
