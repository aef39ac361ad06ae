import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { createTracker } from '../src/index.js';
import type { Tracker } from '../src/index.js';
import { fakeEndpoint, freshIndexedDB, settle } from './setup.js';

let tracker: Tracker | undefined;
let endpoint: ReturnType<typeof fakeEndpoint>;

beforeEach(() => {
  freshIndexedDB();
  localStorage.clear();
  history.replaceState(null, '', '/');
  document.body.innerHTML = '';
  document.title = 'Home';
  endpoint = fakeEndpoint();
});
afterEach(async () => {
  await tracker?.shutdown();
  tracker = undefined;
  vi.unstubAllGlobals();
});

/** Page views are recorded on a timeout after navigation (so the app can set the title first). */
const wait = () => new Promise((resolve) => setTimeout(resolve, 5));
const start = (options = {}) => (tracker = createTracker({ endpoint: '/collect', ...options }));
const sent = async () => {
  await settle();
  await tracker!.flush();
  return endpoint.events();
};
// Clicking a link in happy-dom navigates the window: keep the test on its page.
const stay = (event: Event) => event.preventDefault();
const click = (el: Element) => {
  document.addEventListener('click', stay);
  el.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
  document.removeEventListener('click', stay);
};

describe('page views', () => {
  test('the first load, then pushState, replaceState, popstate and hash routes; never twice in a row for one URL', async () => {
    history.replaceState(null, '', '/start?utm_source=news&utm_medium=email&gclid=abc');
    start();
    history.pushState(null, '', '/products');
    await wait();
    history.replaceState(null, '', '/products'); // same URL: no new page view
    await wait();
    history.replaceState(null, '', '/products?page=2');
    await wait();
    history.pushState(null, '', '/products?page=2#reviews'); // an anchor, not a route
    await wait();
    location.hash = '#/cart'; // a hash route
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await wait();
    history.pushState(null, '', '/about');
    history.back();
    window.dispatchEvent(new PopStateEvent('popstate'));
    await wait();
    const pages = (await sent()).filter((e) => e.type == 'page');
    expect(pages.map((e) => e.name).slice(0, 4)).toEqual(['/start', '/products', '/products', '/products#/cart']);
    expect(pages[2]!.url).toBe('http://localhost:3000/products?page=2');
    const [first, second] = pages;
    expect(first!.utm).toEqual({ source: 'news', medium: 'email' });
    expect(first!.props).toEqual({ gclid: 'abc' });
    expect(first!.title).toBe('Home');
    expect(second!.referrer).toBe(first!.url);
    expect(second!.sessionId).toBe(first!.sessionId);
    expect(second!.utm).toEqual({ source: 'news', medium: 'email' });
    const urls = pages.map((e) => e.url);
    for (let i = 1; i < urls.length; i++) expect(urls[i]).not.toBe(urls[i - 1]);
  });

  test('autoPageviews: false records page views only when asked', async () => {
    start({ autoPageviews: false });
    history.pushState(null, '', '/quiet');
    await settle();
    tracker!.page({ section: 'docs' });
    tracker!.page(); // same URL again: ignored
    const pages = (await sent()).filter((e) => e.type == 'page');
    expect(pages).toHaveLength(1);
    expect(pages[0]).toMatchObject({ name: '/quiet', props: { section: 'docs' } });
  });

  test('every event carries ids, a per-tab sequence and the time', async () => {
    start();
    tracker!.track('a');
    tracker!.track('b');
    const events = await sent();
    expect(events.map((e) => e.seq)).toEqual([0, 1, 2]);
    expect(new Set(events.map((e) => e.id)).size).toBe(3);
    expect(new Set(events.map((e) => e.anonymousId)).size).toBe(1);
    for (const e of events) expect(Math.abs(e.ts - Date.now())).toBeLessThan(5_000);
  });
});

