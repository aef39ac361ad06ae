import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { eventToken, findTokens, newRunId } from '../peers/tokens.mjs';

const run = 'abc123';
const events = [0, 7, 42].map((i) => ({ event: 'e', properties: { ref: eventToken(run, i) } }));
const indexes = (found) => [...(found.get(run) ?? [])].sort((a, b) => a - b);

describe('findTokens', () => {
  it('reads plain JSON bodies and URLs', () => {
    expect(indexes(findTokens('/e', Buffer.from(JSON.stringify(events))))).toEqual([0, 7, 42]);
    expect(indexes(findTokens(`/i?ref=${eventToken(run, 3)}`, Buffer.alloc(0)))).toEqual([3]);
  });

  it('reads gzip bodies (PostHog)', () => {
    expect(indexes(findTokens('/e', gzipSync(JSON.stringify(events))))).toEqual([0, 7, 42]);
  });

  it('reads base64 inside URL-encoded forms (Mixpanel) and base64url (Snowplow ue_px)', () => {
    const b64 = Buffer.from(JSON.stringify(events)).toString('base64');
    expect(indexes(findTokens('/track', Buffer.from(`data=${encodeURIComponent(b64)}`)))).toEqual([0, 7, 42]);
    const b64url = Buffer.from(JSON.stringify(events)).toString('base64url');
    expect(indexes(findTokens('/tp2', Buffer.from(JSON.stringify({ data: [{ ue_px: b64url }] }))))).toEqual([0, 7, 42]);
  });

  it('separates runs and finds nothing in unrelated bodies', () => {
    const other = Buffer.from(JSON.stringify([{ ref: eventToken('zz9', 1) }, { ref: eventToken(run, 2) }]));
    const found = findTokens('/x', other);
    expect([...found.keys()].sort()).toEqual(['abc123', 'zz9']);
    expect(findTokens('/x', Buffer.from('{"event":"pageview"}')).size).toBe(0);
  });

  it('makes run ids that survive every encoding', () => {
    expect(newRunId()).toMatch(/^[a-z0-9]+$/);
  });
});
