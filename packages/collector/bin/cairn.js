#!/usr/bin/env node
// The `cairn` command. This committed file, not dist/cli.js itself, is the package's bin: pnpm links
// bins at install time, before the workspace is built, and warned that dist/cli.js did not exist.
import('../dist/cli.js').catch((error) => {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !String(error.message).includes('dist/cli.js')) throw error;
  console.error('cairn: @cairn/collector is not built yet; run `pnpm build` first.');
  process.exitCode = 1;
});
