import { defineConfig } from 'vitest/config';

export default defineConfig({
  define: { __SCRIPT_TAG__: 'false' }, // src/build-flags.d.ts: tests run the npm build's code paths
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'happy-dom',
    pool: 'threads',
    maxWorkers: 2,
    globalSetup: ['test/global-setup.ts'],
  },
});
