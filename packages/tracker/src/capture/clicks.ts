import type { Listen } from '../listen.js';
import type { Props } from '../types.js';

/** Submit and button inputs (and buttons): their `value` is a caption the page wrote, not something typed. */
const CAPTIONED = '[type=submit],[type=button]';
/** What auto-capture considers clickable. Named CTAs (`data-cairn-cta`) are looked up first. */
const CLICKABLE = 'a[href],button,[role=button],' + CAPTIONED;
/** Links to files: counted as downloads. */
const DOWNLOAD = /\.(pdf|zip|dmg|exe|apk|csv|xlsx?|docx?|pptx?|mp[34])$/i;
/** Classes that make a link look like a button. */
const BUTTON_LIKE = /btn|button|cta/i;
/** `data-cairn-*` attributes that are not props. */
const RESERVED = ['cairnCta', 'cairnIgnore', 'cairnCheckoutStep'];

/** A button's `name` or `id` worth recording: a word (`add`, `checkout`, `add-to-cart`), not a generated id. */
const WORD = /^[a-z]+(?:[-_][a-z]+)*$/i;

/**
 * Where a clicked button goes, for labels that say nothing ("Continue", an icon): the path of the
 * form it submits (`action`, read as attributes: `form.action` is clobbered by a field named
 * "action"; masked like every URL), the form's `method`, and its `name`/`id` as `control` when
 * that is a word. The classifier reads them (docs/stages.md, "Context").
 */
const formContext = (el: HTMLElement, props: Props, href: (url: string) => string): void => {
  const form = (el as HTMLButtonElement).form;
  if (form) {
    props.action = href(new URL(el.getAttribute('formaction') || form.getAttribute('action') || '', location.href).pathname);
    props.method = (el.getAttribute('formmethod') || form.getAttribute('method') || 'get').toLowerCase();
  }
  const word = (el as HTMLButtonElement).name || el.id;
  if (WORD.test(word)) props.control = word;
};

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

/**
 * One delegated click listener in the capture phase (so it sees clicks the page stops, and elements
 * added later). Calls `clicked(name, props)` for named CTAs, and with `auto` for buttons, button-like
 * links, outbound links and downloads. `data-cairn-ignore` on the element or an ancestor opts out.
 */
export const watchClicks = (
  on: Listen,
  auto: boolean,
  href: (url: string) => string,
  clicked: (name: string, props: Props) => void,
): void =>
  on(document, 'click', (event) => {
      const target = event.target as Element | null;
      if (!target?.closest || target.closest('[data-cairn-ignore]')) return;
      const named = target.closest<HTMLElement>('[data-cairn-cta]');
      const el = named || (auto && target.closest<HTMLElement>(CLICKABLE));
      if (!el) return;
      const props: Props = {};
      const link = el.closest('a');
      if (link?.href) props.href = href(link.href);
      if (named) {
        for (const key in named.dataset) {
          if (/^cairn./.test(key) && !RESERVED.includes(key)) {
            props[key[5]!.toLowerCase() + key.slice(6)] = named.dataset[key]!;
          }
        }
      } else if (el.tagName == 'A') {
        const a = el as HTMLAnchorElement;
        if (a.hasAttribute('download') || DOWNLOAD.test(a.pathname)) props.download = true;
        else if (/^http/.test(a.protocol) && a.host != location.host) props.outbound = true;
        else if (!BUTTON_LIKE.test(a.className + ' ' + a.getAttribute('role'))) return;
      }
      if (el.matches('button,input')) formContext(el, props, href);
      clicked(named?.dataset.cairnCta || label(el) || el.tagName.toLowerCase(), props);
  });
