// @ts-check
/**
 * Rewrites the `data-*` attributes of the `<script src="/cairn.js">` tag of a page, so the demo
 * (and the browser tests) can tune the tracker (flush interval, debug, endpoint, …) without
 * editing the shop's HTML. The HTML files stay exactly what a site owner would paste.
 */

const TAG = /<script\b([^>]*\bsrc="\/cairn\.js"[^>]*)><\/script>/;
const ATTR = /\s([a-z][\w-]*)(?:="([^"]*)")?/g;

/**
 * @param {string} html
 * @param {Record<string, string | number | boolean>} attributes `data-` is implied: `{ 'flush-interval': 250, debug: true }`;
 *   `false` removes an attribute
 * @returns {string}
 */
export function setTrackerAttributes(html, attributes) {
  if (Object.keys(attributes).length === 0) return html;
  return html.replace(TAG, (_tag, inner) => {
    /** @type {Map<string, string | null>} */
    const attrs = new Map();
    for (const [, name, value] of String(inner).matchAll(ATTR)) attrs.set(String(name), value ?? null);
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
