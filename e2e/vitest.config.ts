// End-to-end tests of the public pages in Debian's Chromium (playwright-core, no browser download).
// Needs a build first: `npm run web:build && npx vitest run --config e2e/vitest.config.ts` (npm run test:e2e).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: import.meta.dirname + '/..',
    include: ['e2e/**/*.e2e.test.ts'],
    globalSetup: ['e2e/global-setup.ts'],
    // Generous: the machine that runs them may be busy (two cores shared by builds and other test runs); a waiting
    // test costs nothing when the page is quick. expect.poll waits 1 s by default, too short for a page that has to
    // load, render and run its effects on a loaded machine.
    testTimeout: 300_000,
    hookTimeout: 120_000,
    expect: { poll: { timeout: 15_000 } },
    fileParallelism: false,
  },
});
