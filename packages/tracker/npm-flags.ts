import variants from './variants.json' with { type: 'json' };

/**
 * src/build-flags.d.ts as the npm build (tsup.config.ts) and the tests (vitest.config.ts) define them: every
 * COMPILE_* flag of variants.json on. What a site does not use is left out by its bundler instead: the
 * features that pull in code are plugins it imports (src/features/).
 */
export const NPM_FLAGS: Record<string, string> = {
  __SCRIPT_TAG__: 'false',
  __VARIANT__: JSON.stringify("this tracker's features"),
  __MISSING_OPTIONS__: '[]',
  ...Object.fromEntries(Object.keys(variants.flags).map((flag) => [`COMPILE_${flag}`, 'true'])),
};
