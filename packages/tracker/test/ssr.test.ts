// @vitest-environment node
// On a server: importing touches no browser global and createTracker returns a tracker that records nothing.
import { expect, test } from 'vitest';

test('import and createTracker without window: a no-op tracker', async () => {
  expect(typeof (globalThis as { window?: unknown }).window).toBe('undefined');
  const { createTracker } = await import('../src/index.js');
  const { trackVitals } = await import('../src/vitals.js');
  const tracker = createTracker({ endpoint: '/collect' });
  tracker.page();
  tracker.cta('x');
  tracker.purchase({ orderId: '1', value: 1, currency: 'EUR' });
  tracker.identify('u');
  trackVitals(tracker);
  expect(tracker.pageId()).toBeUndefined();
  await expect(tracker.flush()).resolves.toBeUndefined();
  await expect(tracker.shutdown()).resolves.toBeUndefined();
});
