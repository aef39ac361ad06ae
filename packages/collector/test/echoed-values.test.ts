import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCollector, createServer, type RunningServer } from '../src/index.js';
import { pageEvent } from './support/events.js';
import { rawRequest } from './support/raw-request.js';
import { tempDir } from './support/temp-dir.js';

// A 400 KB unknown envelope key came back whole in the 400 answer (details.path). Every value an
// error answer quotes from the request is clipped, so an answer never grows with what was sent.

const dir = tempDir();
let server: RunningServer;
beforeAll(async () => {
  server = await createServer({ port: 0, db: `${dir.path}/events.duckdb`, api: true, rateLimit: false, cors: ['https://shop.example'] });
});
afterAll(async () => {
  await server?.close();
  dir.remove();
});

const long = (n: number) => 'x'.repeat(n);
const MAX_ANSWER = 1_000;

describe('error answers clip what they quote', () => {
  it('400: a 400 KB unknown envelope key', async () => {
    const body = `{"v":1,"sentAt":${Date.now()},"events":[${JSON.stringify(pageEvent())}],"${long(400_000)}":1}`;
    const res = await rawRequest(`${server.url}/collect`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    expect(res.status).toBe(400);
    expect(res.text.length).toBeLessThan(MAX_ANSWER);
  });

  it('400: unparsable JSON, 404: a long path, 403: a long origin, 421: a long host, 400: a long range', async () => {
    const answers = await Promise.all([
      rawRequest(`${server.url}/collect`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: `{"v":${long(100_000)}` }),
      rawRequest(`${server.url}/${long(8_000)}`),
      rawRequest(`${server.url}/collect`, { method: 'POST', headers: { origin: `https://${long(8_000)}.example`, 'content-type': 'text/plain' }, body: '{}' }),
      rawRequest(`${server.url}/health`, { headers: { host: long(8_000) } }),
      rawRequest(`${server.url}/api/report?from=${long(8_000)}`),
    ]);
    expect(answers.map((a) => a.status)).toEqual([400, 404, 403, 421, 400]);
    for (const answer of answers) expect(answer.text.length).toBeLessThan(MAX_ANSWER);
  });

  it('405: a long method name (Web-standard handler)', async () => {
    const collector = createCollector({ db: `${dir.path}/web.duckdb` });
    try {
      const res = await collector(new Request('http://localhost/health', { method: `M${long(5_000)}` }));
      expect(res.status).toBe(405);
      expect((await res.text()).length).toBeLessThan(MAX_ANSWER);
    } finally {
      await collector.close();
    }
  });
});
