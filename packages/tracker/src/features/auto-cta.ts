import type { ClickRule } from '../capture/clicks.js';
import { feature } from './feature.js';

/** Classes (or a role) that make a link look like a button. */
const BUTTON_LIKE = /btn|button|cta/i;

/** Buttons, `[role=button]`, submit/button inputs, and links that look like buttons; plain internal links are page views. */
export const buttonRule: ClickRule = (el) =>
  el.tagName != 'A' || BUTTON_LIKE.test(el.className + ' ' + el.getAttribute('role')) ? {} : undefined;

/**
 * Auto-capture of CTAs that carry no `data-cairn-cta`: buttons and button-like links, named by their
 * visible label (`autoCta: false` turns it off at run time).
 */
export const autoCta = /* @__PURE__ */ feature((t) => void t._clickRules.push(buttonRule));
