import type { ClickRule } from '../capture/clicks.js';
import type { Props } from '../types.js';
import { feature } from './feature.js';

/** Links to files: counted as downloads. */
const DOWNLOAD = /\.(pdf|zip|dmg|exe|apk|csv|xlsx?|docx?|pptx?|mp[34])$/i;

/** A download (`download` attribute, or a file's extension) or a link to another host: `{ download }` or `{ outbound }`. */
export const linkRule: ClickRule = (el): Props | undefined => {
  if (el.tagName != 'A') return;
  const a = el as HTMLAnchorElement;
  if (a.hasAttribute('download') || DOWNLOAD.test(a.pathname)) return { download: true };
  if (/^http/.test(a.protocol) && a.host != location.host) return { outbound: true };
};

/** Outbound links and downloads as CTAs, named by their label. Checked before the button rule. */
export const links = /* @__PURE__ */ feature((t) => void t._clickRules.unshift(linkRule));
