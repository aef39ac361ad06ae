/**
 * Scenario 14: offline, the visitor clicks a link while the tracker's IndexedDB write cannot commit yet
 * (another tab of the site holds a long read-write transaction on the outbox, as a busy sender does).
 * The page unloads with the write still queued, and Chromium aborts it with the document. The tracker's
 * pagehide spill (packages/tracker/src/outbox/spill.ts) keeps a copy in localStorage; the next page
 * queues it again. Scenario 2 meets the same race by chance; this one forces it on every run.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { Scenario, sleep } from './harness/scenario.js';
import { clickTo, flush } from './harness/shop-walk.js';

/** How long the other tab keeps the outbox's object store busy. */
const BLOCK_MS = 3_000;

describe('14. page unloaded before its IndexedDB write commits', () => {
  let scenario: Scenario | undefined;
  afterAll(() => scenario?.dispose());

  it('keeps the event through the pagehide spill', async () => {
    scenario = await Scenario.open('14 unload before commit');
    const visitor = await scenario.newVisitor();
        const page = await visitor.newTab();
    await page.goto(scenario.shop);
    await flush(page);
    expect(scenario.explain(await scenario.waitForDelivery({ settleMs: 0 }))).toEqual([]);
    await visitor.setOffline(true);

    // Another tab of the site opens the tracker's database and keeps one read-write transaction on its
    // store alive: transactions on one store run one at a time, so the first page's write waits behind it.
    const blocker = await visitor.newTab();
    await blocker.goto(`${scenario.shop}pricing.html`);
    await blocker.evaluate(() => (window as unknown as { cairn: (m: string) => Promise<void> }).cairn('shutdown'));
    await sleep(500);
    const blocking = blocker.evaluate(
      (ms) =>
        new Promise<number>((resolve, reject) => {
          const request = indexedDB.open('cairn:shop');
          request.onerror = () => reject(request.error);
          request.onsuccess = () => {
            const store = request.result.transaction('e', 'readwrite').objectStore('e');
            const until = Date.now() + ms;
            let reads = 0;
            const spin = () => {
              reads++;
              if (Date.now() < until) store.get('busy').onsuccess = spin;
              else resolve(reads);
            };
            spin();
          };
        }),
      BLOCK_MS,
    );
    await sleep(300); // the transaction is running

    const trackedBefore = scenario.log.tracked.size;
    // The CTA click is tracked in the same task as the navigation it starts: its write is queued, blocked.
    await clickTo(page, '[data-cairn-cta="hero-shop-summit"]', '/product/summit-28.html');
    const cta = [...scenario.log.tracked.values()].slice(trackedBefore).find((e) => e.type === 'cta');
    expect(cta, 'the CTA click was tracked').toBeDefined();
    expect(await blocking, 'the other tab held its transaction').toBeGreaterThan(1);
    await blocker.close();
    await sleep(500); // the product page's tracker stores what it took from the spill
    await page.close();

    await visitor.setOffline(false);
    const next = await visitor.newTab();
    await next.goto(scenario.shop);
    const missing = await scenario.waitForDelivery();
    expect(scenario.explain(missing), 'events never delivered').toEqual([]);
    const { tally } = await scenario.finish(`other tab blocked IndexedDB ${BLOCK_MS / 1000} s`);
    expect(tally.lost).toBe(0);
    expect(tally.duplicatesStored).toBe(0);
  });
});