describe('CTA clicks', () => {
  test('data-cairn-cta with data-cairn-* props, on elements added after start, through child elements', async () => {
    start({ autoPageviews: false });
    document.body.innerHTML = '<div data-cairn-cta="signup" data-cairn-plan="pro" data-cairn-billing-cycle="yearly"><span>Go</span></div>';
    click(document.querySelector('span')!);
    expect((await sent()).map((e) => [e.type, e.name, e.props])).toEqual([
      ['cta', 'signup', { plan: 'pro', billingCycle: 'yearly' }],
    ]);
  });

  test('auto-capture: buttons, submit inputs, role=button, button-like links, outbound links, downloads', async () => {
    start({ autoPageviews: false });
    document.body.innerHTML = `
      <button id="b">  Add to
        cart </button>
      <input id="s" type="submit" value="Pay now">
      <div id="r" role="button" aria-label="Close"></div>
      <a id="l" class="btn btn-primary" href="/pricing">See plans</a>
      <a id="o" href="https://elsewhere.example/x">Partner</a>
      <a id="d" href="/files/catalog.pdf">Catalog</a>
      <a id="plain" href="/about">About</a>
      <p id="text">Just text</p>`;
    for (const id of ['b', 's', 'r', 'l', 'o', 'd', 'plain', 'text']) click(document.getElementById(id)!);
    const ctas = (await sent()).map((e) => [e.name, e.props ?? {}]);
    expect(ctas).toEqual([
      ['Add to cart', { control: 'b' }],
      ['Pay now', { control: 's' }],
      ['Close', {}],
      ['See plans', { href: 'http://localhost:3000/pricing' }],
      ['Partner', { href: 'https://elsewhere.example/x', outbound: true }],
      ['Catalog', { href: 'http://localhost:3000/files/catalog.pdf', download: true }],
    ]);
  });

  test('labels are trimmed to 100 characters; data-cairn-ignore on an ancestor opts out; autoCta: false keeps named CTAs', async () => {
    start({ autoPageviews: false, autoCta: false });
    document.body.innerHTML = `
      <button id="auto">Buy</button>
      <section data-cairn-ignore><button id="ignored" data-cairn-cta="secret">x</button></section>
      <button id="named" data-cairn-cta="${'n'.repeat(200)}">y</button>`;
    for (const id of ['auto', 'ignored', 'named']) click(document.getElementById(id)!);
    const names = (await sent()).map((e) => e.name);
    expect(names).toEqual(['n'.repeat(128)]);
  });

  test('a button records the form it submits and its name or id when that is a word', async () => {
    start({ autoPageviews: false });
    document.body.innerHTML = `
      <form action="/cart/add?x=1" method="post"><input type="hidden" name="id" value="1">
        <button id="ProductSubmitButton-template--1" type="submit" name="add">Add to cart</button></form>
      <form action="/checkout"><button id="checkout" type="submit">Continue</button>
        <button id="alt" formaction="/cart/update" formmethod="POST">Update</button></form>
      <form method="post"><input type="text" name="action" value="clobbered"><input id="s" type="submit" name="add-to-cart" value="Buy"></form>
      <form action="/account/login/user@example.com"><button id="masked">Go</button></form>
      <button id="loose">OK</button>`;
    for (const selector of ['[name=add]', '#checkout', '#alt', '#s', '#masked', '#loose']) click(document.querySelector(selector)!);
    const ctas = (await sent()).map((e) => [e.name, e.props ?? {}]);
    expect(ctas).toEqual([
      ['Add to cart', { action: '/cart/add', method: 'post', control: 'add' }],
      ['Continue', { action: '/checkout', method: 'get', control: 'checkout' }],
      ['Update', { action: '/cart/update', method: 'post', control: 'alt' }],
      ['Buy', { action: '/', method: 'post', control: 'add-to-cart' }],
      ['Go', { action: '/account/login/[email]', method: 'get', control: 'masked' }],
      ['OK', { control: 'loose' }],
    ]);
  });

  test('never reads what a visitor typed', async () => {
    start({ autoPageviews: false });
    document.body.innerHTML = '<form><input id="t" type="text" role="button" value="secret@example.com"><button id="b" type="submit"></button></form>';
    (document.getElementById('t') as HTMLInputElement).value = 'typed secret';
    click(document.getElementById('t')!);
    click(document.getElementById('b')!);
    const json = JSON.stringify(await sent());
    expect(json).not.toContain('secret');
  });
});

