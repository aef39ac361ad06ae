/** The limits every event and batch must respect. Documented in `docs/protocol.md`. */
export const LIMITS = {
  /** Longest `name`, in characters. */
  nameLength: 128,
  /** Longest `id`, `anonymousId`, `sessionId` and `userId`, in characters. */
  idLength: 128,
  /** Longest string anywhere in an event, in characters. */
  stringLength: 2048,
  /** Largest `props` object, serialised as JSON, in bytes (UTF-8). */
  propsBytes: 8 * 1024,
  /** Deepest nesting of objects and arrays inside `props` (`props` itself is depth 1). */
  propsDepth: 4,
  /** Most events in one batch. */
  batchEvents: 500,
  /** Largest batch body, in bytes (UTF-8). */
  batchBytes: 512 * 1024,
  /** Earliest accepted `ts`: 2000-01-01T00:00:00Z. */
  minTs: 946_684_800_000,
  /** Latest accepted `ts`: 2100-01-01T00:00:00Z. */
  maxTs: 4_102_444_800_000,
  /**
   * Largest money amount (`value`, `revenue`, `total`, `price`, … of a checkout step, purchase or
   * refund), in absolute value, in any currency unit: a trillion. Only refunds may be negative.
   */
  moneyMax: 1e12,
} as const;

/** Keys never accepted inside `props` (they would reach an object's prototype). */
export const FORBIDDEN_KEYS = ['__proto__', 'constructor', 'prototype'] as const;

/** The fields of `utm`: the `utm_*` query parameters without their prefix. */
export const UTM_KEYS = ['source', 'medium', 'campaign', 'term', 'content'] as const;
