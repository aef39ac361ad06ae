import { debugLog, report } from './diagnostics.js';
import type { Listen } from './listen.js';
import { METHODS } from './noop.js';
import type { State } from './state.js';
import type { Tracker } from './types.js';

/**
 * Every public method, guarded: the tracker never throws into the page (a failed flush still resolves).
 * A method whose feature this tracker lacks does nothing, and says so in the debug log.
 */
export const guardMethods = (t: State): Tracker => {
  const guarded: Record<string, unknown> = {};
  for (const name of METHODS) {
    guarded[name] = (...args: unknown[]) => {
      try {
        const method = t._api[name] as ((...args: unknown[]) => unknown) | undefined;
        if (method) return method(...args);
        debugLog(t, 'error', `${name}: not in ${__VARIANT__}`);
      } catch (err) {
        report(t, `${name}: ${err}`);
      }
      return name == 'flush' || name == 'shutdown' ? Promise.resolve() : undefined;
    };
  }
  return guarded as unknown as Tracker;
};

/** Adds capture-phase listeners that do nothing once the tracker is shut down and never throw into the page. */
export const guardedListen =
  (t: State): Listen =>
  (target, type, listener) =>
    target.addEventListener(
      type,
      (event) => {
        try {
          if (!t._stopped) listener(event);
        } catch (err) {
          report(t, `${type}: ${err}`);
        }
      },
      true,
    );
