/** What the collector needs from a request, whatever the server: Web `Request` or Node `IncomingMessage`. */
export interface IncomingCall {
  method: string;
  /** The URL's path, e.g. `/collect`. */
  pathname: string;
  /** The URL's query string parameters. */
  query: URLSearchParams;
  /** A request header (case-insensitive), or `null`. */
  header(name: string): string | null;
  /** The `Host` the client asked for (the header; for a Web `Request` without one, the URL's host). */
  host: string | null;
  /** The scheme the client used: the connection's, or `X-Forwarded-Proto` from a trusted proxy. */
  scheme: 'http' | 'https';
  /**
   * Reads the body, stopping (without reading further) as soon as it exceeds `limit` bytes, or
   * when it has not all arrived `deadlineMs` after the call (a client dripping it, slowloris).
   */
  readBody(limit: number, deadlineMs: number): Promise<BodyRead>;
  /** The client's address, when the server knows it (kept in memory for rate limiting only). */
  ip: string | undefined;
}

/** The outcome of {@link IncomingCall.readBody}. */
export type BodyRead =
  | { ok: true; bytes: Uint8Array }
  | { ok: false; tooLarge: true; read: number }
  | { ok: false; timedOut: true; read: number };

/** What the collector answers, before it becomes a `Response` or a Node response. */
export interface Reply {
  status: number;
  headers: Record<string, string>;
  /** JSON text, or `null` for an empty body (204). */
  body: string | null;
}
