/**
 * `@cairn/tracker`: Cairn's offline-first browser tracker. Records page views, CTA clicks and checkout
 * steps, keeps every event in IndexedDB until the endpoint acknowledges it. Importing it touches no
 * browser global; `createTracker` on a server returns a tracker that records nothing.
 *
 * @packageDocumentation
 */
export { createTracker } from './tracker.js';
export type {
  CairnEvent,
  CheckoutStep,
  ConsentState,
  EventType,
  JsonValue,
  Props,
  Purchase,
  PurchaseItem,
  SurveyKind,
  Tracker,
  TrackerOptions,
} from './types.js';
