import type { Props } from '../types.js';
import { feature } from './feature.js';

/** A button's `name` or `id` worth recording: a word (`add`, `checkout`, `add-to-cart`), not a generated id. */
const WORD = /^[a-z]+(?:[-_][a-z]+)*$/i;

/**
 * Where a clicked button goes, for labels that say nothing ("Continue", an icon): the path of the
 * form it submits (`action`, read as attributes: `form.action` is clobbered by a field named
 * "action"; masked like every URL), the form's `method`, and its `name`/`id` as `control` when
 * that is a word. The classifier reads them (docs/stages.md, "Context").
 */
export const formContext = (el: HTMLElement, props: Props, href: (url: string) => string): void => {
  if (!el.matches('button,input')) return;
  const form = (el as HTMLButtonElement).form;
  if (form) {
    props.action = href(new URL(el.getAttribute('formaction') || form.getAttribute('action') || '', location.href).pathname);
    props.method = (el.getAttribute('formmethod') || form.getAttribute('method') || 'get').toLowerCase();
  }
  const word = (el as HTMLButtonElement).name || el.id;
  if (WORD.test(word)) props.control = word;
};

/** A clicked button's form (action path, method) and name or id, on its `cta` event (`data-cairn-cta` ones too). */
export const ctaContext = /* @__PURE__ */ feature((t) => {
  t._context = formContext;
});
