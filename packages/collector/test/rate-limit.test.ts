import { afterAll, describe, expect, it } from 'vitest';
import { createServer, type RunningServer, type ServerOptions } from '../src/index.js';
import { FixedWindowLimiter } from '../src/rate-limit/fixed-window.js';
import { clientKey } from '../src/rate-limit/client-key.js';
import { clientAddress } from '../src/http/client-address.js';
import { batchBody, pageEvent } from './support/events.js';
import { rawRequest } from './support/raw-request.js';
import { tempDir } from './support/temp-dir.js';

// The limiter keyed on address + Origin/Host, which any non-browser client chooses: 650 posts with
// a new Host each never got a 429, and every new key grew a Map until the window ended.

const dir = tempDir();
const servers: RunningServer[] = [];
afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
  dir.remove();
});

async function start(options: ServerOptions): Promise<RunningServer> {
  const server = await createServer({ port: 0, db: `${dir.path}/${servers.length}.duckdb`, ...options });
  servers.push(server);
  return server;
}

const post = (server: RunningServer, headers: Record<string, string>, localAddress?: string) =>
  rawRequest(`${server.url}/collect`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: batchBody([pageEvent()]),
    localAddress,
  });

describe('rate limit per client address', () => {
  it('counts one client whatever Origin and Host it sends', async () => {
    const server = await start({ rateLimit: { requests: 5, perMs: 60_000 }, cors: '*', hosts: '*' });
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++) {
      statuses.push((await post(server, { host: `h${i}.example`, origin: `https://o${i}.example` })).status);
    }
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429, 429]);
    // Another address is another client (Linux routes all of 127.0.0.0/8 to loopback).
    expect((await post(server, {}, '127.0.0.2')).status).toBe(200);
  });

  it('ignores X-Forwarded-For unless trustProxy says a proxy of ours wrote it', async () => {
    const server = await start({ rateLimit: { requests: 3, perMs: 60_000 } });
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await post(server, { 'x-forwarded-for': `198.51.100.${i}` })).status);
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
  });

  it('behind a trusted proxy, reads the entry the proxy appended, not those a client prepended', async () => {
    const server = await start({ rateLimit: { requests: 2, perMs: 60_000 }, trustProxy: true });
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await post(server, { 'x-forwarded-for': `10.9.9.${i}, 203.0.113.50` })).status);
    expect(statuses).toEqual([200, 200, 429, 429]);
    expect((await post(server, { 'x-forwarded-for': '203.0.113.51' })).status).toBe(200);
  });

  it('falls back to the socket address when the forwarded entry is not an address', () => {
    expect(clientAddress('x'.repeat(8192), '127.0.0.1', 1)).toBe('127.0.0.1');
    expect(clientAddress('1.2.3.4, <script>', '127.0.0.1', 1)).toBe('127.0.0.1');
    expect(clientAddress('1.2.3.4, [2001:db8::1]:443', '127.0.0.1', 1)).toBe('2001:db8::1');
    expect(clientAddress('9.9.9.9, 1.2.3.4, 10.0.0.2', '127.0.0.1', 2)).toBe('1.2.3.4');
    expect(clientAddress('1.2.3.4', '127.0.0.1', 3)).toBe('1.2.3.4');
    expect(clientAddress('1.2.3.4', '127.0.0.1', 0)).toBe('127.0.0.1');
  });

  it('counts an IPv6 client by its /64, and IPv4-mapped addresses as IPv4', () => {
    expect(clientKey('2001:db8:1:2:aaaa::1')).toBe(clientKey('2001:db8:1:2:ffff:1:2:3'));
    expect(clientKey('2001:db8:1:2::1')).not.toBe(clientKey('2001:db8:1:3::1'));
    expect(clientKey('::ffff:203.0.113.7')).toBe('203.0.113.7');
    expect(clientKey('203.0.113.7')).toBe('203.0.113.7');
  });
});

describe('FixedWindowLimiter', () => {
  it('keeps counting a client while a flood of fresh keys passes, in a table that does not grow', () => {
    const limiter = new FixedWindowLimiter({ requests: 5, perMs: 60_000 });
    const now = 1_700_000_000_000;
    const table = () => Object.values(limiter).reduce((bytes, v) => bytes + (ArrayBuffer.isView(v) ? v.byteLength : v instanceof Map ? v.size * 64 : 0), 0);
    const before = table();
    for (let i = 0; i < 4; i++) expect(limiter.take('victim', now).allowed).toBe(true);
    for (let i = 0; i < 200_000; i++) limiter.take(`flood-${i}`, now);
    expect(table()).toBe(before);
    expect(limiter.take('victim', now).allowed).toBe(true);
    expect(limiter.take('victim', now)).toMatchObject({ allowed: false });
    // Fresh clients are not refused because of the flood: each flood key sent one request.
    const refused = Array.from({ length: 1000 }, (_, i) => limiter.take(`fresh-${i}`, now)).filter((d) => !d.allowed).length;
    expect(refused).toBe(0);
  });

  it('starts a new count when the window ends, and says when in Retry-After', () => {
    const limiter = new FixedWindowLimiter({ requests: 1, perMs: 60_000 });
    const start = 1_700_000_080_000; // 40 s into a window (windows are aligned on multiples of perMs)
    expect(limiter.take('a', start).allowed).toBe(true);
    expect(limiter.take('a', start + 1_000)).toEqual({ allowed: false, retryAfterSeconds: 19 });
    expect(limiter.take('a', start + 20_000).allowed).toBe(true);
  });
});
