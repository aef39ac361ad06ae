import { describe, expect, it } from 'vitest';
import { BloomFilter } from '../src/sink/bloom-filter.js';

describe('BloomFilter', () => {
  it('never forgets an id, and grows past its capacity with few false positives', () => {
    const bloom = new BloomFilter(10_000);
    const ids = Array.from({ length: 50_000 }, (_, i) => `0190c5d2-${i.toString(16).padStart(8, '0')}-7abc`);
    for (const id of ids) bloom.add(id);
    expect(ids.every((id) => bloom.mayHave(id))).toBe(true);
    let falsePositives = 0;
    for (let i = 0; i < 100_000; i++) if (bloom.mayHave(`other-${i}`)) falsePositives++;
    // Four layers at 1e-4 each: well under 1 in 1,000 together.
    expect(falsePositives).toBeLessThan(100);
    expect(bloom.bytes).toBeLessThan(300_000);
  });
});
