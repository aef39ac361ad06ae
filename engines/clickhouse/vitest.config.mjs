import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const repo = (path) => fileURLToPath(new URL(`../../${path}`, import.meta.url));

export default defineConfig({
  resolve: {
    // The tests run the packages' sources (no build step needed), and core is one copy for all.
    alias: {
      '@cairn/core': repo('packages/core/src/index.ts'),
      '@cairn/collector': repo('packages/collector/src/index.ts'),
    },
  },
  test: {
    include: ['test/**/*.test.ts'],
    // chdb binds one data directory per process: every test file gets a process of its own, one at a time.
    pool: 'forks',
    isolate: true,
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
