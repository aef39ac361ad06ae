/**
 * The few URL parts the classifier and the analyses need, read without the `URL` class: core compiles against
 * the bare ES2022 library (no DOM, no Node), where `URL` is not declared, and a malformed URL
 * must give "no host" instead of throwing.
 */

function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

/** `[a-z0-9+.-]`, any case. */
function isSchemeChar(c: number): boolean {
  return isLetter(c) || (c >= 48 && c <= 57) || c === 43 || c === 46 || c === 45;
}

/** `/`, `?` or `#`: what ends an authority. */
function endsAuthority(c: number): boolean {
  return c === 47 || c === 63 || c === 35;
}

/**
 * Where the authority of an absolute URL starts (after `scheme://`), or −1 when the URL has
 * none: the scan `^[a-z][a-z0-9+.-]*:\/\/` (any case) does, without a regular expression and
 * its match array (this runs for page views by the million).
 */
function authorityStart(url: string): number {
  const n = url.length;
  if (n === 0 || !isLetter(url.charCodeAt(0))) return -1;
  let i = 1;
  while (i < n && isSchemeChar(url.charCodeAt(i))) i++;
  return url.charCodeAt(i) === 58 && url.charCodeAt(i + 1) === 47 && url.charCodeAt(i + 2) === 47 ? i + 3 : -1;
}

/** Where the authority that starts at `start` ends: the first `/`, `?` or `#`, or the end. */
function authorityEnd(url: string, start: number): number {
  let i = start;
  while (i < url.length && !endsAuthority(url.charCodeAt(i))) i++;
  return i;
}

/** The lower-cased host of an absolute URL (no port, no credentials), or `''`. */
export function hostOf(url: string | undefined): string {
  if (!url) return '';
  const start = authorityStart(url);
  if (start < 0) return '';
  let host = url.slice(start, authorityEnd(url, start));
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
  const authority = authorityStart(url);
  const start = authority < 0 ? 0 : authorityEnd(url, authority);
  let end = start;
  while (end < url.length) {
    const c = url.charCodeAt(end);
    if (c === 63 || c === 35) break;
    end++;
  }
  return end === start ? '/' : start === 0 && end === url.length ? url : url.slice(start, end);
}

/** The query parameters of a URL, names lower-cased; undecodable values are kept raw. */
export function queryOf(url: string | undefined): Map<string, string> {
  const params = new Map<string, string>();
  if (!url) return params;
  const hash = url.indexOf('#');
  const q = url.indexOf('?');
  if (q < 0 || (hash >= 0 && hash < q)) return params; // a "?" in the fragment is not a query
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