describe('checkout', () => {
  test('a step declared on <body> is recorded with the page view; checkout() records any step', async () => {
    document.body.setAttribute('data-cairn-checkout-step', 'shipping');
    start();
    tracker!.checkout('payment', { method: 'card' });
    const events = (await sent()).map((e) => [e.type, e.name, e.props]);
    expect(events).toEqual([
      ['page', '/', undefined],
      ['checkout', 'shipping', undefined],
      ['checkout', 'payment', { method: 'card' }],
    ]);
    document.body.removeAttribute('data-cairn-checkout-step');
  });

  test('purchase() counts an order once, also after a reload (a new tracker), with a deterministic event id', async () => {
    start({ autoPageviews: false, siteId: 'shop' });
    const order = { orderId: 'A-1001', value: 59.9, currency: 'EUR', items: [{ id: 'sku-1', quantity: 2 }] };
    tracker!.purchase(order);
    tracker!.purchase(order);
    await tracker!.shutdown();
    start({ autoPageviews: false, siteId: 'shop' }); // the thank-you page reloaded
    tracker!.purchase(order);
    const purchases = (await sent()).filter((e) => e.name == 'purchase');
    expect(purchases).toHaveLength(1);
    expect(purchases[0]).toMatchObject({
      id: 'order:shop:A-1001',
      type: 'checkout',
      props: { orderId: 'A-1001', value: 59.9, currency: 'EUR', items: [{ id: 'sku-1', quantity: 2 }] },
    });
  });
});

test('purchase() refuses an order id that is not a string or a finite number', async () => {
  start({ autoPageviews: false, siteId: 'shop' });
  for (const orderId of [{}, [], null, undefined, Number.NaN, '  ', () => 1]) {
    tracker!.purchase({ orderId, value: 1, currency: 'EUR' } as never);
  }
  tracker!.purchase({ orderId: 1002 as unknown as string, value: 1, currency: 'EUR' });
  const purchases = (await sent()).filter((e) => e.name == 'purchase');
  expect(purchases.map((e) => e.props?.orderId)).toEqual(['1002']);
});

describe('identify, survey, reset', () => {
  test('identify keeps the user id on later events and across reloads; reset forgets it', async () => {
    start({ autoPageviews: false });
    tracker!.identify('user-42', { plan: 'pro' });
    tracker!.track('after');
    await tracker!.shutdown();
    start({ autoPageviews: false });
    tracker!.track('reloaded');
    const before = tracker!;
    before.reset();
    before.track('forgotten');
    const events = await sent();
    expect(events.map((e) => [e.name, e.userId])).toEqual([
      ['identify', 'user-42'],
      ['after', 'user-42'],
      ['reloaded', 'user-42'],
      ['forgotten', undefined],
    ]);
    expect(events[3]!.anonymousId).not.toBe(events[0]!.anonymousId);
    expect(events[3]!.sessionId).not.toBe(events[0]!.sessionId);
  });

  test('survey accepts nps / csat / ces with a finite score', async () => {
    start({ autoPageviews: false });
    tracker!.survey('nps', 9, { comment: 'great' });
    tracker!.survey('stars' as never, 5);
    tracker!.survey('csat', Number.NaN);
    expect((await sent()).map((e) => [e.type, e.name, e.props])).toEqual([['survey', 'nps', { comment: 'great', score: 9 }]]);
  });
});

describe('sessions', () => {
  test('renewed after 30 minutes idle or by a new campaign; kept by activity and by the same campaign', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      history.replaceState(null, '', '/?utm_source=news');
      start({ autoPageviews: false });
      const at = (minutes: number, name: string) => {
        vi.setSystemTime(Date.UTC(2026, 0, 1) + minutes * 60_000);
        tracker!.track(name);
      };
      at(0, 'a');
      at(29, 'b'); // active within 30 minutes: same session
      at(58, 'c'); // 29 minutes after b: same session
      history.replaceState(null, '', '/pricing?utm_source=news'); // the same campaign again
      at(59, 'd');
      at(90, 'e'); // 31 minutes idle: a new session
      history.replaceState(null, '', '/?utm_source=ads'); // another campaign: a new session
      at(91, 'f');
      history.replaceState(null, '', '/pricing'); // no campaign in the URL: the session's stays
      at(92, 'g');
      const events = await sent();
      const ids = events.map((e) => e.sessionId);
      expect(new Set(ids.slice(0, 4)).size).toBe(1);
      expect(ids[4]).not.toBe(ids[3]);
      expect(ids[5]).not.toBe(ids[4]);
      expect(ids[6]).toBe(ids[5]);
      expect(events[6]!.utm).toEqual({ source: 'ads' });
    } finally {
      vi.useRealTimers();
    }
  });

  test('a burst of events writes the session to storage once', async () => {
    const setItem = vi.spyOn(Storage.prototype, 'setItem');
    start({ autoPageviews: false });
    setItem.mockClear();
    for (let i = 0; i < 100; i++) tracker!.track('burst');
    expect(setItem.mock.calls.filter(([key]) => key == 'cairn:s').length).toBeLessThanOrEqual(1);
    expect(new Set((await sent()).map((e) => e.sessionId)).size).toBe(1);
    setItem.mockRestore();
  });
});
