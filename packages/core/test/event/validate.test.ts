import { describe, expect, it } from 'vitest';
import { LIMITS, validateBatch, validateEvent, type CairnEvent } from '../../src/index.js';

const NOW = Date.UTC(2026, 10, 23, 12, 0, 0);

function event(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: '0b6f2b52-3f0e-4c7e-9f55-6a3f4c1e2d10',
    type: 'page',
    name: '/pricing',
    ts: NOW,
    anonymousId: 'a-1',
    ...overrides,
  };
}

function errorsOf(input: unknown): string[] {
  const result = validateEvent(input);
  return result.ok ? [] : result.errors.map((e) => `${e.path}: ${e.message}`);
}

describe('validateEvent: accepts the wire format', () => {
  it('accepts a minimal event and returns a clean copy', () => {
    const input = event();
    const result = validateEvent(input);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.event).toEqual(input);
    expect(result.event).not.toBe(input);
  });

  it('accepts every optional field', () => {
    const full = event({
      userId: 'u-1',
      sessionId: 's-1',
      url: 'https://shop.example/pricing?utm_source=x',
      referrer: 'https://www.google.com/',
      title: 'Pricing',
      utm: { source: 'google', medium: 'cpc', campaign: 'spring', term: 'shoes', content: 'a' },
      seq: 3,
      props: { plan: 'pro', price: 12.5, tags: ['a', 'b'], nested: { ok: true, none: null } },
      receivedAt: NOW + 10,
      sentAt: NOW + 5,
    });
    expect(errorsOf(full)).toEqual([]);
  });

  it.each(['page', 'cta', 'checkout', 'track', 'identify', 'survey', 'vital'])('accepts type %s', (type) => {
    expect(errorsOf(event({ type }))).toEqual([]);
  });

  it('leaves out optional fields given as null or undefined', () => {
    const result = validateEvent(event({ userId: null, url: undefined }));
    expect(result.ok && Object.keys(result.event)).toEqual(['id', 'type', 'name', 'ts', 'anonymousId']);
  });
});

