import { describe, expect, it } from 'vitest';
import { validateEvent } from '../../src/index.js';

// Two ids that differ only in a lone surrogate ("a\ud800", "a\ud801") both became "a\ufffd" once
// made well-formed for storage, so the second event was dropped as a duplicate of the first.

const base = { type: 'page', name: '/', ts: Date.UTC(2026, 10, 23), anonymousId: 'anon' };

describe('ids with half a surrogate pair', () => {
  it.each(['id', 'anonymousId', 'userId', 'sessionId'])('%s is refused, with a reason', (field) => {
    const result = validateEvent({ id: 'evt-1', ...base, [field]: 'evt-\ud800' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]).toMatchObject({ path: field });
    expect(result.errors[0]!.message).toMatch(/surrogate/);
  });

  it('whole pairs (emoji) and U+FFFD itself are fine', () => {
    expect(validateEvent({ id: 'evt-😀', ...base }).ok).toBe(true);
    expect(validateEvent({ id: 'evt-\ufffd', ...base }).ok).toBe(true);
    expect(validateEvent({ id: 'evt-\udc00\ud800', ...base }).ok).toBe(false);
  });
});
