import { expect, test, vi } from 'vitest';
import type { Tracker } from '../src/index.js';

const reporters: Record<string, (metric: unknown) => void> = {};
vi.mock('web-vitals', () => {
  const on = (name: string) => (callback: (metric: unknown) => void) => {
    reporters[name] = callback;
  };
  return { onLCP: on('LCP'), onINP: on('INP'), onCLS: on('CLS'), onFCP: on('FCP'), onTTFB: on('TTFB') };
});

test('trackVitals records LCP, INP, CLS, FCP and TTFB as vital events tied to the page view', async () => {
  const { trackVitals } = await import('../src/vitals.js');
  const event = vi.fn();
  trackVitals({ event, pageId: () => 'page-1' } as unknown as Tracker);
  expect(Object.keys(reporters).sort()).toEqual(['CLS', 'FCP', 'INP', 'LCP', 'TTFB']);
  reporters.LCP!({ name: 'LCP', value: 1234.5, delta: 1234.5, rating: 'good', id: 'v5-1', navigationType: 'navigate' });
  expect(event).toHaveBeenCalledWith('vital', 'LCP', {
    value: 1234.5,
    delta: 1234.5,
    rating: 'good',
    metricId: 'v5-1',
    navigationType: 'navigate',
    pageId: 'page-1',
  });
});
