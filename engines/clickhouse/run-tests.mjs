#!/usr/bin/env node
// The ClickHouse tests, as the README's `pnpm test` runs them: when this workspace is installed
// (`pnpm setup:clickhouse`, which brings chdb and its ~566 MB engine), run them;
// otherwise say how to, and succeed, so the quick start stays light. CI sets
// CAIRN_REQUIRE_CLICKHOUSE=1, which turns "not installed" into a failure.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const modules = join(here, 'node_modules');
const install = 'pnpm setup:clickhouse';

function fail(message) {
  console.error(`ClickHouse tests: ${message}`);
  process.exit(1);
}

if (!existsSync(join(modules, 'chdb', 'package.json')) || !existsSync(join(modules, 'vitest', 'package.json'))) {
  if (process.env.CAIRN_REQUIRE_CLICKHOUSE === '1') fail(`chdb is not installed and CAIRN_REQUIRE_CLICKHOUSE=1: run ${install}`);
  console.log(`skipped: chdb not installed — run \`${install}\` (about 570 MB) to run the ClickHouse tests (docs/storage.md)`);
  process.exit(0);
}
// chdb's engine is an optional dependency, one package per platform: gone after --omit=optional.
const libs = existsSync(join(modules, '@chdb')) ? readdirSync(join(modules, '@chdb')).filter((name) => name.startsWith('lib-')) : [];
if (libs.length === 0 && !process.env.CLICKHOUSE_URL) {
  fail(`chdb is installed without its engine (@chdb/lib-*, an optional dependency): rerun ${install} without --omit=optional`);
}
console.log(`ClickHouse tests against ${process.env.CLICKHOUSE_URL || 'chdb (in-process)'}`);
const vitest = join(modules, 'vitest', 'vitest.mjs');
const result = spawnSync(process.execPath, [vitest, 'run', ...process.argv.slice(2)], { cwd: here, stdio: 'inherit' });
process.exit(result.status ?? 1);
