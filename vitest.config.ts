import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    // Opening and migrating a fresh PGlite takes seconds, more on a busy 2-core machine.
    hookTimeout: 60_000,
  },
});
