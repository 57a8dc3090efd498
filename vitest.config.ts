import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const sdkSource = (path: string): string => fileURLToPath(new URL(`./packages/db/src/${path}`, import.meta.url));

export default defineConfig({
  // Tests import the SDK from its source (as tsconfig.json's paths do), never a possibly stale dist/.
  resolve: {
    alias: [
      { find: /^@poultryco\/db$/, replacement: sdkSource('index.ts') },
      { find: /^@poultryco\/db\/migrate$/, replacement: sdkSource('migrate/index.ts') },
      { find: /^@poultryco\/db\/([a-z]+)$/, replacement: sdkSource('generated/$1/index.ts') },
    ],
  },
  test: {
    include: ['generator/src/**/*.test.ts', 'packages/*/src/**/*.test.ts', 'packages/*/test/**/*.test.ts', 'examples/*/test/**/*.test.ts'],
    globalSetup: ['generator/src/test-support/global-setup.ts'],
    setupFiles: ['generator/src/test-support/preload-spec-format.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
