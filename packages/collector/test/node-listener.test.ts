import { createServer as createHttpServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { createCollector, toNodeListener, type CollectorHandler } from '../src/index.js';
import { batchBody, pageEvent } from './support/events.js';
import { post } from './support/post.js';
import { tempDir } from './support/temp-dir.js';

// docs/collector.md mounts a collector in Express with `toNodeListener(collector)` and lists `trustProxy`
// among createCollector's options. The listener ignored that option (it only read its own), so behind a
// proxy every visitor shared one rate-limit bucket (600 requests a minute for the whole site) and got 429s.

const dir = tempDir();
let server: Server | undefined;
let collector: CollectorHandler | undefined;

afterEach(async () => {
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  await collector?.close();
  server = undefined;
  collector = undefined;
});

afterAll(() => dir.remove());

async function listen(handler: CollectorHandler, options?: { trustProxy?: boolean }): Promise<string> {
  await handler.ready();
  server = createHttpServer(toNodeListener(handler, options));
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/collect`;
}

// The proxy appends the address it was connected from; what a client wrote before it (here 10.0.0.1) proves nothing.
const viaProxy = (client: string) => ({ 'content-type': 'application/json', 'x-forwarded-for': `10.0.0.1, ${client}` });

describe('toNodeListener', () => {
  it("takes trustProxy from createCollector's options: each forwarded client has its own rate limit", async () => {
    collector = createCollector({ db: `${dir.path}/a.duckdb`, trustProxy: true, rateLimit: { requests: 1, perMs: 60_000 } });
    const url = await listen(collector);
    expect((await post(url, batchBody([pageEvent()]), viaProxy('203.0.113.1'))).status).toBe(200);
    expect((await post(url, batchBody([pageEvent()]), viaProxy('203.0.113.2'))).status).toBe(200);
    expect((await post(url, batchBody([pageEvent()]), viaProxy('203.0.113.1'))).status).toBe(429);
  });

  it('ignores X-Forwarded-For without trustProxy (a client cannot pick its own bucket)', async () => {
    collector = createCollector({ db: `${dir.path}/b.duckdb`, rateLimit: { requests: 1, perMs: 60_000 } });
    const url = await listen(collector);
    expect((await post(url, batchBody([pageEvent()]), viaProxy('203.0.113.1'))).status).toBe(200);
    expect((await post(url, batchBody([pageEvent()]), viaProxy('203.0.113.2'))).status).toBe(429);
  });

  it("lets the listener's own option override the collector's", async () => {
    collector = createCollector({ db: `${dir.path}/c.duckdb`, trustProxy: true, rateLimit: { requests: 1, perMs: 60_000 } });
    const url = await listen(collector, { trustProxy: false });
    expect((await post(url, batchBody([pageEvent()]), viaProxy('203.0.113.1'))).status).toBe(200);
    expect((await post(url, batchBody([pageEvent()]), viaProxy('203.0.113.2'))).status).toBe(429);
  });
});

describe('toNodeListener behind a body parser', () => {
  it('answers 500 with the reason at once, instead of waiting forever for a body already read', async () => {
    collector = createCollector({ db: `${dir.path}/d.duckdb` });
    await collector.ready();
    const listener = toNodeListener(collector);
    // What express.json() / express.text() do before the route: read the whole body, then call next().
    server = createHttpServer((request, response) => {
      request.on('data', () => undefined);
      request.on('end', () => listener(request, response));
    });
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/collect`;
    const res = await post(url, batchBody([pageEvent()]));
    expect(res.status).toBe(500);
    expect(res.json.error).toMatch(/already read.*before/);
  });
});
