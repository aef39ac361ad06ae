// The script-tag build, dist/cairn.js: one IIFE, idb-keyval bundled, minified by terser.
// Properties whose names start with `_` are private and mangled (as web-vitals' own rollup config does);
// public method and option names are left alone.
import replace from '@rollup/plugin-replace';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';

export default {
  input: 'src/script.ts',
  // No "use strict" (14 B gzip): the code is strict-clean TypeScript, and in sloppy mode a page that froze
  // `history.pushState` costs SPA page views instead of the whole tracker. The map ships in dist/ but is not
  // referenced from cairn.js (the comment costs 31 B gzip on every page); load it in devtools when debugging.
  output: { file: 'dist/cairn.js', format: 'iife', strict: false, sourcemap: 'hidden' },
  plugins: [
    // src/build-flags.d.ts: what only the npm build needs (function options) is left out of cairn.js.
    replace({ preventAssignment: true, values: { __SCRIPT_TAG__: 'true' } }),
    resolve(),
    typescript({ tsconfig: './tsconfig.build.json', outputToFilesystem: false }),
    terser({
      ecma: 2020,
      toplevel: true,
      module: false,
      compress: { passes: 3, unsafe_arrows: true, unsafe_methods: true, pure_getters: true, booleans_as_integers: false },
      mangle: { properties: { regex: /^_/ } },
      format: { comments: false },
    }),
  ],
};
