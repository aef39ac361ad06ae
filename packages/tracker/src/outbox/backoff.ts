/** The retry delays. Documented in docs/tracker.md, "Offline and failures". */
export const BACKOFF = {
  /** The first retry comes after about this long; each failure doubles it. */
  _base: 1_000,
  /** Longest wait while the tab is visible, in the first `_patience` of an outage: a recovered endpoint is reached within 30 s. */
  _active: 30_000,
  /** Longest wait for a hidden tab, or once an outage outlasts `_patience` (a blocked or dead endpoint). */
  _max: 300_000,
  _patience: 600_000,
};

/**
 * Milliseconds to wait after the `failures`-th failure in a row (1 = first) of an outage that began
 * at `since`: exponential with jitter (between half and all of the step), capped as above.
 */
export const retryDelay = (failures: number, since: number, hidden: boolean): number => {
  const cap = hidden || Date.now() - since > BACKOFF._patience ? BACKOFF._max : BACKOFF._active;
  return Math.min(cap, BACKOFF._base * 2 ** (failures - 1)) * (0.5 + Math.random() / 2);
};

/** `Retry-After` in ms (seconds or an HTTP date), at most the longest backoff; 0 when absent or unreadable. */
export const retryAfter = (header: string | null): number => {
  if (!header) return 0;
  const ms = +header * 1000 || Date.parse(header) - Date.now();
  return ms > 0 ? Math.min(ms, BACKOFF._max) : 0;
};
