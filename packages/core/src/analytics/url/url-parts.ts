/**
 * The few URL parts the analyses need, read without the `URL` class: core compiles against
 * the bare ES2022 library (no DOM, no Node), where `URL` is not declared, and a malformed URL
 * must give "no host" instead of throwing.
 */

const AUTHORITY = /^[a-z][a-z0-9+.-]*:\/\/([^/?#]*)/i;

/** The lower-cased host of an absolute URL (no port, no credentials), or `''`. */
export function hostOf(url: string | undefined): string {
  if (!url) return '';
  const match = AUTHORITY.exec(url);
  if (!match || match[1] === undefined) return '';
  let host = match[1];
  const at = host.lastIndexOf('@');
  if (at >= 0) host = host.slice(at + 1);
  if (host.startsWith('[')) return host.slice(0, host.indexOf(']') + 1).toLowerCase();
  const colon = host.indexOf(':');
  if (colon >= 0) host = host.slice(0, colon);
  return host.toLowerCase().replace(/\.$/, '');
}

/** The path of a URL (absolute or site-relative), without query or fragment; `''` when none. */
export function pathOf(url: string | undefined): string {
  if (!url) return '';
  let rest = url;
  const match = AUTHORITY.exec(url);
  if (match) rest = url.slice(match[0].length);
  const end = rest.search(/[?#]/);
  const path = end >= 0 ? rest.slice(0, end) : rest;
  return path === '' ? '/' : path;
}

/** The query parameters of a URL, names lower-cased; undecodable values are kept raw. */
export function queryOf(url: string | undefined): Map<string, string> {
  const params = new Map<string, string>();
  if (!url) return params;
  const q = url.indexOf('?');
  if (q < 0) return params;
  const hash = url.indexOf('#', q);
  const query = url.slice(q + 1, hash >= 0 ? hash : undefined);
  for (const pair of query.split('&')) {
    if (pair === '') continue;
    const eq = pair.indexOf('=');
    const name = decode(eq >= 0 ? pair.slice(0, eq) : pair).toLowerCase();
    if (!params.has(name)) params.set(name, decode(eq >= 0 ? pair.slice(eq + 1) : ''));
  }
  return params;
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
}

/** A host without the `www.` / `m.` / `l.` / `lm.` / `mobile.` prefixes sites use for the same site. */
export function bareHost(host: string): string {
  // Most hosts have none of these prefixes: skip the regex unless one could be there.
  const dot = host.indexOf('.');
  if (dot < 1 || dot > 6) return host;
  return host.replace(/^(?:www\d?|m|l|lm|mobile|amp)\./, '');
}
