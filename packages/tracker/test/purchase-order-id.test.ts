// docs/tracker.md: "orderId must be a non-empty string or a finite number". The type said string only, so
// a TypeScript app following the docs with a numeric id (the usual database key) did not compile.
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { createTracker, type Purchase, type Tracker } from '../src/index.js';
import { fakeEndpoint, freshIndexedDB, setOnline, settle } from './setup.js';

let tracker: Tracker | undefined;
beforeEach(() => {
  freshIndexedDB();
  localStorage.clear();
  setOnline(true);
});
afterEach(async () => {
  await tracker?.shutdown();
  vi.unstubAllGlobals();
});

test('a numeric order id type-checks and is recorded once, as its string', async () => {
  const endpoint = fakeEndpoint();
  tracker = createTracker({ endpoint: '/collect', autoPageviews: false, siteId: 'shop' });
  const order: Purchase = { orderId: 4242, value: 10, currency: 'USD' }; // typecheck: failed before the fix
  tracker.purchase(order);
  tracker.purchase({ ...order, orderId: '4242' }); // the same order
  await settle();
  await tracker.flush();
  const purchases = endpoint.events().filter((e) => e.name == 'purchase');
  expect(purchases).toHaveLength(1);
  expect(purchases[0]).toMatchObject({ id: 'order:shop:4242', props: { orderId: '4242', value: 10 } });
});
