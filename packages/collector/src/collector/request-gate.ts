import type { IncomingCall, Reply } from '../http/call.js';
import { CorsPolicy } from '../http/cors.js';
import { echo } from '../http/echo.js';
import { HostAllowList } from '../http/host-allow.js';
import { emptyReply, errorReply } from '../http/reply.js';
import { clientKey } from '../rate-limit/client-key.js';
import { FixedWindowLimiter } from '../rate-limit/fixed-window.js';
import { COLLECTOR_DEFAULTS, type CollectorOptions } from './options.js';

/**
 * The checks a request passes before the collector does any work for it, in this order: its `Host`
 * is one of the collector's names (else `421`: DNS rebinding), its `Origin` may call (else `403`;
 * preflights are answered here), and its client is within the rate limit (`429`). Nothing here
 * reads the body or touches the store.
 */
export class RequestGate {
  private readonly hosts: HostAllowList;
  private readonly cors: CorsPolicy;
  private readonly limiter: FixedWindowLimiter | null;

  constructor(options: CollectorOptions) {
    const cors = options.cors ?? [];
    this.hosts = new HostAllowList(options.hosts ?? [], cors);
    this.cors = new CorsPolicy(cors);
    const rateLimit = options.rateLimit ?? COLLECTOR_DEFAULTS.rateLimit;
    this.limiter = rateLimit === false ? null : new FixedWindowLimiter(rateLimit);
  }

  /** `421` for a `Host` that is not one of ours, before anything else: a rebinding page learns nothing. */
  checkHost(call: IncomingCall): Reply | null {
    if (this.hosts.allows(call.host)) return null;
    return errorReply(421, `this collector does not answer to host ${echo(call.host)}; start it with that name in hosts (--host-allow)`);
  }

  /** `403` for a browser origin that may not call; the answer to an allowed preflight (`204`). */
  checkOrigin(call: IncomingCall, allowedMethods: string): Reply | null {
    const origin = call.header('origin');
    if (!this.cors.allows(origin, call.host === null ? null : `${call.scheme}://${call.host}`)) {
      return errorReply(403, `origin ${echo(origin)} is not allowed; start the collector with it in cors`);
    }
    if (call.method !== 'OPTIONS') return null;
    return emptyReply(204, { allow: allowedMethods, ...this.cors.preflightHeaders(origin, allowedMethods) });
  }

  /**
   * `429` once the client is over its rate. The key is the client's address alone (its /64 for
   * IPv6): `Origin`, `Host` and, unless trusted, `X-Forwarded-For` are the client's to choose, so
   * keying on them let every request start a fresh count. Without an address there is no key.
   */
  checkRate(call: IncomingCall, now: number): Reply | null {
    if (!this.limiter || call.ip === undefined) return null;
    const decision = this.limiter.take(clientKey(call.ip), now);
    if (decision.allowed) return null;
    return errorReply(429, 'too many requests; retry after the delay in Retry-After', {}, { 'retry-after': String(decision.retryAfterSeconds) });
  }

  /** The CORS headers every answer to an allowed cross-origin request carries. */
  corsHeaders(call: IncomingCall): Record<string, string> {
    return this.cors.headers(call.header('origin'));
  }
}
