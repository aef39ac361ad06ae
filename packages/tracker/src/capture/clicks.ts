import type { Listen } from '../listen.js';
import { mask } from '../privacy.js';
import { emit, type State } from '../state.js';
import type { Props } from '../types.js';

/** Submit and button inputs (and buttons): their `value` is a caption the page wrote, not something typed. */
export const CAPTIONED = '[type=submit],[type=button]';
/** What auto-capture considers clickable. Named CTAs (`data-cairn-cta`) are looked up first. */
const CLICKABLE = 'a[href],button,[role=button],' + CAPTIONED;
/** `data-cairn-*` attributes that are not props. */
const RESERVED = ['cairnCta', 'cairnIgnore', 'cairnCheckoutStep'];

/**
 * An auto-capture rule (src/features/): the props of a click on `el`, the nearest clickable element,
 * or `undefined` when the rule does not count it. The first rule that counts a click names it.
 */
export type ClickRule = (el: HTMLElement) => Props | undefined;

/** The visible label: text, else aria-label, else a submit/button input's caption, else title. Never a typed value. */
const label = (el: HTMLElement): string =>
  (
    el.textContent ||
    el.getAttribute('aria-label') ||
    (el.matches(CAPTIONED) && (el as HTMLInputElement).value) ||
    el.title ||
    ''
  )
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 100);

/** `data-cairn-*` attributes (but the reserved ones) as props: `data-cairn-plan="pro"` → `{ plan: 'pro' }`. */
const dataProps = (el: HTMLElement, props: Props): Props => {
  for (const key in el.dataset) {
    if (/^cairn./.test(key) && !RESERVED.includes(key)) props[key[5]!.toLowerCase() + key.slice(6)] = el.dataset[key]!;
  }
  return props;
};

/**
 * Records the CTA `el`: named by `name`, else by its label; `href` (masked) when it is or sits in a link,
 * then the props of `extra`, then the button's form context when that feature is on (features/cta-context.ts).
 */
const recordCta = (t: State, el: HTMLElement, name: string | undefined, extra: (base: Props) => Props): void => {
  const base: Props = {};
  const href = (url: string) => mask(url, t._strip);
  const link = el.closest('a');
  if (link?.href) base.href = href(link.href);
  const props = extra(base);
  if (COMPILE_CTA_CONTEXT) t._context?.(el, props, href);
  emit(t, 'cta', name || label(el) || el.tagName.toLowerCase(), props);
};

const onClick = (t: State, event: Event): void => {
  const target = event.target as Element | null;
  if (!target?.closest || target.closest('[data-cairn-ignore]')) return;
  const named = target.closest<HTMLElement>('[data-cairn-cta]');
  if (named) return recordCta(t, named, named.dataset.cairnCta, (base) => dataProps(named, base));
  if (!(COMPILE_AUTO_CTA || COMPILE_LINKS) || !t._autoCta) return;
  const el = target.closest<HTMLElement>(CLICKABLE);
  if (!el) return;
  for (const rule of t._clickRules) {
    const props = rule(el);
    if (props) return recordCta(t, el, undefined, (base) => ({ ...base, ...props }));
  }
};

/**
 * One delegated click listener in the capture phase (so it sees clicks the page stops, and elements
 * added later). Named CTAs (`data-cairn-cta`) always count; other clicks count when an auto-capture
 * rule (`t._clickRules`) does. `data-cairn-ignore` on the element or an ancestor opts out.
 */
export const watchClicks = (on: Listen, t: State): void => on(document, 'click', (event) => onClick(t, event));
