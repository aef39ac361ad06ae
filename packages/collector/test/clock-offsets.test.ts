import { describe, expect, it } from 'vitest';
import { ClockOffsets } from '../src/enrich/clock-offsets.js';

describe('ClockOffsets', () => {
  it('keeps a device\'s first estimate while later ones agree within the tolerance', () => {
    const offsets = new ClockOffsets(10, 60_000);
    expect(offsets.settle('a', 86_400_000)).toBe(86_400_000);
    expect(offsets.settle('a', 86_400_000 + 900)).toBe(86_400_000); // slower transit, same clock
    expect(offsets.settle('a', 86_400_000 - 59_000)).toBe(86_400_000);
    expect(offsets.settle('a', 5)).toBe(5); // the clock was set right
    expect(offsets.settle('a', 300)).toBe(5);
    expect(offsets.settle('b', 300)).toBe(300);
  });

  it('remembers at most maxDevices, forgetting the oldest', () => {
    const offsets = new ClockOffsets(2, 60_000);
    offsets.settle('a', 0);
    offsets.settle('b', 0);
    offsets.settle('c', 0); // forgets a
    expect(offsets.settle('a', 1_000)).toBe(1_000);
    expect(offsets.settle('c', 1_000)).toBe(0);
  });
});
