// The frame every browser test file shares: the server (started here, or E2E_BASE_URL), the shared browser when
// Chromium and the web build are there, their closing, and why a test skips when something is missing.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser, reachable, type Browser } from './browser.ts';
import { startE2eServer, WEB_DIST, type RunningServer } from './serve.ts';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM_PATH);
const built = existsSync(path.join(WEB_DIST, 'index.html'));

export interface E2eSuite {
  /** The server's base URL ('' until the suite's beforeAll ran). */
  readonly base: string;
  readonly server: RunningServer | null;
  /** The shared browser (one context), unless the suite was asked for none. */
  readonly browser: Browser | null;
  /** Whether the server answered its probe (then the test can reach it). */
  readonly up: boolean;
  /** Why a test cannot run (no Chromium, no web build, no server, no demo accounts on an external server), or null. */
  skipReason(needs?: { demo?: boolean }): string | null;
}

/**
 * Declares the suite's beforeAll and afterAll. `probe`: the API path that must answer (default /api/rules);
 * `browser: false` when the file launches its own; `setup`: more to prepare once the server answers.
 */
export function e2eSuite(opts: { probe?: string; browser?: boolean; setup?: (suite: E2eSuite) => Promise<void> } = {}): E2eSuite {
  const wantsBrowser = opts.browser !== false;
  let server: RunningServer | null = null;
  let browser: Browser | null = null;
  let base = '';
  let up = false;
  const suite: E2eSuite = {
    get base() {
      return base;
    },
    get server() {
      return server;
    },
    get browser() {
      return browser;
    },
    get up() {
      return up;
    },
    skipReason(needs = {}) {
      if (!hasChromium) return `no Chromium at ${CHROMIUM_PATH} (CHROMIUM_PATH)`;
      if (!up || (wantsBrowser && !browser)) return built ? `nothing answers at ${base || 'E2E_BASE_URL'}` : 'web/dist missing: run npm run web:build';
      if (needs.demo && !server?.started) return 'an external server (E2E_BASE_URL): no demo accounts';
      return null;
    },
  };
  beforeAll(async () => {
    if (!hasChromium || (!built && !process.env.E2E_BASE_URL)) return;
    server = await startE2eServer();
    base = server.baseUrl;
    up = await reachable(`${base}${opts.probe ?? '/api/rules'}`);
    if (!up) return;
    if (wantsBrowser) browser = await launchBrowser();
    await opts.setup?.(suite);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return suite;
}
