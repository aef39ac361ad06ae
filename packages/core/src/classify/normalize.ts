/**
 * Normal forms for names and URL paths, so that "Add to cart", "add_to_cart", "ADD-TO-CART!",
 * "addToCart" and "Scopri di più" / "scopri di piu" meet.
 */

// Word breaks inside camelCase ("addToCart" → "add To Cart"); only lower→upper, so "ADD" stays one word.
const CAMEL_BREAK = /(\p{Ll})(\p{Lu})/gu;
// Combining marks left by NFD: accents, diaereses, the breve of "й" (so "й" = "и", "ё" = "е").
const COMBINING_MARKS = /\p{M}+/gu;
// Anything that is not a letter or a digit separates words: whitespace, `_`, `-`, punctuation, symbols, emoji.
const NON_WORD = /[^\p{L}\p{N}]+/gu;

const NAME_CACHE_LIMIT = 10_000;
const nameCache = new Map<string, string>();

/**
 * The normal form of an event or rule name: lower case, accents removed (NFD, combining marks
 * dropped), camelCase split, and every run of non-letters/non-digits turned into one space,
 * trimmed at both ends. Cached (up to 10,000 distinct names; the oldest entry is dropped first).
 *
 * @example normalizeName('  ADD-TO-CART! ') === 'add to cart'
 * @example normalizeName('Scopri di più') === 'scopri di piu'
 */
export function normalizeName(name: string): string {
  const cached = nameCache.get(name);
  if (cached !== undefined) return cached;
  const normal = name
    .replace(CAMEL_BREAK, '$1 $2')
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(NON_WORD, ' ')
    .trim();
  if (nameCache.size >= NAME_CACHE_LIMIT) {
    const oldest = nameCache.keys().next();
    if (oldest.done !== true) nameCache.delete(oldest.value);
  }
  nameCache.set(name, normal);
  return normal;
}

const SCHEME_AND_HOST = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i;
const PAGE_EXTENSION = /\.(?:html?|php|aspx?|jsp)$/;

/**
 * The path part of a URL or path string (`https://x.test/a?b#c` → `/a`), or `null` when the
 * string is neither an absolute URL nor a path. Works without the `URL` class (core has no DOM lib).
 */
export function pathOf(urlOrPath: string): string | null {
  const withoutOrigin = urlOrPath.replace(SCHEME_AND_HOST, '');
  if (withoutOrigin === '') return withoutOrigin.length === urlOrPath.length ? null : '/';
  if (withoutOrigin.charCodeAt(0) !== 47 /* / */) return null;
  let end = withoutOrigin.length;
  const query = withoutOrigin.indexOf('?');
  if (query !== -1) end = query;
  const hash = withoutOrigin.indexOf('#');
  if (hash !== -1 && hash < end) end = hash;
  return withoutOrigin.slice(0, end);
}

/**
 * The normal form of a URL path that path globs and regexes are tested against: percent-decoded
 * (when valid), lower case, no query or hash, `_` read as `-`, repeated slashes collapsed, a trailing `.html`/`.php`/
 * `.aspx`/`.jsp` extension, `/index` and trailing slash removed. `/Blog/My_Post.html?x=1` → `/blog/my-post`.
 */
export function normalizePath(path: string): string {
  let p = path;
  const cut = p.search(/[?#]/);
  if (cut !== -1) p = p.slice(0, cut);
  if (p.includes('%')) {
    try {
      p = decodeURIComponent(p);
    } catch {
      // Malformed escapes: match on the raw text rather than fail.
    }
  }
  p = p.toLowerCase().replace(/_/g, '-').replace(/\/{2,}/g, '/').replace(PAGE_EXTENSION, '');
  if (p.endsWith('/index')) p = p.slice(0, -'/index'.length);
  while (p.length > 1 && p.endsWith('/')) p = p.slice(0, -1);
  return p === '' ? '/' : p;
}

