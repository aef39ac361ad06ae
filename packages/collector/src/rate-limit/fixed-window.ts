/** At most `requests` requests per `perMs` milliseconds for one client. */
export interface RateLimit {
  requests: number;
  perMs: number;
}

/** The answer of {@link FixedWindowLimiter.take}. */
export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * A fixed-window counter per client key, in memory only (nothing about clients is ever stored).
 * Windows that ended are swept at most once per window length, so memory follows the number of
 * clients active in the last window.
 */
export class FixedWindowLimiter {
  private readonly windows = new Map<string, { count: number; endsAt: number }>();
  private nextSweep = 0;

  constructor(private readonly limit: RateLimit) {
    if (!(limit.requests >= 1) || !(limit.perMs >= 1)) {
      throw new RangeError(`rateLimit needs requests >= 1 and perMs >= 1, got ${JSON.stringify(limit)}`);
    }
  }

  /** Counts one request of `key` at `now`; refuses it when the key's window is full. */
  take(key: string, now: number): RateDecision {
    if (now >= this.nextSweep) this.sweep(now);
    let window = this.windows.get(key);
    if (!window || now >= window.endsAt) {
      window = { count: 0, endsAt: now + this.limit.perMs };
      this.windows.set(key, window);
    }
    if (window.count >= this.limit.requests) {
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((window.endsAt - now) / 1000)) };
    }
    window.count++;
    return { allowed: true };
  }

  private sweep(now: number): void {
    for (const [key, window] of this.windows) if (now >= window.endsAt) this.windows.delete(key);
    this.nextSweep = now + this.limit.perMs;
  }
}
