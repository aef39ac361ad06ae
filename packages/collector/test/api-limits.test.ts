import { describe, expect, it } from 'vitest';
import { createCollector, type Sink } from '../src/index.js';

// The read endpoints had no bound at all: /api/report queued every request behind the running one
// (each a full read of the store), so a client firing thousands of them held that many requests and
// promises in memory; and only POST /collect was rate limited.

/** A store whose reads take `ms`, so that reports pile up. */
function slowSink(ms: number): Sink {
  return {
    init: async () => undefined,
    append: async (events) => ({ inserted: events.map((e) => e.id) }),
    scan: async function* () {
      await new Promise((resolve) => setTimeout(resolve, ms));
    },
    count: async () => 0,
    latest: async () => [],
    close: async () => undefined,
  };
}

const get = (path: string, ip = '192.0.2.1') => (collector: ReturnType<typeof createCollector>) =>
  collector(new Request(`http://localhost${path}`), { ip });

describe('read endpoints are bounded', () => {
  it('/api/report queues a few reports behind the running one; more get 429 with Retry-After', async () => {
    const collector = createCollector({ sink: slowSink(200), api: true, rateLimit: false });
    try {
      const answers = await Promise.all(Array.from({ length: 30 }, () => get('/api/report')(collector)));
      const statuses = answers.map((a) => a.status);
      expect(statuses.filter((s) => s === 200).length).toBeGreaterThanOrEqual(1);
      expect(statuses.filter((s) => s === 200).length).toBeLessThanOrEqual(5);
      expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(25);
      expect(answers.find((a) => a.status === 429)!.headers.get('retry-after')).toMatch(/^\d+$/);
      // Once the queue has drained, reports are served again.
      expect((await get('/api/report')(collector)).status).toBe(200);
    } finally {
      await collector.close();
    }
  });

  it('/api/* counts against the client rate limit like POST /collect', async () => {
    const collector = createCollector({ sink: slowSink(0), api: true, rateLimit: { requests: 3, perMs: 60_000 } });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) statuses.push((await get(i % 2 ? '/api/events' : '/api/report')(collector)).status);
      expect(statuses).toEqual([200, 200, 200, 429, 429]);
      expect((await get('/api/events', '192.0.2.2')(collector)).status).toBe(200);
      // /health stays free: monitors poll it.
      expect((await get('/health')(collector)).status).toBe(200);
    } finally {
      await collector.close();
    }
  });
});
