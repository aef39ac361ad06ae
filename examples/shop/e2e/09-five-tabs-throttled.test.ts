/**
 * Scenario 9 (the localstorage-retry #27 case): five tabs with the CPU throttled, tracking all the
 * time, closed one by one at random moments. Then the site is opened again. No event lost, none
 * stored twice.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { Tab } from './harness/engine/engine.js';
import { seededRandom } from './harness/flaky-proxy.js';
import { Scenario, sleep } from './harness/scenario.js';

const SEED = Number(process.env.CAIRN_E2E_SEED ?? 9);
const THROTTLE = 6;

describe('9. five throttled tabs closed at random', () => {
  let scenario: Scenario | undefined;
  afterAll(() => scenario?.dispose());

  it('loses nothing and stores nothing twice', async () => {
    scenario = await Scenario.open('9 five tabs, CPU ×6, random closes');
    const random = seededRandom(SEED);
    const visitor = await scenario.newVisitor();
    const pages = ['', 'pricing.html', 'product/summit-28.html', 'blog/packing-light.html', 'account/'];
    const tabs: Tab[] = [];
    await visitor.throttleCpu(THROTTLE);
    for (const [i, path] of pages.entries()) {
      const page = await visitor.newTab();
      await page.goto(scenario.shop + path);
      // The page tracks on its own, every 250 ms, until it is closed.
      await page.evaluate((tab) => {
        let n = 0;
        setInterval(() => (window as unknown as { cairn: (...a: unknown[]) => void }).cairn('track', 'tick', { tab, n: n++ }), 250);
      }, i);
      tabs.push(page);
    }
    // Close the tabs one by one, 1.5–4 s apart (seeded).
    const order = [...tabs].sort(() => random() - 0.5);
    for (const page of order) {
      await sleep(1500 + random() * 2500);
      await page.close();
    }
    const trackedWhileOpen = scenario.log.tracked.size;
    const next = await visitor.newTab();
    await next.goto(scenario.shop);
    const missing = await scenario.waitForDelivery({ timeoutMs: 45_000, settleMs: 2000 });
    expect(scenario.explain(missing), `events lost (seed ${SEED})`).toEqual([]);

    const { tally } = await scenario.finish(`seed ${SEED}; ${trackedWhileOpen} tracked by the 5 tabs`);
    expect(tally.lost).toBe(0);
    expect(tally.duplicatesStored).toBe(0);
  });
});
