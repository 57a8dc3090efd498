import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['generator/src/**/*.test.ts', 'packages/*/src/**/*.test.ts', 'packages/*/test/**/*.test.ts', 'examples/*/test/**/*.test.ts'],
    globalSetup: ['generator/src/test-support/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
