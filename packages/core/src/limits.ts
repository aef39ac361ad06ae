/**
 * `@cairn/core/limits`: the protocol's limits and the ad click-id parameter names, and nothing else.
 * A subpath of its own so that the browser tracker shares them with the validator without bundling
 * any of core's code: two constants, a few hundred bytes before minification.
 *
 * @packageDocumentation
 */
export { LIMITS } from './event/limits.js';
export { CLICK_ID_PARAMS, type ClickIdParam } from './analytics/channels/click-id-params.js';
