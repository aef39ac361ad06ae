#!/usr/bin/env node
// @ts-check
/**
 * `pnpm --filter @cairn/example-shop screenshot`: starts the demo on a fresh DuckDB file, sends a
 * dozen scripted visitors through the shop in Chromium (each stopping at a different point, from
 * different channels), then photographs the live dashboard and the shop into docs/img/.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { startDemo } from '../server/demo.mjs';
import { buildSpaIfNeeded } from '../server/spa-build.mjs';

const out = resolve(import.meta.dirname, '../../../docs/img');
const chromiumPath = process.env.CHROMIUM_PATH || execFileSync('sh', ['-c', 'command -v chromium || command -v chromium-browser'], { encoding: 'utf8' }).trim();

/** How far each visitor goes, where they come from, and their NPS answer (if they give one). */
const VISITORS = [
  { until: 'blog', landing: 'blog/packing-light.html?utm_source=newsletter&utm_medium=email&utm_campaign=autumn' },
  { until: 'blog', landing: 'blog/packing-light.html', referer: 'https://www.google.com/' },
  { until: 'blog', landing: 'blog/packing-light.html', referer: 'https://www.reddit.com/r/Ultralight/' },
  { until: 'product', landing: 'blog/packing-light.html?utm_source=instagram&utm_medium=paid_social&utm_campaign=summit' },
  { until: 'pricing', landing: 'blog/packing-light.html', referer: 'https://duckduckgo.com/' },
  { until: 'shipping', landing: 'blog/packing-light.html?utm_source=google&utm_medium=cpc&utm_campaign=packs' },
  { until: 'payment', landing: 'blog/packing-light.html', referer: 'https://www.google.com/' },
  { until: 'purchase', landing: 'blog/packing-light.html?utm_source=newsletter&utm_medium=email&utm_campaign=autumn' },
  { until: 'purchase', landing: 'blog/packing-light.html?utm_source=google&utm_medium=cpc&utm_campaign=packs' },
  { until: 'account', landing: 'blog/packing-light.html', referer: 'https://www.google.com/' },
  { until: 'advocacy', landing: 'blog/packing-light.html?utm_source=newsletter&utm_medium=email&utm_campaign=autumn', nps: 10 },
  { until: 'advocacy', landing: 'blog/packing-light.html', referer: 'https://www.bing.com/', nps: 9 },
  { until: 'advocacy', landing: 'blog/packing-light.html?utm_source=google&utm_medium=cpc&utm_campaign=packs', nps: 7 },
];
const STEPS = ['blog', 'product', 'pricing', 'shipping', 'payment', 'purchase', 'account', 'advocacy'];

/** @param {import('playwright-core').Page} page @param {string} selector @param {string} urlPart */
async function clickTo(page, selector, urlPart) {
  await Promise.all([page.waitForURL((url) => url.href.includes(urlPart)), page.click(selector)]);
}

/** @param {import('playwright-core').Page} page @param {string} shop @param {(typeof VISITORS)[number]} v */
async function walk(page, shop, v) {
  const reached = (/** @type {string} */ step) => STEPS.indexOf(v.until) >= STEPS.indexOf(step);
  await page.goto(shop + v.landing, v.referer ? { referer: v.referer } : {});
  if (!reached('product')) return;
  await clickTo(page, '[data-cairn-cta="blog-product-callout"]', '/product/');
  await page.click('.buy-box button:has-text("Add to cart")');
  if (!reached('pricing')) return;
  if (v.until === 'pricing') {
    await clickTo(page, '.site-nav a:has-text("Trail Club")', '/pricing.html');
    await page.click('[data-cairn-plan="club"]');
    return;
  }
  await clickTo(page, '.cart-link', '/cart.html');
  await clickTo(page, 'button:has-text("Proceed to checkout")', '/checkout/shipping.html');
  if (!reached('payment')) return;
  await clickTo(page, 'button:has-text("Continue to payment")', '/checkout/payment.html');
  if (!reached('purchase')) return;
  await clickTo(page, 'button:has-text("Continue to review")', '/checkout/confirm.html');
  await clickTo(page, 'button:has-text("Place order")', '/checkout/thank-you.html');
  if (!reached('account')) return;
  await clickTo(page, 'a:has-text("Track your order")', '/account/');
  if (!reached('advocacy')) return;
  await clickTo(page, '.card a:has-text("Write a review")', '/review/write.html');
  await page.click('button:has-text("Submit review")');
  await page.goto(`${shop}survey/nps.html`);
  await page.click(`[data-score="${v.nps ?? 10}"]`);
}

buildSpaIfNeeded({ quiet: true });
const dir = mkdtempSync(join(tmpdir(), 'cairn-shot-'));
const demo = await startDemo({ db: join(dir, 'demo.duckdb'), quiet: true, tracker: { 'flush-interval': 500 } });
const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox', '--headless', '--disable-gpu', '--no-first-run'] });
const userAgent = `Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${browser.version().split('.')[0]}.0.0.0 Safari/537.36`;
try {
  for (const visitor of VISITORS) {
    const context = await browser.newContext({ userAgent, viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await walk(page, demo.urls.shop, visitor);
    await page.evaluate(() => /** @type {any} */ (window).cairn('flush'));
    await context.close();
  }
  const context = await browser.newContext({ userAgent, viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  await page.goto(demo.urls.dashboard);
  await page.waitForSelector('[data-events] tr:not(:has(.empty))');
  await page.waitForTimeout(2500); // one more poll, so every panel shows the last events
  await page.screenshot({ path: join(out, 'dashboard.png'), fullPage: true });
  await page.goto(`${demo.urls.shop}product/summit-28.html`);
  await page.screenshot({ path: join(out, 'shop.png') });
  console.log(`Wrote ${join(out, 'dashboard.png')} and shop.png`);
} finally {
  await browser.close();
  await demo.close();
  rmSync(dir, { recursive: true, force: true });
}
