import { describe, expect, it } from 'vitest';
import { validateBatch, validateEvent } from '../../src/index.js';
import { prng } from '../support/prng.js';


const FIELDS = ['id', 'type', 'name', 'ts', 'anonymousId', 'userId', 'url', 'utm', 'props', 'seq', 'x', '__proto__'];

/** Defines an own property, so that a `__proto__` key is data (as JSON.parse makes it), not a prototype. */
function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, configurable: true, writable: true });
}

function randomValue(rand: () => number, depth: number): unknown {
  const pick = Math.floor(rand() * 14);
  switch (pick) {
    case 0: return null;
    case 1: return undefined;
    case 2: return rand() * 1e13;
    case 3: return [Number.NaN, Number.POSITIVE_INFINITY, -0, 1e308][Math.floor(rand() * 4)];
    case 4: return 'x'.repeat(Math.floor(rand() * 3000));
    case 5: return ['page', 'cta', 'survey', '', ' ', '\u0000', '\ud800'][Math.floor(rand() * 7)];
    case 6: return rand() < 0.5;
    case 7: return () => 1;
    case 8: return Symbol('s');
    case 9: return 10n;
    case 10: return new Date();
    case 11: {
      if (depth > 6) return {};
      const arr: unknown[] = [];
      for (let i = 0; i < rand() * 5; i++) arr.push(randomValue(rand, depth + 1));
      return arr;
    }
    default: {
      if (depth > 6) return [];
      const obj: Record<string, unknown> = {};
      for (let i = 0; i < rand() * 6; i++) {
        setOwn(obj, FIELDS[Math.floor(rand() * FIELDS.length)] ?? 'k', randomValue(rand, depth + 1));
      }
      if (rand() < 0.1) obj.self = obj;
      return obj;
    }
  }
}

function plausibleEvent(rand: () => number): Record<string, unknown> {
  const event: Record<string, unknown> = {
    id: `e${Math.floor(rand() * 1e9)}`,
    type: 'page',
    name: '/x',
    ts: 1_700_000_000_000,
    anonymousId: 'a',
  };
  // Corrupt one or two fields with random values.
  for (let i = 0; i < 1 + rand() * 2; i++) {
    setOwn(event, FIELDS[Math.floor(rand() * FIELDS.length)] ?? 'x', randomValue(rand, 1));
  }
  return event;
}

describe('validation never throws', () => {
  it('on 5,000 random values and corrupted events', () => {
    const rand = prng(20261123);
    for (let i = 0; i < 5000; i++) {
      const input = i % 2 === 0 ? randomValue(rand, 0) : plausibleEvent(rand);
      const result = validateEvent(input);
      expect(typeof result.ok).toBe('boolean');
      if (result.ok) {
        // Whatever passes must survive a JSON round trip unchanged.
        expect(JSON.parse(JSON.stringify(result.event))).toEqual(result.event);
      } else {
        expect(result.errors.length).toBeGreaterThan(0);
      }
    }
  });

  it('on 500 random batches, and accepted + rejected always add up', () => {
    const rand = prng(7);
    for (let i = 0; i < 500; i++) {
      const events = Array.from({ length: Math.floor(rand() * 20) }, () =>
        rand() < 0.5 ? plausibleEvent(rand) : randomValue(rand, 0),
      );
      const result = validateBatch({ v: 1, sentAt: 1_700_000_000_000, events });
      if (result.errors.length === 0) {
        expect(result.events.length + result.rejected.length).toBe(events.length);
      } else {
        expect(result.events).toEqual([]);
      }
      expect(() => validateBatch(randomValue(rand, 0))).not.toThrow();
    }
  });
});
