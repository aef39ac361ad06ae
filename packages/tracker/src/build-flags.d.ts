/**
 * `true` in the script-tag build (`dist/cairn.js`, set by rollup's replace plugin), `false` in the npm
 * builds and in tests. A script tag is configured by `data-*` attributes, which cannot carry the function
 * options (`beforeSend`, `onError`), so their code is left out of cairn.js's bytes.
 */
declare const __SCRIPT_TAG__: boolean;
