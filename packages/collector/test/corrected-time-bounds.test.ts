import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type RunningServer } from '../src/index.js';
import { post } from './support/post.js';
import { tempDir } from './support/temp-dir.js';

// The skew correction `ts + (receivedAt − sentAt)` trusts two client clocks. Both pass validation
// (2000–2100), but a batch claiming sentAt 2000 for an event of 2099 was stored at 2125, and the reverse
// at 1926: one broken or hostile device stretched every report over two centuries (an 800 KB HTML
// report for three events, a lifecycle chart of 10,000 weeks).

const dir = tempDir();
let server: RunningServer;
beforeAll(async () => {
  server = await createServer({ port: 0, db: `${dir.path}/events.duckdb`, rateLimit: false, api: true });
});
afterAll(async () => {
  await server?.close();
  dir.remove();
});

const DAY = 86_400_000;
const batch = (id: string, anonymousId: string, ts: number, sentAt: number) =>
  JSON.stringify({ v: 1, sentAt, events: [{ id, type: 'page', name: '/', ts, anonymousId }] });

async function stored(id: string): Promise<{ correctedTs: number; receivedAt: number; ts: number }> {
  const res = await server.collector(new Request('http://localhost/api/events?limit=50'));
  const { events } = (await res.json()) as { events: { id: string; correctedTs: number; receivedAt: number; ts: number }[] };
  return events.find((e) => e.id === id)!;
}

describe('the corrected time', () => {
  it('is never more than a day after the event arrived, nor before 2000: the arrival time stands in', async () => {
    expect((await post(`${server.url}/collect`, batch('late', 'clock-a', Date.UTC(2099, 0, 1), Date.UTC(2000, 0, 2)))).status).toBe(200);
    expect((await post(`${server.url}/collect`, batch('early', 'clock-b', Date.UTC(2000, 0, 2), Date.UTC(2099, 0, 1)))).status).toBe(200);
    for (const id of ['late', 'early']) {
      const event = await stored(id);
      expect(event.correctedTs).toBe(event.receivedAt);
    }
  });

  it('still corrects an ordinary skew, a day off either way', async () => {
    const now = Date.now();
    await post(`${server.url}/collect`, batch('ahead', 'clock-c', now + DAY - 5_000, now + DAY));
    await post(`${server.url}/collect`, batch('behind', 'clock-d', now - DAY - 5_000, now - DAY));
    for (const id of ['ahead', 'behind']) {
      const event = await stored(id);
      expect(Math.abs(event.correctedTs - (event.receivedAt - 5_000))).toBeLessThan(2_000);
    }
  });
});
