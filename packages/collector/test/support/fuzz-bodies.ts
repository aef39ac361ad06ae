/**
 * Random request bodies for the fuzz test, each with what a correct collector must do with it.
 * Good events are valid by construction and bad ones invalid by construction (one definite
 * defect each), so the oracle does not depend on the validator under test.
 */
import { EVENT_TYPES, LIMITS } from '@cairn/core';

/** mulberry32: small, fast, seeded. */
export function createRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** What a body should produce. */
export type Expectation =
  /** A well-formed batch: 200, exactly these ids stored (or duplicates when resent), these indexes rejected. */
  | { kind: 'batch'; goodIds: string[]; badIndexes: number[] }
  /** Not a batch at all: a 4xx and nothing stored. */
  | { kind: 'refused' };

export interface FuzzCase {
  body: Uint8Array;
  contentType: string;
  expect: Expectation;
  label: string;
}

// A key JS object literals cannot carry as data (`{ __proto__: … }` sets the prototype), put into the text afterwards.
const PROTO = '"__cairn_fuzz_proto__"';
const encoder = new TextEncoder();

export class FuzzBodies {
  private next = 0;
  private readonly random: () => number;

  constructor(
    seed: number,
    private readonly runTag: string,
  ) {
    this.random = createRandom(seed);
  }

  private int(max: number): number {
    return Math.floor(this.random() * max);
  }

