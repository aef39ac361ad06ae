import type { Config } from './options.js';

/**
 * One line of the debug log. The format is stable (docs/tracker.md, "Debug log"): browser tests count
 * events from these lines.
 */
export const debugLog = (c: Config, what: 'queued' | 'dropped' | 'error', ...args: unknown[]): void => {
  if (COMPILE_DEBUG && c._debug) console.debug('[cairn] ' + what, ...args);
};

/** Tells the site (`onError`) and the debug log: `dropped` when events were lost, `error` otherwise. */
export const report = (c: Config, message: string, dropped?: boolean): void => {
  debugLog(c, dropped ? 'dropped' : 'error', message);
  if (COMPILE_BEFORE_SEND) {
    try {
      c._onError?.(Error(message));
    } catch {
      // the site's handler failed; nothing more to do
    }
  }
};
