/**
 * The SPA (examples/spa, @cairn/tracker from npm, bundled by Vite): client-side navigations
 * (pushState links, back/forward, hash routes) each record one page view, never two for the same
 * URL in a row, and the subscription is recorded as checkout steps and a purchase.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { Scenario } from './harness/scenario.js';

describe('13. single-page app page views', () => {
  let scenario: Scenario | undefined;
  afterAll(() => scenario?.dispose());

  it('records each client-side navigation once and delivers everything', async () => {
    scenario = await Scenario.open('13 SPA (npm package, Vite)');
    const spa = scenario.demo.urls.spa;
    expect(spa, 'the SPA is built (examples/spa/dist)').toBeTruthy();
    const visitor = await scenario.newVisitor();
    const page = await visitor.newTab();
    await page.goto(spa!);
    await page.click('nav a:has-text("Guides")'); // pushState
    await page.click('a:has-text("Get the offline map")'); // pushState → /plans
    await page.back(); // popstate → /guides/haute-route
    await page.forward(); // popstate → /plans
    await page.click('nav a:has-text("Plans")'); // same URL: no new page view
    await page.click('button:has-text("Subscribe now")'); // → /checkout
    await page.click('button:has-text("Pay €29")');
    await page.click('nav a:has-text("Help")'); // /help#/faq (hash route)
    await page.click('.tabs a:has-text("Contact")'); // hashchange → #/contact
    await page.evaluate(() => (window as unknown as { basecamp: { flush(): Promise<void> } }).basecamp.flush());

    expect(scenario.log.ofType('page').map((e) => e.name)).toEqual([
      '/',
      '/guides/haute-route',
      '/plans',
      '/guides/haute-route',
      '/plans',
      '/checkout',
      '/help#/faq',
      '/help#/contact',
    ]);
    expect(scenario.log.ofType('checkout').map((e) => e.name)).toEqual(['begin', 'payment', 'purchase']);
    expect(scenario.explain(await scenario.waitForDelivery())).toEqual([]);
    const { tally } = await scenario.finish();
    expect(tally.lost).toBe(0);
    expect(tally.duplicatesStored).toBe(0);
    expect(tally.duplicatesReceived).toBe(0);
  });
});
