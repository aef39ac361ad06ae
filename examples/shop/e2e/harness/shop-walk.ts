/**
 * A visitor's walk through the shop, step by step, the way a person clicks: real links and
 * buttons, real navigations. Shared by the scenarios that need a whole journey.
 */
import type { Tab } from './engine/engine.js';

/** Clicks and waits for the navigation the click starts. */
export function clickTo(page: Tab, selector: string, urlPart: string): Promise<void> {
  return page.clickTo(selector, urlPart);
}

/** Blog post → product → add to cart → cart → begin checkout → shipping → payment → review → order placed. */
export async function walkToPurchase(page: Tab, shop: string): Promise<string> {
  await page.goto(`${shop}blog/packing-light.html`);
  await clickTo(page, '[data-cairn-cta="blog-product-callout"]', '/product/summit-28.html');
  await page.click('.buy-box button:has-text("Add to cart")');
  await clickTo(page, '.cart-link', '/cart.html');
  await clickTo(page, 'button:has-text("Proceed to checkout")', '/checkout/shipping.html');
  await clickTo(page, 'button:has-text("Continue to payment")', '/checkout/payment.html');
  await clickTo(page, 'button:has-text("Continue to review")', '/checkout/confirm.html');
  await clickTo(page, 'button:has-text("Place order")', '/checkout/thank-you.html');
  return new URL(await page.url()).searchParams.get('order') ?? '';
}

/** After a purchase: the account page, a review, an invitation and a promoter's NPS answer. */
export async function walkToAdvocacy(page: Tab): Promise<void> {
  await clickTo(page, 'a:has-text("Track your order")', '/account/');
  await clickTo(page, '.card a:has-text("Write a review")', '/review/write.html');
  await page.click('button:has-text("Submit review")');
  await page.waitForSelector('[data-review-done]:not([hidden])');
  await clickTo(page, '[data-review-done] a:has-text("Invite a friend")', '/invite.html');
  await page.click('button:has-text("Copy link")');
  await page.click('form button:has-text("Invite a friend")');
  await clickTo(page, 'a:has-text("how are we doing")', '/survey/nps.html');
  await page.click('[data-score="10"]');
  await page.waitForSelector('[data-nps-done]:not([hidden])');
}

/** Asks the page's tracker to send what it holds now (resolves when attempted). */
export async function flush(page: Tab): Promise<void> {
  await page.evaluate(() => (window as unknown as { cairn: (m: string) => Promise<void> }).cairn('flush'));
}
