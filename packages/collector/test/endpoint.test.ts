import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type RunningServer } from '../src/index.js';
import { batchBody, pageEvent } from './support/events.js';
import { post, streamUpload } from './support/post.js';
import { tempDir } from './support/temp-dir.js';

const dir = tempDir();
let server: RunningServer;
let limited: RunningServer;

beforeAll(async () => {
  server = await createServer({
    port: 0,
    db: `${dir.path}/events.duckdb`,
    cors: ['https://shop.example'],
    rateLimit: false,
    api: true,
  });
  limited = await createServer({ port: 0, db: `${dir.path}/limited.duckdb`, rateLimit: { requests: 3, perMs: 60_000 } });
});

afterAll(async () => {
  await server?.close();
  await limited?.close();
  dir.remove();
});

describe('POST /collect', () => {
  it('stores the good events of a mixed batch and explains each rejected one (200)', async () => {
    const good = [pageEvent(), pageEvent({ type: 'cta', name: 'Start free trial' })];
    const bad = [{ ...pageEvent(), type: 'click' }, { id: 'no-fields' }, 42];
    const res = await post(`${server.url}/collect`, batchBody([good[0], bad[0], good[1], bad[1], bad[2]]));
    expect(res.status).toBe(200);
    expect(res.json.accepted).toBe(2);
    expect(res.json.duplicates).toBe(0);
    expect(res.json.rejected.map((r: { index: number }) => r.index)).toEqual([1, 3, 4]);
    expect(res.json.rejected[1]).toMatchObject({ index: 3, id: 'no-fields' });
    expect(res.json.rejected[0].reason).toMatch(/type/);
    const stored = await server.collector(new Request('http://localhost/api/events?limit=10'));
    const ids = ((await stored.json()) as { events: { id: string }[] }).events.map((e) => e.id);
    expect(ids).toEqual(expect.arrayContaining(good.map((e) => e.id)));
    expect(ids).not.toContain(bad[0] && (bad[0] as { id: string }).id);
  });

  it('accepts text/plain, what sendBeacon sends', async () => {
    const res = await post(`${server.url}/collect`, batchBody([pageEvent()]), { 'content-type': 'text/plain;charset=UTF-8' });
    expect(res.status).toBe(200);
    expect(res.json.accepted).toBe(1);
  });

  it('answers a retried batch with duplicates and stores nothing twice', async () => {
    const events = [pageEvent(), pageEvent()];
    expect((await post(`${server.url}/collect`, batchBody(events))).json).toMatchObject({ accepted: 2, duplicates: 0 });
    expect((await post(`${server.url}/collect`, batchBody(events))).json).toMatchObject({ accepted: 0, duplicates: 2 });
    const within = pageEvent();
    expect((await post(`${server.url}/collect`, batchBody([within, within]))).json).toMatchObject({ accepted: 1, duplicates: 1 });
  });

  it('enriches events at ingest: receivedAt, corrected time, stage, rule, device; no IP', async () => {
    const event = pageEvent({ name: '/pricing', url: 'https://shop.example/pricing', anonymousId: 'anon-enrich' });
    const sentAt = event.ts + 5_000;
    const iphone = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148';
    const before = Date.now();
    await post(`${server.url}/collect`, batchBody([event], sentAt), { 'content-type': 'application/json', 'user-agent': iphone });
    const res = await fetch(`${server.url}/api/events?limit=5`);
    const stored = ((await res.json()) as { events: Record<string, unknown>[] }).events.find((e) => e.id === event.id)!;
    expect(stored.receivedAt).toBeGreaterThanOrEqual(before);
    expect(stored.sentAt).toBe(sentAt);
    expect(stored.correctedTs).toBe(event.ts + ((stored.receivedAt as number) - sentAt));
    expect(stored.stage).toBe('consideration');
    expect(typeof stored.ruleId).toBe('string');
    expect(stored.device).toBe('mobile');
    expect(JSON.stringify(stored)).not.toContain('127.0.0.1');
  });

  it("corrects every batch of one device by the same clock offset, and follows a clock that really changed", async () => {
    const anonymousId = 'anon-clock';
    const readStored = async (id: string) => {
      const res = await fetch(`${server.url}/api/events?limit=50`);
      return ((await res.json()) as { events: { id: string; ts: number; correctedTs: number }[] }).events.find((e) => e.id === id)!;
    };
    const offsetOf = async (event: { id: string }) => {
      const stored = await readStored(event.id);
      return stored.correctedTs - stored.ts;
    };
    // The device's clock is an hour behind. Its second batch seems 800 ms slower in transit: same clock.
    const hourBehind = Date.now() - 3_600_000;
    const first = pageEvent({ anonymousId, ts: hourBehind - 20 });
    await post(`${server.url}/collect`, batchBody([first], hourBehind));
    const second = pageEvent({ anonymousId, ts: hourBehind - 810 });
    await post(`${server.url}/collect`, batchBody([second], hourBehind - 800));
    expect(await offsetOf(second)).toBe(await offsetOf(first));
    // Tracked 10 ms apart by the client clock, they stay in that order on the server's clock.
    expect((await readStored(second.id)).correctedTs - (await readStored(first.id)).correctedTs).toBe(second.ts - first.ts);
    // The visitor sets the clock right (two hours' difference): followed at once.
    const now = Date.now();
    const third = pageEvent({ anonymousId, ts: now - 10 });
    await post(`${server.url}/collect`, batchBody([third], now));
    expect(Math.abs((await offsetOf(third)) - (await offsetOf(first)))).toBeGreaterThan(3_500_000);
    // Another device gets its own offset.
    const other = pageEvent({ anonymousId: 'anon-clock-2', ts: hourBehind - 5_000 });
    await post(`${server.url}/collect`, batchBody([other], hourBehind - 4_000));
    expect(Math.abs((await offsetOf(other)) - (await offsetOf(first)) - 4_000)).toBeLessThan(1_000);
  });

  it('answers 400 to unparsable bodies, invalid UTF-8 and broken envelopes, storing nothing', async () => {
    const before = server.collector.stats().accepted;
    expect((await post(`${server.url}/collect`, '{"v":1,')).status).toBe(400);
    expect((await post(`${server.url}/collect`, new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]))).status).toBe(400);
    const envelope = await post(`${server.url}/collect`, JSON.stringify({ v: 2, sentAt: Date.now(), events: [pageEvent()] }));
    expect(envelope.status).toBe(400);
    expect(envelope.json.details[0].path).toBe('v');
    expect((await post(`${server.url}/collect`, '')).status).toBe(400);
    expect(server.collector.stats().accepted).toBe(before);
  });

  it('answers 413 to a declared Content-Length over 512 KB', async () => {
    const big = batchBody([pageEvent({ props: { pad: 'x'.repeat(2000) } })]).padEnd(600 * 1024, ' ');
    const res = await post(`${server.url}/collect`, big);
    expect(res.status).toBe(413);
    expect(res.json.limit).toBe(512 * 1024);
  });

  it('answers 413 to a streamed body and stops reading at the limit', async () => {
    const res = await streamUpload(`${server.url}/collect`, 50 * 1024 * 1024);
    expect(res.status).toBe(413);
    expect(res.written).toBeLessThan(10 * 1024 * 1024);
  });

  it('answers 415 to other content types', async () => {
    expect((await post(`${server.url}/collect`, batchBody([pageEvent()]), { 'content-type': 'application/xml' })).status).toBe(415);
    expect((await post(`${server.url}/collect`, batchBody([pageEvent()]), { 'content-type': 'text/plain; charset=latin1' })).status).toBe(415);
  });

  it('answers 405 to other methods, with Allow', async () => {
    for (const method of ['GET', 'PUT', 'DELETE', 'PATCH']) {
      const res = await fetch(`${server.url}/collect`, { method });
      expect(res.status).toBe(405);
      expect(res.headers.get('allow')).toBe('POST, OPTIONS');
    }
    expect((await fetch(`${server.url}/health`, { method: 'POST', body: '{}' })).status).toBe(405);
  });

  it('answers 429 with Retry-After when a client exceeds its rate', async () => {
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (let i = 0; i < 5; i++) {
      const res = await post(`${limited.url}/collect`, batchBody([pageEvent()]));
      statuses.push(res.status);
      if (res.status === 429) retryAfter = res.headers.get('retry-after');
    }
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
    expect(Number(retryAfter)).toBeGreaterThanOrEqual(1);
    expect(Number(retryAfter)).toBeLessThanOrEqual(60);
  });
});