  private pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)]!;
  }

  private chance(p: number): boolean {
    return this.random() < p;
  }

  private text(max: number): string {
    const alphabets = ['abcdefghijklmnopqrstuvwxyz /-_', 'Ωжπ日本語中文한국어', '🙂🚀👩‍💻', '\\"\'\t\n<>&{}[]:,', ' '];
    const length = 1 + this.int(max);
    let out = '';
    for (let i = 0; i < length; i++) out += this.pick([...this.pick(alphabets)]);
    return out;
  }

  private name(): string {
    // Non-blank and within the name limit (emoji take 2 UTF-16 units: stay well below).
    return `n${this.text(40)}`;
  }

  private jsonValue(depth: number): unknown {
    const kind = this.int(depth >= LIMITS.propsDepth ? 4 : 6);
    switch (kind) {
      case 0:
        return this.text(30);
      case 1:
        return this.chance(0.5) ? this.int(1_000_000) : (this.random() - 0.5) * 1e6;
      case 2:
        return this.chance(0.5);
      case 3:
        return null;
      case 4:
        return Array.from({ length: this.int(4) }, () => this.jsonValue(depth + 1));
      default: {
        const out: Record<string, unknown> = {};
        for (let i = 0; i < this.int(4); i++) out[`k${this.text(8)}`] = this.jsonValue(depth + 1);
        return out;
      }
    }
  }

  /** A valid event with a fresh id. */
  goodEvent(): Record<string, unknown> {
    const id = `${this.runTag}-${this.next++}`;
    const event: Record<string, unknown> = {
      id,
      type: this.pick(EVENT_TYPES),
      name: this.name(),
      // Fractional milliseconds are valid (performance.timeOrigin + performance.now()).
      ts: LIMITS.minTs + this.int(LIMITS.maxTs - LIMITS.minTs) + (this.chance(0.2) ? this.random() : 0),
      anonymousId: `a-${this.int(50)}`,
    };
    if (this.chance(0.3)) event.userId = `u-${this.int(20)}`;
    if (this.chance(0.5)) event.sessionId = `s-${this.int(100)}`;
    if (this.chance(0.6)) event.url = `https://shop.example/${encodeURIComponent(this.text(20))}`;
    if (this.chance(0.3)) event.referrer = this.pick(['https://www.google.com/', 'https://t.co/x', '', 'android-app://com.slack']);
    if (this.chance(0.2)) event.title = this.text(60);
    if (this.chance(0.2)) event.utm = { source: this.text(10), medium: this.pick(['cpc', 'email', 'social']), campaign: this.text(10) };
    if (this.chance(0.5)) event.seq = this.int(10_000);
    if (this.chance(0.5)) event.props = { value: this.int(500), nested: this.jsonValue(2) };
    if (this.chance(0.1)) event.userId = null; // optional fields may be null
    return event;
  }

  /** An event with exactly one defect that makes it invalid, and a label for it. */
  badEvent(): { event: unknown; defect: string } {
    const event = this.goodEvent();
    const defects: [string, () => unknown][] = [
      ['missing required field', () => {
        delete event[this.pick(['id', 'type', 'name', 'ts', 'anonymousId'])];
        return event;
      }],
      ['null required field', () => ({ ...event, [this.pick(['id', 'type', 'name', 'ts', 'anonymousId'])]: null })],
      ['unknown type', () => ({ ...event, type: this.pick(['click', 'PAGE', '', 'view']) })],
      ['ts as a string', () => ({ ...event, ts: String(event.ts) })],
      ['ts out of range', () => ({ ...event, ts: this.pick([0, -1, 1e15, LIMITS.maxTs + 1]) })],
      ['name too long', () => ({ ...event, name: 'x'.repeat(LIMITS.nameLength + 1 + this.int(5000)) })],
      ['blank name', () => ({ ...event, name: '   ' })],
      ['url too long', () => ({ ...event, url: `https://x/${'y'.repeat(LIMITS.stringLength + this.int(5_000))}` })],
      ['negative seq', () => ({ ...event, seq: -1 - this.int(10) })],
      ['fractional seq', () => ({ ...event, seq: 1.5 })],
      ['unknown field', () => ({ ...event, [`x${this.text(5)}`]: 1 })],
      ['utm not an object', () => ({ ...event, utm: 'google' })],
      ['utm unknown key', () => ({ ...event, utm: { source: 'a', id: 'b' } })],
      ['props an array', () => ({ ...event, props: [1, 2] })],
      ['props too deep', () => ({ ...event, props: { a: { b: { c: { d: { e: 1 } } } } } })],
      ['props very deep', () => {
        let inner: unknown = 1;
        for (let i = 0; i < 100 + this.int(500); i++) inner = { a: inner };
        return { ...event, props: { deep: inner } };
      }],
      ['props too large', () => ({ ...event, props: Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`k${i}`, 'z'.repeat(1000)])) })],
      ['props __proto__ key', () => ({ ...event, props: { [PROTO.slice(1, -1)]: { polluted: true } } })],
      ['event __proto__ key', () => ({ ...event, [PROTO.slice(1, -1)]: { polluted: true } })],
      ['props constructor key', () => ({ ...event, props: { constructor: { prototype: { polluted: true } } } })],
      ['id too long', () => ({ ...event, id: 'i'.repeat(129) })],
      ['id a number', () => ({ ...event, id: 12345 })],
      ['not an object', () => this.pick([42, 'event', null, true, [], [event]])],
    ];
    const [defect, make] = this.pick(defects);
    return { event: make(), defect };
  }

  private encode(value: unknown): string {
    return JSON.stringify(value).replaceAll(PROTO, '"__proto__"');
  }

  /** A well-formed batch mixing good and bad events. */
  mixedBatch(): FuzzCase {
    const events: unknown[] = [];
    const goodIds: string[] = [];
    const badIndexes: number[] = [];
    const size = this.int(30);
    const defects: string[] = [];
    for (let i = 0; i < size; i++) {
      if (this.chance(0.6)) {
        const good = this.goodEvent();
        goodIds.push(good.id as string);
        events.push(good);
      } else {
        const { event, defect } = this.badEvent();
        badIndexes.push(i);
        defects.push(defect);
        events.push(event);
      }
    }
    const text = this.encode({ v: 1, sentAt: LIMITS.minTs + this.int(LIMITS.maxTs - LIMITS.minTs), events });
    const bytes = encoder.encode(text);
    if (bytes.byteLength > LIMITS.batchBytes) return { body: bytes, contentType: 'application/json', expect: { kind: 'refused' }, label: 'oversized mix' };
    return {
      body: bytes,
      contentType: this.pick(['application/json', 'text/plain;charset=UTF-8', 'application/json; charset=utf-8']),
      expect: { kind: 'batch', goodIds, badIndexes },
      label: `mixed (${defects.join(', ') || 'all good'})`,
    };
  }

  /** A body that is not a batch: broken JSON, wrong envelope, invalid UTF-8, absurd nesting. */
  brokenBody(): FuzzCase {
    const valid = this.encode({ v: 1, sentAt: Date.now(), events: [this.goodEvent(), this.goodEvent()] });
    const breakers: [string, () => Uint8Array | string][] = [
      ['truncated JSON', () => valid.slice(0, 1 + this.int(valid.length - 2))],
      ['random bytes', () => Uint8Array.from({ length: 1 + this.int(300) }, () => this.int(256))],
      ['random text', () => this.text(200)],
      ['empty', () => ''],
      ['JSON scalar', () => this.pick(['null', '1', '"batch"', 'true', '[]', '{}'])],
      ['v is 2', () => valid.replace('"v":1', '"v":2')],
      ['v is a string', () => valid.replace('"v":1', '"v":"1"')],
      ['sentAt missing', () => valid.replace(/"sentAt":\d+,/, '')],
      ['sentAt a string', () => valid.replace(/"sentAt":(\d+)/, '"sentAt":"$1"')],
      ['events an object', () => this.encode({ v: 1, sentAt: Date.now(), events: { 0: this.goodEvent() } })],
      ['extra envelope key', () => this.encode({ v: 1, sentAt: Date.now(), events: [this.goodEvent()], extra: 1 })],
      ['envelope __proto__', () => valid.replace('{"v":1', '{"__proto__":{"polluted":true},"v":1')],
      ['too many events', () => this.encode({ v: 1, sentAt: Date.now(), events: Array.from({ length: LIMITS.batchEvents + 1 }, () => ({ id: 'x' })) })],
      ['deeply nested body', () => `{"v":1,"sentAt":${Date.now()},"events":${'['.repeat(20_000 + this.int(80_000))}`],
      ['deeply nested array', () => `${'['.repeat(50_000)}${']'.repeat(50_000)}`],
      ['invalid UTF-8', () => {
        const bytes = encoder.encode(valid);
        const at = this.int(bytes.length);
        const bad = this.pick([[0xff], [0xc0, 0x80], [0xed, 0xa0, 0x80], [0xe2, 0x82], [0xf8, 0x88, 0x80, 0x80, 0x80]]);
        return Uint8Array.from([...bytes.slice(0, at), ...bad, ...bytes.slice(at)]);
      }],
      ['NaN and comments', () => valid.replace(/"ts":\d+/, '"ts":NaN /* x */')],
    ];
    const [label, make] = this.pick(breakers);
    const made = make();
    return {
      body: typeof made === 'string' ? encoder.encode(made) : made,
      contentType: this.pick(['application/json', 'text/plain']),
      expect: { kind: 'refused' },
      label,
    };
  }

  /** The next case: mostly mixed batches, a third broken bodies. */
  nextCase(): FuzzCase {
    return this.chance(0.65) ? this.mixedBatch() : this.brokenBody();
  }
}
