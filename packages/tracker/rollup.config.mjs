// The script-tag builds: one IIFE per row of variants.json (dist/cairn.js, dist/cairn.full.js, …), idb-keyval
// bundled, minified by terser. Each variant sets the COMPILE_* flags of src/build-flags.d.ts: true for the
// flags it names, false for the others, so terser drops the code of what it lacks.
// Properties whose names start with `_` are private and mangled (as web-vitals' own rollup config does);
// public method and option names are left alone.
import { readFileSync } from 'node:fs';
import replace from '@rollup/plugin-replace';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';

const table = JSON.parse(readFileSync(new URL('./variants.json', import.meta.url), 'utf8'));
const FLAGS = Object.keys(table.flags);

/** The flags a variant names: its list, or every flag for "*". */
export const flagsOf = (variant) => (variant.flags === '*' ? FLAGS : variant.flags);

/** The replace plugin's values for one variant: COMPILE_* flags, its file name, the options it cannot honour. */
const definesOf = (variant) => {
  const on = new Set(flagsOf(variant));
  const missing = FLAGS.filter((flag) => !on.has(flag)).flatMap((flag) => table.flags[flag].options);
  return {
    __SCRIPT_TAG__: 'true',
    __VARIANT__: JSON.stringify(variant.file),
    __MISSING_OPTIONS__: JSON.stringify(missing),
    ...Object.fromEntries(FLAGS.map((flag) => [`COMPILE_${flag}`, String(on.has(flag))])),
  };
};

export default table.variants.map((variant) => ({
  input: 'src/script.ts',
  // No "use strict" (14 B gzip): the code is strict-clean TypeScript, and in sloppy mode a page that froze
  // `history.pushState` costs SPA page views instead of the whole tracker. The map ships in dist/ but is not
  // referenced from the script (the comment costs 31 B gzip on every page); load it in devtools when debugging.
  output: { file: `dist/${variant.file}`, format: 'iife', strict: false, sourcemap: 'hidden' },
  plugins: [
    replace({ preventAssignment: true, values: definesOf(variant) }),
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
}));
