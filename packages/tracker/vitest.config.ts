import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'happy-dom',
    pool: 'threads',
    maxWorkers: 2,
    globalSetup: ['test/global-setup.ts'],
  },
});
