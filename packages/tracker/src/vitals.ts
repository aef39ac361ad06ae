/**
 * `@cairn/tracker/vitals`: Core Web Vitals as `vital` events, with Google's `web-vitals` library.
 * A separate entry point, so `cairn.js` and sites that do not use it never pay for its bytes.
 *
 * ```ts
 * import { createTracker } from '@cairn/tracker';
 * import { trackVitals } from '@cairn/tracker/vitals';
 * trackVitals(createTracker({ endpoint: '/collect' }));
 * ```
 *
 * @packageDocumentation
 */
import { onCLS, onFCP, onINP, onLCP, onTTFB, type Metric } from 'web-vitals';
import type { Tracker } from './types.js';

export type { Metric };

/**
 * Records LCP, INP, CLS, FCP and TTFB as `vital` events named after the metric, with props
 * `value`, `delta`, `rating`, `metricId`, `navigationType` and `pageId` (the page view they belong to).
 * Does nothing outside a browser.
 */
export function trackVitals(tracker: Tracker): void {
  if (typeof window == 'undefined') return;
  const send = (metric: Metric) =>
    tracker.event('vital', metric.name, {
      value: metric.value,
      delta: metric.delta,
      rating: metric.rating,
      metricId: metric.id,
      navigationType: metric.navigationType,
      pageId: tracker.pageId() ?? null,
    });
  for (const on of [onLCP, onINP, onCLS, onFCP, onTTFB]) on(send);
}
