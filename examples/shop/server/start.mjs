#!/usr/bin/env node
// @ts-check
/**
 * `pnpm start`: builds the SPA when its sources are newer than its build, starts the demo on
 * loopback and prints the URLs. Ports: PORT (default 5173, the shop, dashboard and collector)
 * and SPA_PORT (default PORT + 1). DuckDB file: CAIRN_DB (default examples/shop/.data/cairn.duckdb).
 */
import { relative, resolve } from 'node:path';
import { PATHS, startDemo } from './demo.mjs';
import { buildSpaIfNeeded } from './spa-build.mjs';

const port = Number(process.env.PORT ?? 5173);
const spaPort = Number(process.env.SPA_PORT ?? port + 1);
// Relative paths are read from where the command was typed (pnpm runs this script in examples/shop).
const db = process.env.CAIRN_DB ? resolve(process.env.INIT_CWD ?? process.cwd(), process.env.CAIRN_DB) : PATHS.defaultDb;

buildSpaIfNeeded();
let demo;
try {
  demo = await startDemo({ port, spaPort, db, quiet: process.env.CAIRN_QUIET === '1' });
} catch (err) {
  const code = /** @type {NodeJS.ErrnoException} */ (err).code;
  if (code === 'EADDRINUSE') {
    console.error(`Port ${port} or ${spaPort} is taken. Try: PORT=6173 pnpm start`);
    process.exit(1);
  }
  throw err;
}
const { urls } = demo;
console.log(`
  Cairn demo is running (loopback only)

  Shop        ${urls.shop}
  SPA         ${urls.spa ?? '(not built: pnpm --filter @cairn/example-spa build)'}
  Dashboard   ${urls.dashboard}
  Collector   ${urls.collect}   →  DuckDB ${relative(process.env.INIT_CWD ?? process.cwd(), db) || db}

  Walk through the shop (blog → product → cart → checkout → account → review → survey)
  and watch the dashboard move you through the stages. Ctrl+C stops everything.
`);

let stopping = false;
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
  process.on(signal, () => {
    if (stopping) process.exit(1);
    stopping = true;
    console.log('\nStopping; the DuckDB file keeps every event for next time.');
    demo.close().then(() => process.exit(0), () => process.exit(1));
  });
}
