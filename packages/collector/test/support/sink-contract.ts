import { expect, it } from 'vitest';
import type { Sink, StoredEvent } from '../../src/index.js';
import { pageEvent } from './events.js';

/** A stored event with every optional field set; override any of them. */
export function storedEvent(overrides: Partial<StoredEvent> = {}): StoredEvent {
  const event = pageEvent();
  return {
    ...event,
    utm: { source: 'newsletter', medium: 'email' },
    props: { plan: 'pro', items: [1, 2, { sku: 'a' }] },
    seq: 3,
    receivedAt: event.ts + 100,
    sentAt: event.ts + 50,
    correctedTs: event.ts + 50,
    stage: 'consideration',
    ruleId: 'page-pricing',
    channel: 'Email',
    device: 'desktop',
    ...overrides,
  };
}

/**
 * What every {@link Sink} must do (see its interface), as tests: `open(name)` gives a sink over
 * the store called `name`, the same store each time it is called with the same name.
 */
export function sinkContract(open: (name: string) => Sink): void {
  it('round-trips every field, dedupes within and across calls and across reopening', async () => {
    const sink = open('contract');
    await sink.init();
    const a = storedEvent();
    const b = storedEvent({ userId: 'u-1', sessionId: 's-1', title: 'Pricing', referrer: 'https://google.com/' });
    expect((await sink.append([a, b, a])).inserted).toEqual([a.id, b.id]);
    expect((await sink.append([a])).inserted).toEqual([]);
    await sink.close();

    const again = open('contract');
    await again.init();
    const c = storedEvent();
    expect((await again.append([b, c])).inserted).toEqual([c.id]);
    const all: StoredEvent[] = [];
    for await (const event of again.scan()) all.push(event);
    expect(all).toEqual([a, b, c]);
    expect(await again.count()).toBe(3);
    expect(await again.count({ from: b.correctedTs })).toBe(2);
    const ranged: string[] = [];
    for await (const event of again.scan({ from: b.correctedTs, to: b.correctedTs + 1 })) ranged.push(event.id);
    expect(ranged).toEqual([b.id]);
    expect((await again.latest(2)).map((e) => e.id)).toEqual([c.id, b.id]);
    await again.close();
  });

  it('never interleaves or double-stores concurrent appends', async () => {
    const sink = open('contract-concurrent');
    await sink.init();
    const pool = Array.from({ length: 60 }, () => storedEvent());
    const calls = Array.from({ length: 40 }, (_, i) => pool.slice(i % 20, (i % 20) + 30));
    const results = await Promise.all(calls.map((events) => sink.append(events)));
    const inserted = results.flatMap((r) => r.inserted);
    expect(inserted.length).toBe(new Set(inserted).size);
    expect(new Set(inserted)).toEqual(new Set(calls.flat().map((e) => e.id)));
    expect(await sink.count()).toBe(inserted.length);
    await sink.close();
  });
}
