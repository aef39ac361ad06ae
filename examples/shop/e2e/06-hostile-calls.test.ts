/**
 * Scenario 6: a page calls the tracker with everything a careless or hostile script can pass —
 * before and after it loads. The page records no uncaught error and the good events still arrive.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { Scenario, type Outcome } from './harness/scenario.js';
import { flush } from './harness/shop-walk.js';

/** Runs in the page before any of its scripts: the stub, then hostile calls queued before cairn.js loads. */
const BEFORE_LOAD = `
  window.cairn = window.cairn || function () { (cairn.q = cairn.q || []).push(arguments); };
  const circular = { a: 1 }; circular.self = circular;
  cairn();
  cairn(null);
  cairn('no-such-method', 1, 2);
  cairn('track', null);
  cairn('track', 'before-circular', circular);
  cairn('track', 'good-before-load-1');
  cairn('cta', { not: 'a name' });
  cairn('track', 'before-fn', { f: function () { return 1; } });
  cairn('track', 'good-before-load-2', { plan: 'pro' });
`;

const AFTER_LOAD = () => {
  const cairn = (window as unknown as { cairn: (...a: unknown[]) => unknown }).cairn;
  const circular: Record<string, unknown> = { a: 1 };
  circular.self = circular;
  const mega = 'x'.repeat(1_000_000);
  const throwingGetter = Object.defineProperty({}, 'boom', { enumerable: true, get: () => { throw new Error('getter'); } });
  const throwingProxy = new Proxy({}, { ownKeys: () => { throw new Error('proxy'); }, get: () => { throw new Error('proxy'); } });
  const calls: unknown[][] = [
    [],
    [null],
    [undefined, undefined],
    ['track'],
    ['track', null],
    ['track', ''],
    ['track', '   '],
    ['track', mega],
    ['track', 'mega-prop', { s: mega }],
    ['track', 'circular', circular],
    ['track', 'fn', { f: () => 1 }],
    ['track', 'bigint', { n: BigInt(10) }],
    ['track', 'symbol', { s: Symbol('s') }],
    ['track', Symbol('name')],
    ['track', 'getter', throwingGetter],
    ['track', 'proxy', throwingProxy],
    ['track', 'proto', JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}')],
    ['track', 'deep', { a: { b: { c: { d: { e: { f: { g: 1 } } } } } } }],
    ['track', 'date', { d: new Date(), r: /x/, m: new Map([[1, 2]]), n: NaN, i: Infinity }],
    ['cta', 12345],
    ['cta', { toString: () => { throw new Error('toString'); } }],
    ['checkout', undefined],
    ['checkout', ['shipping']],
    ['purchase'],
    ['purchase', null],
    ['purchase', { orderId: {} }],
    ['purchase', { orderId: circular, value: 'NaN' }],
    ['survey', 'nps', 'ten'],
    ['survey', 'nps', NaN],
    ['survey', 'bogus', 5],
    ['identify', null],
    ['identify', 'u'.repeat(10_000)],
    ['identify', { id: 1 }],
    ['consent', 42],
    ['page', 'not-props'],
    ['page', circular],
    ['flush', 'extra', 'args'],
    ['event', 'nonsense-type', 'x'],
    ['event', 'page', null],
    ['reset', 1],
  ];
  let good = 0;
  for (const args of calls) {
    try {
      cairn(...args);
    } catch (err) {
      return { result: `cairn(${String(args[0])}) threw: ${String(err)}`, good };
    }
    cairn('track', `good-after-load-${++good}`, { i: good });
  }
  const polluted = ({} as Record<string, unknown>).polluted !== undefined;
  return { result: polluted ? 'Object.prototype was polluted' : 'ok', good };
};

describe('6. hostile calls from the page', () => {
  let scenario: Scenario | undefined;
  let outcome: Outcome | undefined;
  afterAll(() => scenario?.dispose());

  it('never throws into the page, and the good events still arrive', async () => {
    scenario = await Scenario.open('6 hostile calls');
    const visitor = await scenario.newVisitor();
    await visitor.addInitScript(BEFORE_LOAD);
    const page = await visitor.newTab();
    await page.goto(`${scenario.shop}pricing.html`);
    await page.waitForFunction(() => !('q' in (window as unknown as { cairn: object }).cairn));
    const { result, good } = await page.evaluate(AFTER_LOAD);
    expect(result).toBe('ok');
    await page.click('[data-cairn-plan="pro"]');
    await flush(page);

    const missing = await scenario.waitForDelivery();
    expect(scenario.explain(missing), 'events neither stored nor reported dropped').toEqual([]);
    expect(scenario.log.pageErrors, 'uncaught errors in the page').toEqual([]);
    const names = [...scenario.log.tracked.values()].map((e) => e.name);
    expect(names).toContain('good-before-load-1');
    expect(names).toContain('good-before-load-2');
    expect(names.filter((n) => n.startsWith('good-after-load-')).length, 'one good event after each hostile call').toBe(good);

    outcome = await scenario.finish(`${scenario.log.dropped.length} calls refused with a debug message`);
    const { tally, stored } = outcome;
    expect(tally.lost).toBe(0);
    expect(tally.duplicatesStored).toBe(0);
    // Nothing oversized reached the store.
    expect(stored.events.every((e) => e.name.length <= 128 && JSON.stringify(e.props ?? {}).length <= 8192)).toBe(true);
  });

  // Found by this scenario and fixed in @cairn/tracker (1db03a9): an object orderId used to be
  // recorded as order "[object Object]".
  it('records no order from a purchase() whose orderId is an object', () => {
    const purchases = (outcome?.stored.events ?? []).filter((e) => e.type === 'checkout' && e.name === 'purchase');
    expect(purchases.map((e) => e.props?.orderId), 'orders recorded from hostile purchase() calls').toEqual([]);
  });
});
