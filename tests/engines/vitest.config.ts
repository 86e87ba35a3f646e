import { defineConfig } from 'vitest/config';

// The cross-engine journeys (README, "Which browsers"): one engine at a time, as browsers are heavy on two cores.
export default defineConfig({
  test: {
    include: ['tests/engines/**/*.test.ts'],
    globalSetup: ['tests/engines/server.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
