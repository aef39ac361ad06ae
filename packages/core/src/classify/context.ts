/**
 * Context signals of a CTA click, for labels that say nothing ("Continue", "OK") or that the
 * lexicon does not know: the clicked control's name, where the click goes (the form's action, else
 * the link), and the page it was clicked on. The tracker records them in `props` (see
 * `docs/stages.md`, "Context"):
 *
 * - `props.control`: the clicked button's `name` or `id`, when it is a word (`add`, `checkout`);
 * - `props.action`, `props.method`: the path of the form the button submits, and its method;
 * - `props.href`: the link's URL.
 */
import { hostOf, pathOf } from '../url/url-parts.js';
import { normalizePath } from './normalize.js';
import type { EventLike } from './compile.js';

/** Which signal decided a stage: a rule on the event itself, the label, or the click's context. */
export type Signal = 'event' | 'label' | 'control' | 'destination' | 'page';

/**
 * Control names that are not labels in any language but are the platform conventions for a
 * button's job: Shopify's product form submits `name="add"`.
 */
const CONTROL_ALIASES: { readonly [name: string]: string } = { add: 'add to cart' };

function stringProp(event: EventLike, key: string): string | null {
  const props = event.props;
  if (typeof props !== 'object' || props === null) return null;
  const value = (props as Record<string, unknown>)[key];
  return typeof value === 'string' && value !== '' ? value : null;
}

/** The words of the clicked control's `name`/`id` (`props.control`), or `null`. */
export function controlWords(event: EventLike): string | null {
  const control = stringProp(event, 'control');
  if (control === null) return null;
  return CONTROL_ALIASES[control.toLowerCase()] ?? control;
}

/** Where a click goes, as the page path the page rules read, and which prop said so. */
export interface Destination {
  readonly path: string;
  readonly from: 'action' | 'href';
}

/**
 * The click's destination: the path of `props.action` (a form), else of `props.href` (a link);
 * `null` when there is none, when it leaves the site (another host than the event's `url`), or
 * when it is the page itself (sorting, filters, pagination and anchors stay on the page, and say
 * nothing about a stage).
 */
export function destinationOf(event: EventLike): Destination | null {
  const from = stringProp(event, 'action') !== null ? 'action' : stringProp(event, 'href') !== null ? 'href' : null;
  if (from === null) return null;
  const target = stringProp(event, from) as string;
  const raw = pathOf(target);
  if (raw === '') return null;
  const page = typeof event.url === 'string' ? event.url : '';
  const host = hostOf(target);
  if (host !== '' && hostOf(page) !== '' && host !== hostOf(page)) return null;
  const path = normalizePath(raw);
  if (page !== '' && normalizePath(pathOf(page) || '/') === path) return null;
  return { path, from };
}

/** The path of the page the click happened on, or `null`. */
export function pageOf(event: EventLike): string | null {
  if (typeof event.url !== 'string') return null;
  const path = pathOf(event.url);
  return path === '' ? null : normalizePath(path);
}
