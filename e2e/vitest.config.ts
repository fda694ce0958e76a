// End-to-end tests of the public pages in Debian's Chromium (playwright-core, no browser download).
// Needs a build first: `npm run web:build && npx vitest run --config e2e/vitest.config.ts` (npm run test:e2e).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: import.meta.dirname + '/..',
    include: ['e2e/**/*.e2e.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
