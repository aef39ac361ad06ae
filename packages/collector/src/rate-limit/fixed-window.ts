/** At most `requests` requests per `perMs` milliseconds for one client. */
export interface RateLimit {
  requests: number;
  perMs: number;
}

/** The answer of {@link FixedWindowLimiter.take}. */
export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/** Counters per row of the table: 2 rows × 65,536 counters × 12 bytes ≈ 1.5 MB, whatever the clients. */
const WIDTH = 1 << 16;
const ROWS = 2;

/**
 * Request counts per client key for the current window, in a table of fixed size (a count-min
 * sketch): each key is hashed to one counter per row, and its count is the smaller of the two.
 * Memory never grows with the number of clients, so a flood of fresh keys costs nothing, and a
 * key is never forgotten early to make room for others. Two clients can share a counter in one
 * row; a client is refused early only when both its counters are shared with clients that are
 * themselves near the limit: with n clients active in a window, both are shared with probability
 * about (n / 65,536)² (0.2 % at 3,000), and an attacker must send 600 requests per counter it wants
 * to fill (39 million a minute for the whole table). A request raises only the counters at the key's
 * own minimum ("conservative update"), which keeps sharing from adding up.
 *
 * Windows are aligned on multiples of `perMs` (one clock for all clients), so a client may send up
 * to twice its limit across one window boundary. Hashes are seeded at random per process: which
 * keys share a counter cannot be worked out from outside. Nothing is ever stored.
 */
export class FixedWindowLimiter {
  private readonly counts = new Uint32Array(ROWS * WIDTH);
  /** The window each counter's count belongs to (`floor(now / perMs)`); an older one reads as 0. */
  private readonly windows = new Float64Array(ROWS * WIDTH).fill(-1);
  private readonly seeds: Uint32Array;

  constructor(private readonly limit: RateLimit) {
    if (!(limit.requests >= 1) || !(limit.perMs >= 1)) {
      throw new RangeError(`rateLimit needs requests >= 1 and perMs >= 1, got ${JSON.stringify(limit)}`);
    }
    this.seeds = globalThis.crypto.getRandomValues(new Uint32Array(ROWS));
  }

  /** Counts one request of `key` at `now`; refuses it when the key's count for this window is full. */
  take(key: string, now: number): RateDecision {
    const window = Math.floor(now / this.limit.perMs);
    const slots = this.seeds.map((seed, row) => row * WIDTH + (hash(key, seed) & (WIDTH - 1)));
    let count = Infinity;
    for (const slot of slots) count = Math.min(count, this.windows[slot] === window ? this.counts[slot]! : 0);
    if (count >= this.limit.requests) {
      const endsAt = (window + 1) * this.limit.perMs;
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((endsAt - now) / 1000)) };
    }
    for (const slot of slots) {
      if (this.windows[slot] !== window) {
        this.windows[slot] = window;
        this.counts[slot] = 0;
      }
      if (this.counts[slot] === count) this.counts[slot] = count + 1;
    }
    return { allowed: true };
  }
}

/** FNV-1a over UTF-16 units from a seed, then murmur3's finaliser to spread the bits. */
function hash(key: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
