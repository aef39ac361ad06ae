// The retry delays, documented in docs/tracker.md ("Offline and failures").
/** The first retry comes after about this long; each failure doubles it. */
const FIRST_MS = 1_000;
/** Longest wait while the tab is visible, during the first PATIENCE_MS of an outage: a recovered endpoint is reached within 30 s. */
export const ACTIVE_MAX_MS = 30_000;
/** Longest wait for a hidden tab, or once an outage outlasts PATIENCE_MS (a blocked or dead endpoint). */
export const MAX_MS = 300_000;
const PATIENCE_MS = 600_000;

/**
 * Milliseconds to wait after the `failures`-th failure in a row (1 = first) of an outage that began
 * at `since`: exponential with jitter (between half and all of the step), capped as above.
 */
export const retryDelay = (failures: number, since: number, hidden: boolean): number =>
  Math.min(hidden || Date.now() - since > PATIENCE_MS ? MAX_MS : ACTIVE_MAX_MS, FIRST_MS * 2 ** (failures - 1)) *
  (0.5 + Math.random() / 2);

/** `Retry-After` in ms (seconds or an HTTP date), at most the longest backoff; 0 when absent or unreadable. */
export const retryAfter = (header?: string | null): number => {
  const ms = header ? +header * 1000 || Date.parse(header) - Date.now() : 0;
  return ms > 0 ? Math.min(ms, MAX_MS) : 0;
};
