/**
 * Scenario 15: the site's script storage is erased while events wait to be sent — Safari's ITP wipes
 * it, a visitor clears site data, or the browser evicts the origin under storage pressure — with a page
 * of the site still open. That page still holds its own unsent events and sends them; events that only
 * storage held (a tab closed earlier) are gone, and the tracker reports how many: lost visibly, never
 * silently. The erase is done driver-neutrally, from a page of the origin without the tracker.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { Scenario } from './harness/scenario.js';
import { eraseSiteStorage } from './harness/site-storage.js';
import { flush } from './harness/shop-walk.js';

describe('15. storage erased while events wait', () => {
  let scenario: Scenario | undefined;
  afterAll(() => scenario?.dispose());

  it('sends what the open page holds and reports what only storage held', async () => {
    scenario = await Scenario.open('15 storage erased while queued');
    const visitor = await scenario.newVisitor();
    const page = await visitor.newTab();
    await page.goto(scenario.shop);
    await flush(page);
    expect(scenario.explain(await scenario.waitForDelivery({ settleMs: 0 }))).toEqual([]);

    await visitor.blockEndpoint(true);
    // Another tab tracks, tries to send (blocked) and is closed: its events are in storage only.
    const before = new Set(scenario.log.tracked.keys());
    const other = await visitor.newTab();
    await other.goto(`${scenario.shop}pricing.html`);
    await other.click('[data-cairn-plan="club"]');
    for (let i = 0; i < 5; i++) await other.evaluate((n) => (window as unknown as { cairn: (...a: unknown[]) => void }).cairn('track', 'compare_plans', { n }), i);
    await flush(other);
    await other.close();
    const storageOnly = [...scenario.log.tracked.keys()].filter((id) => !before.has(id));
    // The open page tracks too, and cannot send either.
    for (let i = 0; i < 10; i++) await page.evaluate((n) => (window as unknown as { cairn: (...a: unknown[]) => void }).cairn('track', 'view_item', { n }), i);
    await flush(page);

    const erased = await eraseSiteStorage(visitor, scenario.shop);
    expect(erased, 'the tracker’s database was erased').toContain('cairn:shop');

    await visitor.blockEndpoint(false);
    await page.evaluate(() => window.dispatchEvent(new Event('online')));
    await flush(page);
    const missing = await scenario.waitForDelivery({ allowMissing: storageOnly.length, timeoutMs: 30_000 });
    expect(scenario.explain(missing.filter((id) => !storageOnly.includes(id))), 'the open page’s own events, lost').toEqual([]);
    // Reported: every event that went missing, and no more than storage alone held. A closed tab's last
    // keepalive request may still have reached the store (Chromium sends it past the test's route, as it
    // would past a flaky network): the tracker never heard back, so it counts those lost too.
    const reported = scenario.log.droppedByCount();
    expect(reported, 'events reported lost with the erased storage').toBeGreaterThanOrEqual(missing.length);
    expect(reported, 'reported lost, at most what only storage held').toBeLessThanOrEqual(storageOnly.length);
    expect(reported, 'a loss reported at all').toBeGreaterThan(0);

    const { tally, stored } = await scenario.finish(`${storageOnly.length} events only in storage when it was erased, ${reported} reported lost, ${missing.length} missing`);
    const drops = stored.events.filter((e) => e.name === 'cairn_dropped');
    expect(new Set(drops.map((e) => e.props?.reason)), 'the drop reason that reached the store').toEqual(new Set(['erased']));
    expect(drops.reduce((n, e) => n + Number(e.props?.count ?? 0), 0), 'drop counts that reached the store').toBe(reported);
    expect(tally.lost, 'events missing beyond the reported drops').toBe(0);
    expect(tally.duplicatesStored).toBe(0);
    expect(scenario.log.pageErrors).toEqual([]);
  });
});
