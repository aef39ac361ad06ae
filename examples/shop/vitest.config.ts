import { defineConfig } from 'vitest/config';

// Real Chromium, real servers, real DuckDB files: one scenario file at a time on a 2-core
// machine, with generous timeouts (scenario 11 blocks the endpoint for a whole minute).
export default defineConfig({
  test: {
    include: ['e2e/**/*.test.ts'],
    globalSetup: ['e2e/setup/global-setup.ts'],
    fileParallelism: false,
    maxWorkers: 1,
    pool: 'forks',
    testTimeout: 150_000,
    hookTimeout: 60_000,
    // The scenarios count what pages tracked from the debug log, so they load cairn.debug.js: the default
    // variant's code (packages/tracker/variants.json) plus that log. CAIRN_E2E_VARIANT=cairn.full.js runs
    // them against everything (the demo's tracker-tag rewrites the pages' <script src>).
    env: { CAIRN_E2E_VARIANT: process.env.CAIRN_E2E_VARIANT || 'cairn.debug.js' },
  },
});
