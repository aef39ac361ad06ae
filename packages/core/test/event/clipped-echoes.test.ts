import { describe, expect, it } from 'vitest';
import { validateBatch, validateEvent } from '../../src/index.js';

// A 400 KB unknown envelope key came back whole in the answer (details.path); so did an unknown
// event field's name in its path. Every piece of the input quoted back is clipped.

const huge = 'k'.repeat(400_000);
const NOW = Date.UTC(2026, 10, 23);
const event = { id: 'e-1', type: 'page', name: '/', ts: NOW, anonymousId: 'a' };

describe('echoed input is clipped', () => {
  it('an unknown envelope key', () => {
    const result = validateBatch({ v: 1, sentAt: NOW, events: [], [huge]: 1 });
    expect(result.errors).toHaveLength(1);
    expect(JSON.stringify(result.errors).length).toBeLessThan(300);
  });

  it('an unknown event field, a props key, a utm key and a value', () => {
    for (const input of [
      { ...event, [huge]: 1 },
      { ...event, props: { [huge]: () => 1 } },
      { ...event, utm: { [huge]: 'x' } },
      { ...event, type: huge },
      { ...event, v: huge },
    ]) {
      const result = validateEvent(input);
      expect(result.ok).toBe(false);
      expect(JSON.stringify(result).length, Object.keys(input).join()).toBeLessThan(400);
    }
  });

  it('a batch of many bad events stays a fraction of the input', () => {
    const events = Array.from({ length: 500 }, () => ({ ...event, [huge.slice(0, 1000)]: 1 }));
    const result = validateBatch({ v: 1, sentAt: NOW, events }, { bytes: 1000 });
    expect(result.rejected).toHaveLength(500);
    expect(JSON.stringify(result.rejected).length).toBeLessThan(500 * 200);
  });
});
