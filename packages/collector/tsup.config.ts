import { defineConfig } from 'tsup';

export default defineConfig([
  {
    entry: ['src/index.ts'],
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    sourcemap: true,
    target: 'node20',
    platform: 'node',
    // The DuckDB binding is a native addon: never bundle it, load it lazily (see sink/duckdb-sink.ts).
    external: ['@duckdb/node-api', '@cairn/core'],
  },
  {
    entry: { cli: 'src/cli/cli.ts' },
    format: ['esm'],
    sourcemap: true,
    target: 'node20',
    platform: 'node',
    banner: { js: '#!/usr/bin/env node' },
    external: ['@duckdb/node-api', '@cairn/core'],
  },
]);
