import type { Tracker } from './types.js';

/** The tracker's method names: the script tag's `cairn('name', …)` may call exactly these. */
export const METHODS = [
  'page',
  'cta',
  'checkout',
  'purchase',
  'track',
  'identify',
  'survey',
  'consent',
  'event',
  'pageId',
  'flush',
  'reset',
  'shutdown',
] as const;

/** A tracker that records nothing: on a server, or when Do-Not-Track / Global Privacy Control is on. */
export const noopTracker = (): Tracker => {
  const tracker: Record<string, () => unknown> = {};
  for (const name of METHODS) tracker[name] = () => {};
  tracker.flush = tracker.shutdown = () => Promise.resolve();
  return tracker as unknown as Tracker;
};
