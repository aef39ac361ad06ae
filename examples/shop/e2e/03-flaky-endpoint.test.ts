/**
 * Scenario 3: a flaky proxy in front of the collector: 30% 503, 10% connections cut mid-request
 * (half before the batch reaches the store, half after it is stored), 10% 429 with Retry-After,
 * 10% answers held past the client's timeout. Every event must arrive, none be stored twice.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { startFlakyProxy, type FlakyProxy } from './harness/flaky-proxy.js';
import { Scenario } from './harness/scenario.js';
import { flush, walkToAdvocacy, walkToPurchase } from './harness/shop-walk.js';

const SEED = Number(process.env.CAIRN_E2E_SEED ?? 20261123);

describe('3. a flaky endpoint', () => {
  let scenario: Scenario | undefined;
  let proxy: FlakyProxy | undefined;
  afterAll(async () => {
    await proxy?.close();
    await scenario?.dispose();
  });

  it('loses nothing and stores nothing twice', async () => {
    // The client gives up on a request after 2 s; held answers come after 3 s. Batches of 5 events, so
    // the walk makes enough requests to meet every fault.
    scenario = await Scenario.open('3 flaky endpoint', { tracker: { timeout: 2000, 'batch-size': 5 } });
    proxy = await startFlakyProxy(
      scenario.shop,
      { unavailable: 0.3, cutBefore: 0.05, cutAfter: 0.05, tooMany: 0.1, slow: 0.1, retryAfterS: 1, slowMs: 3000 },
      SEED,
    );
    const visitor = await scenario.newVisitor();
    const page = await visitor.newTab();
    await walkToPurchase(page, proxy.url);
    await walkToAdvocacy(page);
    // More traffic on the last page, so plenty of batches meet the faults.
    for (let i = 0; i < 30; i++) await page.evaluate((n) => (window as unknown as { cairn: (...a: unknown[]) => void }).cairn('track', 'scroll', { depth: n }), i);
    await flush(page);

    const missing = await scenario.waitForDelivery({ timeoutMs: 120_000, settleMs: 4000 });
    const faults = JSON.stringify(proxy.counts);
    expect(scenario.explain(missing), `events never delivered through the flaky proxy (seed ${SEED}, faults ${faults})`).toEqual([]);
    for (const fault of ['unavailable', 'cutBefore', 'cutAfter', 'tooMany', 'slow'] as const) {
      expect(proxy.counts[fault], `batches that met the fault "${fault}" (${faults})`).toBeGreaterThan(0);
    }

    const { tally } = await scenario.finish(`seed ${SEED}; faults ${faults}`);
    expect(tally.lost).toBe(0);
    expect(tally.duplicatesStored, 'an event stored twice').toBe(0);
  });
});
