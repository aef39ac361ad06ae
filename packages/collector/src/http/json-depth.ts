/**
 * Deepest nesting of `[` and `{` in a JSON text, counted byte by byte outside strings, giving
 * up as soon as it passes `limit`. V8's `JSON.parse` takes time that grows faster than the
 * input with nesting (a 100 KB body of `[[[…]]]` costs about 300 ms), so bodies nested deeper
 * than any batch can be are refused before they are parsed.
 */
export function exceedsJsonDepth(bytes: Uint8Array, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (inString) {
      if (b === 0x5c) i++; // backslash: skip the escaped byte
      else if (b === 0x22) inString = false;
    } else if (b === 0x22) {
      inString = true;
    } else if (b === 0x5b || b === 0x7b) {
      if (++depth > limit) return true;
    } else if (b === 0x5d || b === 0x7d) {
      depth--;
    }
  }
  return false;
}
