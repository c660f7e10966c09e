import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    // Setup parses whole corpora; on a busy machine that takes what it takes (no wall clock to trip).
    hookTimeout: 0,
    pool: 'forks',
  },
});
