import { emit } from '../state.js';
import { feature } from './feature.js';

/**
 * `event(type, name, props)` and `pageId()`: what `@cairn/tracker/vitals`, or a plugin of your own,
 * records through (a vital names the page view it belongs to).
 */
export const vitalsHook = /* @__PURE__ */ feature((t) => {
  t._api.event = (type, name, props) => void emit(t, type, name, props);
  t._api.pageId = () => t._lastPageId;
});
