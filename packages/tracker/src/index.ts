/**
 * `@cairn/tracker`: Cairn's offline-first browser tracker. Records page views, CTA clicks and checkout
 * steps, keeps every event in IndexedDB until the endpoint acknowledges it. Importing it touches no
 * browser global; `createTracker` on a server returns a tracker that records nothing.
 *
 * @packageDocumentation
 */
export { createTracker, createTrackerWith } from './tracker.js';
export { allFeatures } from './features/all.js';
export { autoCta } from './features/auto-cta.js';
export { consent } from './features/consent.js';
export { ctaContext } from './features/cta-context.js';
export { hashRoutes } from './features/hash-routes.js';
export { links } from './features/links.js';
export { vitalsHook } from './features/vitals-hook.js';
export type {
  CairnEvent,
  CheckoutStep,
  ConsentState,
  EventType,
  Feature,
  JsonValue,
  Props,
  Purchase,
  PurchaseItem,
  SurveyKind,
  Tracker,
  TrackerOptions,
} from './types.js';
