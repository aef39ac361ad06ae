/**
 * `@cairn/core/limits`: the protocol's limits, its forbidden props keys and UTM fields, and the ad
 * click-id parameter names; nothing else.
 * A subpath of its own so that the browser tracker shares them with the validator without bundling
 * any of core's code: constants only, a few hundred bytes before minification.
 *
 * @packageDocumentation
 */
export { FORBIDDEN_KEYS, LIMITS, UTM_KEYS } from './event/limits.js';
export { CLICK_ID_PARAMS, type ClickIdParam } from './analytics/channels/click-id-params.js';
