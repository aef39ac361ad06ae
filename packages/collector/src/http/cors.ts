/** Which origins may post to the collector from a browser: a list, or `'*'` for any. */
export type CorsSetting = readonly string[] | '*';

/**
 * Cross-origin rules. A browser request carries `Origin`; it is allowed when the origin is in
 * the list, when the list is `'*'`, or when it is the collector's own origin (same host).
 * Requests without `Origin` (servers, curl) are not browser requests and are not restricted.
 */
export class CorsPolicy {
  private readonly origins: Set<string> | '*';

  constructor(setting: CorsSetting = []) {
    this.origins = setting === '*' ? '*' : new Set(setting.map((origin) => origin.trim().replace(/\/+$/, '').toLowerCase()));
  }

  /** Whether a request with this `Origin` (and `Host`) may be served. */
  allows(origin: string | null, host: string | null): boolean {
    if (origin === null) return true;
    if (this.origins === '*') return true;
    if (this.origins.has(origin.toLowerCase())) return true;
    return host !== null && hostOf(origin) === host.toLowerCase();
  }

  /** The CORS headers of an answer to an allowed request. */
  headers(origin: string | null): Record<string, string> {
    if (origin === null) return {};
    if (this.origins === '*') return { 'access-control-allow-origin': '*' };
    return { 'access-control-allow-origin': origin, vary: 'Origin' };
  }

  /** The extra headers of an answer to an allowed preflight (`OPTIONS`). */
  preflightHeaders(origin: string | null, requestedHeaders: string | null, methods: string): Record<string, string> {
    return {
      ...this.headers(origin),
      'access-control-allow-methods': methods,
      'access-control-allow-headers': requestedHeaders ?? 'content-type',
      // One preflight a day per origin: trackers post often.
      'access-control-max-age': '86400',
    };
  }
}

function hostOf(origin: string): string | null {
  try {
    return new URL(origin).host.toLowerCase();
  } catch {
    return null;
  }
}
