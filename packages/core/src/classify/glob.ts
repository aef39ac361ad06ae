/**
 * Path globs compiled to one anchored RegExp each.
 *
 * `**` spans any number of whole segments (including none: `**\/blog/**` matches `/blog`),
 * `*` any run of characters within a segment, `?` one character within a segment,
 * `{a,b}` alternatives (not nested). Everything else is literal. Globs are lower-cased, `_` read
 * as `-`, like the paths they are tested against (see `normalizePath`).
 */

const REGEX_SPECIAL = /[.+^$()|[\]\\]/;

/** Compiles a path glob to an anchored, case-sensitive RegExp over normalised paths. */
export function globToRegExp(glob: string): RegExp {
  const g = glob.toLowerCase().replace(/_/g, '-');
  let out = '^';
  let inBraces = false;
  for (let i = 0; i < g.length; i++) {
    const ch = g[i] as string;
    if (ch === '*') {
      if (g[i + 1] === '*') {
        const startsSegment = i === 0 || g[i - 1] === '/';
        const endsSegment = i + 2 === g.length || g[i + 2] === '/';
        if (startsSegment && endsSegment) {
          if (i + 2 === g.length) {
            // Trailing `/**`: the optional rest of the path. The preceding slash was already emitted,
            // so make it optional by replacing it.
            if (out.endsWith('/')) out = `${out.slice(0, -1)}(?:/.*)?`;
            else out += '.*';
          } else {
            // `**/` at the start or `/**/` in the middle: zero or more whole segments.
            out += '(?:.*/)?';
            i++; // the slash after `**`
          }
          i++;
          continue;
        }
        out += '[^/]*';
        i++;
        continue;
      }
      out += '[^/]*';
    } else if (ch === '?') {
      out += '[^/]';
    } else if (ch === '{' && !inBraces) {
      inBraces = true;
      out += '(?:';
    } else if (ch === '}' && inBraces) {
      inBraces = false;
      out += ')';
    } else if (ch === ',' && inBraces) {
      out += '|';
    } else if (REGEX_SPECIAL.test(ch) || ch === '{' || ch === '}') {
      out += `\\${ch}`;
    } else {
      out += ch;
    }
  }
  if (inBraces) throw new Error(`unclosed "{" in path glob "${glob}"`);
  return new RegExp(`${out}$`);
}
