import { defineConfig } from 'tsup';
import { NPM_FLAGS } from './npm-flags.js';

// The npm build: ESM + CJS + types, unminified (the site's bundler minifies). cairn.js is rollup's job.
export default defineConfig({
  entry: ['src/index.ts', 'src/vitals.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  clean: false,
  sourcemap: true,
  target: 'es2020',
  treeshake: true,
  external: ['idb-keyval', 'web-vitals'],
  // The protocol's limits are constants: inlined, so the npm build needs no @cairn/core at run time.
  noExternal: ['@cairn/core/limits'],
  // src/build-flags.d.ts: the npm build has every flag on; its optional features are plugins (src/features/).
  define: NPM_FLAGS,
});