describe('CORS', () => {
  it('answers a preflight from an allowed origin', async () => {
    const res = await fetch(`${server.url}/collect`, {
      method: 'OPTIONS',
      headers: { origin: 'https://shop.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('https://shop.example');
    expect(res.headers.get('access-control-allow-methods')).toContain('POST');
    expect(res.headers.get('access-control-allow-headers')).toBe('content-type');
  });

  it('refuses a preflight and a post from an origin outside the allowlist', async () => {
    const preflight = await fetch(`${server.url}/collect`, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
    });
    expect(preflight.status).toBe(403);
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
    const res = await post(`${server.url}/collect`, batchBody([pageEvent()]), { 'content-type': 'text/plain', origin: 'https://evil.example' });
    expect(res.status).toBe(403);
  });

  it('marks answers to allowed origins', async () => {
    const res = await post(`${server.url}/collect`, batchBody([pageEvent()]), { 'content-type': 'text/plain', origin: 'https://shop.example' });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe('https://shop.example');
    expect(res.headers.get('vary')).toBe('Origin');
  });
});

describe('other routes', () => {
  it('GET /health answers 200', async () => {
    const res = await fetch(`${server.url}/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true });
  });

  it('answers 404 to unknown paths and hides the API unless enabled', async () => {
    expect((await fetch(`${server.url}/nope`)).status).toBe(404);
    expect((await fetch(`${limited.url}/api/events`)).status).toBe(404);
  });

  it('GET /api/events validates its limit', async () => {
    expect((await fetch(`${server.url}/api/events?limit=0`)).status).toBe(400);
    expect((await fetch(`${server.url}/api/events?limit=abc`)).status).toBe(400);
  });

  it('counts requests, batches, stored, duplicate and rejected events', () => {
    const stats = server.collector.stats();
    expect(stats.requests).toBeGreaterThan(10);
    expect(stats.batches).toBeGreaterThan(3);
    expect(stats.accepted).toBeGreaterThan(5);
    expect(stats.duplicates).toBeGreaterThanOrEqual(3);
    expect(stats.rejected).toBeGreaterThanOrEqual(3);
    expect(stats.errors).toBe(0);
  });
});

describe('hostile bodies', () => {
  it('refuses absurdly nested JSON before parsing it', async () => {
    const res = await post(`${server.url}/collect`, `${'['.repeat(200_000)}${']'.repeat(200_000)}`);
    expect(res.status).toBe(400);
    expect(res.json.error).toMatch(/nests deeper/);
  });
});

describe('custom classifier', () => {
  it('stores events unlabelled when a custom classifier throws, never answering 5xx', async () => {
    const { createCollector } = await import('../src/index.js');
    const classifier = {
      rules: [],
      classify: () => null,
      explain: () => ({ stage: null, ruleId: null, reason: '', act: null }),
      match: () => {
        throw new Error('broken rule');
      },
    };
    const collector = createCollector({ sink: memorySink(), classifier, rateLimit: false });
    const response = await collector(new Request('http://localhost/collect', { method: 'POST', body: batchBody([pageEvent()]), headers: { 'content-type': 'application/json' } }));
    expect(response.status).toBe(200);
    expect(((await response.json()) as { accepted: number }).accepted).toBe(1);
    await collector.close();
  });
});

function memorySink() {
  const ids = new Set<string>();
  return {
    init: async () => undefined,
    append: async (events: readonly { id: string }[]) => ({ inserted: events.map((e) => e.id).filter((id) => !ids.has(id) && ids.add(id)) }),
    scan: async function* () {},
    count: async () => ids.size,
    latest: async () => [],
    close: async () => undefined,
  };
}
