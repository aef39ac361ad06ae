/**
 * Scenario 11: every request to the endpoint fails at the network level for a whole minute (an
 * ad blocker, a CSP `connect-src` mistake) while the visitor keeps clicking. The page's requests
 * stay bounded (exponential backoff, no retry loop); once unblocked, delivery resumes by itself.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { Scenario, sleep } from './harness/scenario.js';

const BLOCKED_MS = 60_000;
/** 1 s doubling up to 30 s with jitter gives about 7 attempts a minute; allow some slack, never a loop. */
const MAX_REQUESTS_PER_MINUTE = 14;

describe('11. endpoint blocked for a minute', () => {
  let scenario: Scenario | undefined;
  afterAll(() => scenario?.dispose());

  it('backs off instead of looping, then delivers when unblocked', async () => {
    scenario = await Scenario.open('11 endpoint blocked 60 s');
    const visitor = await scenario.newVisitor();
    await visitor.blockEndpoint(true);
    const page = await visitor.newTab();
    await page.goto(scenario.shop);
    const start = Date.now();
    for (let i = 0; Date.now() - start < BLOCKED_MS; i++) {
      await page.click('.product-card button:has-text("Add to cart")', { nth: i % 3 });
      await sleep(5000);
    }
    const blockedRequests = scenario.log.collectRequests;
    expect(blockedRequests, 'requests while blocked').toBeLessThanOrEqual(MAX_REQUESTS_PER_MINUTE);
    expect(blockedRequests, 'it did keep trying').toBeGreaterThanOrEqual(3);

    await visitor.blockEndpoint(false);
    // No reload, no `online` event: the pending backoff timer alone must bring delivery back.
    const missing = await scenario.waitForDelivery({ timeoutMs: 45_000 });
    expect(scenario.explain(missing), 'events still undelivered 45 s after unblocking').toEqual([]);

    const { tally } = await scenario.finish(`${blockedRequests} requests in the blocked minute`);
    expect(tally.lost).toBe(0);
    expect(tally.duplicatesStored).toBe(0);
  });
});
