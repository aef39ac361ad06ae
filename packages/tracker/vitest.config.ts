import { defineConfig } from 'vitest/config';
import { NPM_FLAGS } from './npm-flags.js';

export default defineConfig({
  define: NPM_FLAGS, // src/build-flags.d.ts: tests run the npm build's code paths
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'happy-dom',
    pool: 'threads',
    maxWorkers: 2,
    globalSetup: ['test/global-setup.ts'],
  },
});
