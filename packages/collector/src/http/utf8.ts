const decoder = new TextDecoder('utf-8', { fatal: true });

/** The body as text, or `null` when it is not valid UTF-8 (a client's mistake: 400, never a mangled event). */
export function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return decoder.decode(bytes);
  } catch {
    return null;
  }
}
