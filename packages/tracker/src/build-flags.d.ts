// Compile-time flags. rollup.config.mjs sets them per script-tag variant from variants.json (one table);
// the npm build and the tests set them all to true (tsup.config.ts, vitest.config.ts), where the features
// that pull in code of their own are plugins instead (src/features/), which a bundler drops when unused.
// `if (COMPILE_X)` around a feature's code lets terser drop it from the variants that lack it.

/** `true` in every script-tag build: no server to detect, options come from `data-*` attributes. */
declare const __SCRIPT_TAG__: boolean;
/** The script-tag variant's file name (`cairn.js`, `cairn.full.js`, …), for the debug log. */
declare const __VARIANT__: string;
/** Option names the variant has no code for: a `data-*` attribute setting one is reported in the debug log. */
declare const __MISSING_OPTIONS__: readonly string[];

/** The debug log (`data-debug`). */
declare const COMPILE_DEBUG: boolean;
/** The function options `beforeSend` and `onError` (a script tag passes them as `cairn.options` on the stub). */
declare const COMPILE_BEFORE_SEND: boolean;
/** `stripParams`: query parameters removed from every recorded URL. */
declare const COMPILE_STRIP_PARAMS: boolean;
/** `consent` (option and method): events held in memory while pending. */
declare const COMPILE_CONSENT: boolean;
/** `event()` and `pageId()`, what `@cairn/tracker/vitals` (or another plugin) records through. */
declare const COMPILE_VITALS: boolean;
/** Auto-capture of buttons and button-like links (`data-cairn-cta` elements are always captured). */
declare const COMPILE_AUTO_CTA: boolean;
/** A clicked button's form (action path, method) and name or id on its `cta` event, for the classifier. */
declare const COMPILE_CTA_CONTEXT: boolean;
/** Outbound links and downloads as CTAs. */
declare const COMPILE_LINKS: boolean;
/** Hash routes (`#/cart`, `#!/cart`) in page names, and a page view on `hashchange`. */
declare const COMPILE_HASH: boolean;
