/**
 * Half of a UTF-16 surrogate pair, alone. JSON may spell one as an escape (`"\ud83d"`), and a
 * tracker writes exactly that when it cuts a label, name or title in the middle of an emoji
 * (`String.prototype.slice` counts UTF-16 units). UTF-8 cannot encode such a string: DuckDB's
 * `read_json` refuses the row ("no low surrogate in string") and the batch could never be stored.
 */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * Whether a JSON text may hold a lone surrogate once parsed. Valid UTF-8 cannot carry one, so only
 * a `\uD800`–`\uDFFF` escape can; most bodies have none and skip the walk of {@link wellFormed}.
 * (It also matches an escaped backslash followed by `ud83d`: only a wasted walk.)
 */
export function mayHoldLoneSurrogates(text: string): boolean {
  return /\\u[dD][89a-fA-F]/.test(text);
}

/**
 * A copy of a parsed JSON value in which every string, keys included, has each lone surrogate
 * replaced by U+FFFD (what `TextEncoder` and `String.prototype.toWellFormed` do). Whole pairs
 * (emoji) are kept. The value comes from `JSON.parse` with a bounded depth, so recursion is safe.
 */
export function wellFormed(value: unknown): unknown {
  if (typeof value === 'string') return value.replace(LONE_SURROGATE, '\ufffd');
  if (Array.isArray(value)) return value.map(wellFormed);
  if (value === null || typeof value !== 'object') return value;
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    // defineProperty: a "__proto__" key from JSON.parse stays a plain key (validation refuses it).
    Object.defineProperty(copy, key.replace(LONE_SURROGATE, '\ufffd'), { value: wellFormed(item), enumerable: true, writable: true, configurable: true });
  }
  return copy;
}
