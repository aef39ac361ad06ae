// @ts-check
/**
 * Rewrites the `data-*` attributes of the `<script src="/cairn.js">` tag of a page, so the demo
 * (and the browser tests) can tune the tracker (flush interval, debug, endpoint, …) without
 * editing the shop's HTML. The HTML files stay exactly what a site owner would paste.
 */

const TAG = /<script\b([^>]*\bsrc="\/cairn\.js"[^>]*)><\/script>/;
/** A script-tag variant's file name (packages/tracker/variants.json): `cairn.js`, `cairn.full.js`, … */
const VARIANT = /^cairn(\.[a-z]+)?\.js$/;

/**
 * The variant the shop's pages load: `CAIRN_E2E_VARIANT` (the browser tests run the scenarios against
 * several, see examples/shop/vitest.config.ts), else `cairn.js` as the pages are written.
 * @returns {string}
 */
export function trackerVariant() {
  const variant = process.env.CAIRN_E2E_VARIANT || 'cairn.js';
  if (!VARIANT.test(variant)) throw new Error(`CAIRN_E2E_VARIANT: not a tracker variant's file name: ${variant}`);
  return variant;
}

/** Whether `pathname` names a script-tag variant (`/cairn.js`, `/cairn.full.js`, …). */
export const isTrackerPath = (/** @type {string} */ pathname) => VARIANT.test(pathname.slice(1));
const ATTR = /\s([a-z][\w-]*)(?:="([^"]*)")?/g;

/**
 * @param {string} html
 * @param {Record<string, string | number | boolean>} attributes `data-` is implied: `{ 'flush-interval': 250, debug: true }`;
 *   `false` removes an attribute
 * @param {string} [variant] the tracker file the tag loads instead of `cairn.js` (`cairn.full.js`, …)
 * @returns {string}
 */
export function setTrackerAttributes(html, attributes, variant = 'cairn.js') {
  if (Object.keys(attributes).length === 0 && variant === 'cairn.js') return html;
  return html.replace(TAG, (_tag, inner) => {
    /** @type {Map<string, string | null>} */
    const attrs = new Map();
    for (const [, name, value] of String(inner).matchAll(ATTR)) attrs.set(String(name), value ?? null);
    attrs.set('src', `/${variant}`);
    for (const [key, value] of Object.entries(attributes)) {
      const name = `data-${key}`;
      if (value === false) attrs.delete(name);
      else attrs.set(name, value === true ? null : String(value));
    }
    const rendered = [...attrs].map(([n, v]) => (v === null ? ` ${n}` : ` ${n}="${escapeAttr(v)}"`)).join('');
    return `<script${rendered}></script>`;
  });
}

/** @param {string} value */
function escapeAttr(value) {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}
