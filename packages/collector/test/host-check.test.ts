import { createServer as createHttpServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCollector, createServer, toNodeListener, type RunningServer } from '../src/index.js';
import { batchBody, pageEvent } from './support/events.js';
import { rawRequest } from './support/raw-request.js';
import { tempDir } from './support/temp-dir.js';

// DNS rebinding: a page on rebind.test, whose name the attacker points at 127.0.0.1, is same-origin
// with the collector as far as the browser knows. Only the Host header tells the two apart, so the
// collector answers only hosts it was told are its own (loopback names by default).

const dir = tempDir();
let server: RunningServer;
let named: RunningServer;

beforeAll(async () => {
  server = await createServer({ port: 0, db: `${dir.path}/a.duckdb`, api: true, rateLimit: false });
  named = await createServer({
    port: 0,
    db: `${dir.path}/b.duckdb`,
    api: true,
    rateLimit: false,
    hosts: ['collector.example'],
    cors: ['https://shop.example'],
  });
});

afterAll(async () => {
  await server?.close();
  await named?.close();
  dir.remove();
});

const json = { 'content-type': 'application/json' };

describe('Host check (DNS rebinding)', () => {
  it('answers 421 to a name it was not given, on every route, and stores nothing', async () => {
    const host = `rebind.test:${server.port}`;
    const events = await rawRequest(`${server.url}/api/events`, { headers: { host } });
    expect(events.status).toBe(421);
    expect(events.text).not.toContain('events":[');
    const event = pageEvent();
    const collect = await rawRequest(`${server.url}/collect`, { method: 'POST', headers: { host, ...json }, body: batchBody([event]) });
    expect(collect.status).toBe(421);
    expect((await rawRequest(`${server.url}/health`, { headers: { host } })).status).toBe(421);
    expect((await rawRequest(`${server.url}/api/report`, { headers: { host } })).status).toBe(421);
    expect((await rawRequest(`${server.url}/nowhere`, { headers: { host } })).status).toBe(421);
    const stored = await rawRequest(`${server.url}/api/events?limit=1000`);
    expect(stored.status).toBe(200);
    expect(stored.json.events.map((e: { id: string }) => e.id)).not.toContain(event.id);
  });

  it('serves the loopback names, with or without the port', async () => {
    for (const host of [`localhost:${server.port}`, `127.0.0.1:${server.port}`, `[::1]:${server.port}`, 'localhost', 'LOCALHOST.', '127.0.0.1']) {
      expect((await rawRequest(`${server.url}/health`, { headers: { host } })).status, host).toBe(200);
    }
  });

  it('refuses lookalikes of the loopback names', async () => {
    for (const host of ['localhost.rebind.test', '127.0.0.1.nip.io', 'evil-localhost', '127.0.0.2', '0.0.0.0', '[::2]', 'localhost:x', 'a b', '']) {
      expect((await rawRequest(`${server.url}/health`, { headers: { host } })).status, host).toBe(421);
    }
  });

  it("serves the hosts it is given (hosts / --host-allow) and the hosts of its cors origins", async () => {
    expect((await rawRequest(`${named.url}/health`, { headers: { host: 'collector.example' } })).status).toBe(200);
    expect((await rawRequest(`${named.url}/health`, { headers: { host: 'Collector.Example:8443' } })).status).toBe(200);
    expect((await rawRequest(`${named.url}/health`, { headers: { host: 'shop.example' } })).status).toBe(200);
    expect((await rawRequest(`${named.url}/health`, { headers: { host: 'other.example' } })).status).toBe(421);
    expect((await rawRequest(`${named.url}/health`, { headers: { host: `127.0.0.1:${named.port}` } })).status).toBe(200);
  });

  it("hosts: '*' serves any name (a proxy in front checks them)", async () => {
    const open = await createServer({ port: 0, db: `${dir.path}/c.duckdb`, hosts: '*' });
    try {
      expect((await rawRequest(`${open.url}/health`, { headers: { host: 'anything.example' } })).status).toBe(200);
    } finally {
      await open.close();
    }
  });

  it('checks the Host of the Web-standard handler too (the header, else the URL)', async () => {
    const collector = createCollector({ db: `${dir.path}/d.duckdb`, api: true });
    try {
      expect((await collector(new Request('http://rebind.test/api/events'))).status).toBe(421);
      expect((await collector(new Request('http://127.0.0.1/api/events', { headers: { host: 'rebind.test' } }))).status).toBe(421);
      expect((await collector(new Request('http://localhost:8787/api/events'))).status).toBe(200);
    } finally {
      await collector.close();
    }
  });

  it('checks the Host of an Express/node:http mount (toNodeListener)', async () => {
    const collector = createCollector({ db: `${dir.path}/e.duckdb`, api: true });
    await collector.ready();
    const mounted: Server = createHttpServer(toNodeListener(collector));
    await new Promise<void>((resolve) => mounted.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(mounted.address() as AddressInfo).port}`;
    try {
      expect((await rawRequest(`${url}/api/events`, { headers: { host: 'rebind.test' } })).status).toBe(421);
      expect((await rawRequest(`${url}/api/events`)).status).toBe(200);
    } finally {
      await new Promise((resolve) => mounted.close(resolve));
      await collector.close();
    }
  });
});

describe('same origin includes the scheme', () => {
  it('refuses Origin https://evil.example with Host evil.example on an http server', async () => {
    const open = await createServer({ port: 0, db: `${dir.path}/f.duckdb`, hosts: ['evil.example'], rateLimit: false });
    try {
      const headers = { host: 'evil.example', ...json };
      const https = await rawRequest(`${open.url}/collect`, { method: 'POST', headers: { ...headers, origin: 'https://evil.example' }, body: batchBody([pageEvent()]) });
      expect(https.status).toBe(403);
      const http = await rawRequest(`${open.url}/collect`, { method: 'POST', headers: { ...headers, origin: 'http://evil.example' }, body: batchBody([pageEvent()]) });
      expect(http.status).toBe(200);
      // Default ports are the same origin written two ways.
      const port80 = await rawRequest(`${open.url}/collect`, { method: 'POST', headers: { ...headers, host: 'evil.example:80', origin: 'http://evil.example' }, body: batchBody([pageEvent()]) });
      expect(port80.status).toBe(200);
    } finally {
      await open.close();
    }
  });

  it('reads the scheme from X-Forwarded-Proto only behind a trusted proxy', async () => {
    const proxied = await createServer({ port: 0, db: `${dir.path}/g.duckdb`, hosts: ['shop.example'], trustProxy: true, rateLimit: false });
    const direct = await createServer({ port: 0, db: `${dir.path}/h.duckdb`, hosts: ['shop.example'], rateLimit: false });
    try {
      const headers = { host: 'shop.example', origin: 'https://shop.example', 'x-forwarded-proto': 'https', ...json };
      expect((await rawRequest(`${proxied.url}/collect`, { method: 'POST', headers, body: batchBody([pageEvent()]) })).status).toBe(200);
      expect((await rawRequest(`${direct.url}/collect`, { method: 'POST', headers, body: batchBody([pageEvent()]) })).status).toBe(403);
    } finally {
      await proxied.close();
      await direct.close();
    }
  });

  it('the Web-standard handler takes the scheme of the request URL', async () => {
    const collector = createCollector({ db: `${dir.path}/i.duckdb`, hosts: ['shop.example'], rateLimit: false });
    try {
      const post = (url: string, origin: string) =>
        collector(new Request(url, { method: 'POST', headers: { origin, ...json }, body: batchBody([pageEvent()]) }));
      expect((await post('https://shop.example/collect', 'https://shop.example')).status).toBe(200);
      expect((await post('http://shop.example/collect', 'https://shop.example')).status).toBe(403);
    } finally {
      await collector.close();
    }
  });
});
