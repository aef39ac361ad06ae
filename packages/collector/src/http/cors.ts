/** Which origins may post to the collector from a browser: a list, or `'*'` for any. */
export type CorsSetting = readonly string[] | '*';

/**
 * Cross-origin rules. A browser request carries `Origin`; it is allowed when the origin is in
 * the list, when the list is `'*'`, or when it is the collector's own origin (same scheme, host and port).
 * Requests without `Origin` (servers, curl) are not browser requests and are not restricted.
 */
export class CorsPolicy {
  private readonly origins: Set<string> | '*';

  constructor(setting: CorsSetting = []) {
    this.origins = setting === '*' ? '*' : new Set(setting.map((origin) => origin.trim().replace(/\/+$/, '').toLowerCase()));
  }

  /**
   * Whether a request with this `Origin` may be served. `self` is the collector's own origin as the
   * client addressed it (`scheme://host`): a page there is same-origin. The scheme counts, so
   * `Origin: https://evil.example` is not the same origin as an http collector reached as `evil.example`.
   */
  allows(origin: string | null, self: string | null): boolean {
    if (origin === null) return true;
    if (this.origins === '*') return true;
    if (this.origins.has(origin.toLowerCase())) return true;
    const own = self === null ? null : originOf(self);
    return own !== null && originOf(origin) === own;
  }

  /** The CORS headers of an answer to an allowed request. */
  headers(origin: string | null): Record<string, string> {
    if (origin === null) return {};
    if (this.origins === '*') return { 'access-control-allow-origin': '*' };
    return { 'access-control-allow-origin': origin, vary: 'Origin' };
  }

  /** The extra headers of an answer to an allowed preflight (`OPTIONS`). */
  preflightHeaders(origin: string | null, methods: string): Record<string, string> {
    return {
      ...this.headers(origin),
      'access-control-allow-methods': methods,
      // The one header a sender needs; not an echo of what the preflight asked for (any length, any name).
      'access-control-allow-headers': 'content-type',
      // One preflight a day per origin: trackers post often.
      'access-control-max-age': '86400',
    };
  }
}

/** The serialised origin of a URL (lower case, default port left out), or `null` when it is not one. */
function originOf(url: string): string | null {
  try {
    const origin = new URL(url).origin;
    return origin === 'null' ? null : origin;
  } catch {
    return null;
  }
}