describe('validateEvent: rejects with a clear message', () => {
  // Each row: what is wrong, the input, the path and a fragment of the message.
  const cases: [string, unknown, string, string][] = [
    ['not an object', 'hello', '', 'must be an object, got string'],
    ['an array', [], '', 'got an array'],
    ['null', null, '', 'got null'],
    ['a class instance', new Date(NOW), '', 'non-plain object'],
    ['missing id', event({ id: undefined }), 'id', 'is required'],
    ['missing type', event({ type: undefined }), 'type', 'is required'],
    ['missing name', event({ name: undefined }), 'name', 'is required'],
    ['null name', event({ name: null }), 'name', 'is required'],
    ['missing ts', event({ ts: undefined }), 'ts', 'is required'],
    ['missing anonymousId', event({ anonymousId: undefined }), 'anonymousId', 'is required'],
    ['unknown type', event({ type: 'click' }), 'type', 'must be one of page, cta'],
    ['empty name', event({ name: '  ' }), 'name', 'must not be empty'],
    ['name too long', event({ name: 'n'.repeat(LIMITS.nameLength + 1) }), 'name', 'more than the limit of 128'],
    ['numeric name', event({ name: 42 }), 'name', 'must be a string, got number'],
    ['id too long', event({ id: 'x'.repeat(129) }), 'id', 'more than the limit of 128'],
    ['url too long', event({ url: 'u'.repeat(LIMITS.stringLength + 1) }), 'url', 'more than the limit of 2048'],
    ['title too long', event({ title: 't'.repeat(LIMITS.stringLength + 1) }), 'title', 'limit of 2048'],
    ['ts NaN', event({ ts: Number.NaN }), 'ts', 'finite number'],
    ['ts Infinity', event({ ts: Number.POSITIVE_INFINITY }), 'ts', 'finite number'],
    ['ts as string', event({ ts: '2026-11-23' }), 'ts', 'finite number'],
    ['ts in seconds', event({ ts: NOW / 1000 }), 'ts', 'outside the accepted range'],
    ['ts far future', event({ ts: LIMITS.maxTs + 1 }), 'ts', 'outside the accepted range'],
    ['negative seq', event({ seq: -1 }), 'seq', 'non-negative integer'],
    ['fractional seq', event({ seq: 1.5 }), 'seq', 'non-negative integer'],
    ['unknown field', event({ context: {} }), 'context', 'unknown field "context" (put custom data in props)'],
    ['utm not an object', event({ utm: 'google' }), 'utm', 'must be an object'],
    ['unknown utm key', event({ utm: { source: 'a', id: 'b' } }), 'utm.id', 'unknown campaign field'],
    ['utm value too long', event({ utm: { source: 's'.repeat(2049) } }), 'utm.source', 'limit of 2048'],
    ['props an array', event({ props: [1, 2] }), 'props', 'must be an object, got an array'],
    ['props a function', event({ props: { f: () => 1 } }), 'props.f', 'function is not a JSON value'],
    ['props undefined value', event({ props: { u: undefined } }), 'props.u', 'undefined is not a JSON value'],
    ['props NaN', event({ props: { n: Number.NaN } }), 'props.n', 'NaN is not a JSON number'],
    ['props Infinity', event({ props: { n: Number.NEGATIVE_INFINITY } }), 'props.n', '-Infinity is not a JSON number'],
    ['props bigint', event({ props: { n: 1n } }), 'props.n', 'bigint is not a JSON value'],
    ['props symbol', event({ props: { s: Symbol('s') } }), 'props.s', 'symbol is not a JSON value'],
    ['props Date', event({ props: { d: new Date(NOW) } }), 'props.d', 'plain JSON object'],
    ['props Map', event({ props: { m: new Map() } }), 'props.m', 'plain JSON object'],
    ['props long string', event({ props: { s: 's'.repeat(2049) } }), 'props.s', 'limit of 2048'],
    ['props long string in array', event({ props: { a: ['ok', 's'.repeat(2049)] } }), 'props.a[1]', 'limit of 2048'],
    ['props too deep', event({ props: { a: { b: { c: { d: {} } } } } }), 'props.a.b.c.d', 'deeper than 4'],
    ['props __proto__ key', event({ props: JSON.parse('{"__proto__": {"x": 1}}') }), 'props.__proto__', 'not allowed'],
    ['props constructor key', event({ props: { constructor: 'x' } }), 'props.constructor', 'not allowed'],
    ['props nested prototype key', event({ props: { a: { prototype: 1 } } }), 'props.a.prototype', 'not allowed'],
    [
      'props over 8 KB',
      event({ props: Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`k${i}`, 'x'.repeat(1000)])) }),
      'props',
      'more than the limit of 8192',
    ],
    [
      'props with a million keys',
      event({ props: Object.fromEntries(Array.from({ length: 100_000 }, (_, i) => [`k${i}`, i])) }),
      'props',
      'is far larger than the limit',
    ],
  ];

  it.each(cases)('%s', (_what, input, path, fragment) => {
    const result = validateEvent(input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const match = result.errors.find((e) => e.path === path && e.message.includes(fragment));
    expect(match, JSON.stringify(result.errors)).toBeDefined();
  });

  it('accepts props exactly at the depth limit', () => {
    expect(errorsOf(event({ props: { a: { b: { c: { d: 1 } } } } }))).toEqual([]);
  });

  it('accepts a name exactly at the length limit', () => {
    expect(errorsOf(event({ name: 'n'.repeat(LIMITS.nameLength) }))).toEqual([]);
  });

  it('rejects a circular props object without throwing', () => {
    const circular: Record<string, unknown> = { a: 1 };
    circular.self = circular;
    const result = validateEvent(event({ props: circular }));
    expect(result.ok).toBe(false);
  });

  it('reports a getter that throws instead of throwing', () => {
    const hostile = event();
    Object.defineProperty(hostile, 'name', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    const result = validateEvent(hostile);
    expect(result).toEqual({ ok: false, errors: [{ path: '', message: 'could not be read: boom' }] });
  });

  it('never lets a __proto__ key pollute the copy', () => {
    const result = validateEvent(JSON.parse(`{"id":"a","type":"page","name":"/","ts":${NOW},"anonymousId":"x","__proto__":{"polluted":true}}`));
    expect(result.ok).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('validateBatch', () => {
  function batch(events: unknown[], extra: Record<string, unknown> = {}): Record<string, unknown> {
    return { v: 1, sentAt: NOW, events, ...extra };
  }

  it('keeps the good events and rejects the bad ones with reasons', () => {
    const result = validateBatch(batch([event({ id: 'good-1' }), event({ id: 'bad-1', ts: 'x' }), 'junk', event({ id: 'good-2' })]));
    expect(result.errors).toEqual([]);
    expect(result.sentAt).toBe(NOW);
    expect(result.events.map((e: CairnEvent) => e.id)).toEqual(['good-1', 'good-2']);
    expect(result.rejected).toEqual([
      { index: 1, id: 'bad-1', errors: [{ path: 'ts', message: 'must be a finite number of epoch milliseconds, got "x"' }] },
      { index: 2, errors: [{ path: '', message: 'must be an object, got string' }] },
    ]);
  });

  const envelopes: [string, unknown, string][] = [
    ['not an object', 42, 'batch must be an object'],
    ['wrong version', { v: 2, sentAt: NOW, events: [] }, 'must be 1, got 2'],
    ['missing version', { sentAt: NOW, events: [] }, 'must be 1, got undefined'],
    ['sentAt missing', { v: 1, events: [] }, 'finite number'],
    ['events not an array', { v: 1, sentAt: NOW, events: {} }, 'must be an array'],
    ['unknown envelope field', { v: 1, sentAt: NOW, events: [], extra: 1 }, 'unknown field "extra"'],
    [
      'too many events',
      { v: 1, sentAt: NOW, events: Array.from({ length: LIMITS.batchEvents + 1 }, (_, i) => event({ id: `e${i}` })) },
      'holds 501 events, more than the limit of 500',
    ],
    [
      'too many bytes',
      {
        v: 1,
        sentAt: NOW,
        events: Array.from({ length: 300 }, (_, i) => event({ id: `e${i}`, url: 'u'.repeat(2000) })),
      },
      'more than the limit of 524288',
    ],
  ];

  it.each(envelopes)('rejects the whole batch when %s', (_what, input, fragment) => {
    const result = validateBatch(input);
    expect(result.events).toEqual([]);
    expect(result.errors.some((e) => e.message.includes(fragment)), JSON.stringify(result.errors)).toBe(true);
  });

  it('uses the byte count the caller measured', () => {
    expect(validateBatch(batch([event()]), { bytes: LIMITS.batchBytes + 1 }).errors).toHaveLength(1);
    expect(validateBatch(batch([event()]), { bytes: LIMITS.batchBytes }).errors).toHaveLength(0);
  });

  it('accepts exactly 500 events', () => {
    const events = Array.from({ length: LIMITS.batchEvents }, (_, i) => event({ id: `e${i}` }));
    expect(validateBatch(batch(events)).events).toHaveLength(500);
  });
});
