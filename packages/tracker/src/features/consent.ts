import { queue, type State } from '../state.js';
import type { ConsentState } from '../types.js';
import { feature } from './feature.js';

/** Granted: what was held is queued and storage persists from now on. Denied: what was held is dropped. */
export const setConsent = (t: State, state: ConsentState): void => {
  if (state != 'granted' && state != 'denied' && state != 'pending') return;
  t._consent = state;
  if (state == 'pending') return;
  const released = t._held.splice(0);
  if (state == 'granted') {
    t._local._persist();
    for (const event of released) queue(t, event);
  }
};

/**
 * The `consent` option and `consent()` method: `pending` holds events (and ids) in memory until granted,
 * `denied` records nothing. Without this feature a tracker started with consent not granted records nothing.
 */
export const consent = /* @__PURE__ */ feature((t) => {
  t._api.consent = (state) => setConsent(t, state);
});
