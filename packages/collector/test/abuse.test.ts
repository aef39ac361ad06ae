import { fork, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { Agent, request as httpRequest, type OutgoingHttpHeaders } from 'node:http';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { batchBody, pageEvent } from './support/events.js';
import { tempDir } from './support/temp-dir.js';

// 60,000 empty POSTs with a new 8 KB Host each grew the collector from 117 MB to 628 MB, and it
// stayed there after the window: every Host (and Origin) was a key of the rate limiter's Map.
// Here 20,000 requests rotate Host, Origin and X-Forwarded-For (trusted, so each one is a new
// client) against a collector in its own process, and its RSS after garbage collection must
// grow by less than RSS_BOUND. Sized for a shared 2-core machine: a few seconds.

const REQUESTS = 20_000;
const CONCURRENCY = 16;
/** The collector's RSS growth allowed over the flood, after GC: the old Map grew by ~170 MB for this. */
const RSS_BOUND = 48 * 1024 * 1024;
const BUILT = fileURLToPath(new URL('../dist/index.js', import.meta.url));
const SERVER = fileURLToPath(new URL('./support/abuse-server.mjs', import.meta.url));

const dir = tempDir();
let child: ChildProcess;
let port: number;

function ask<T>(message: string, key: string): Promise<T> {
  return new Promise((resolve) => {
    const onMessage = (answer: Record<string, T>) => {
      if (key in answer) {
        child.off('message', onMessage);
        resolve(answer[key]!);
      }
    };
    child.on('message', onMessage);
    child.send(message);
  });
}

beforeAll(async () => {
  if (!existsSync(BUILT)) return;
  child = fork(SERVER, [`${dir.path}/abuse.duckdb`], { execArgv: ['--expose-gc'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  port = await new Promise<number>((resolve) => child.once('message', (m: { port: number }) => resolve(m.port)));
});

afterAll(async () => {
  if (child) await new Promise((resolve) => {
    child.once('exit', resolve);
    child.send('close');
  });
  dir.remove();
});

const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });

function send(headers: OutgoingHttpHeaders, body = ''): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, path: '/collect', method: 'POST', agent, headers: { 'content-type': 'text/plain', ...headers } }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** A fresh 8 KB name, a fresh origin or a fresh client address, by turns. */
function hostile(i: number): OutgoingHttpHeaders {
  const tag = `${i.toString(36)}${'a'.repeat(8_000)}`;
  switch (i % 3) {
    case 0:
      return { host: `${tag}.example` };
    case 1:
      return { host: `127.0.0.1:${port}`, origin: `https://${tag}.example` };
    default:
      return { host: `127.0.0.1:${port}`, 'x-forwarded-for': i % 2 ? `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}` : `2001:db8:${i.toString(16)}::1` };
  }
}

describe.skipIf(!existsSync(BUILT))('abuse: rotating Host, Origin and X-Forwarded-For', () => {
  it(`keeps the collector's memory within ${RSS_BOUND / 2 ** 20} MB over ${REQUESTS.toLocaleString('en-US')} requests; a normal client still gets 200`, async () => {
    // Warm up (JIT, sockets, DuckDB) before the baseline.
    for (let i = 0; i < 300; i++) await send(hostile(i));
    const before = await ask<number>('rss', 'rss');
    const statuses = new Map<number, number>();
    const normal: Promise<number>[] = [];
    const visit = () => send({ host: `127.0.0.1:${port}`, 'x-forwarded-for': '192.0.2.10' }, batchBody([pageEvent()]));
    let next = 300;
    const started = Date.now();
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < REQUESTS) {
          if (next % 2_000 === 0) normal.push(visit()); // a visitor of the site, during the flood
          const status = await send(hostile(next++));
          statuses.set(status, (statuses.get(status) ?? 0) + 1);
        }
      }),
    );
    const seconds = (Date.now() - started) / 1000;
    const after = await ask<number>('rss', 'rss');
    const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(1);
    console.log(`abuse: ${REQUESTS} requests in ${seconds.toFixed(1)} s; RSS ${mb(before)} → ${mb(after)} MB (+${mb(after - before)}); answers ${JSON.stringify(Object.fromEntries(statuses))}`);
    expect(after - before).toBeLessThan(RSS_BOUND);
    expect(statuses.get(421)).toBeGreaterThan(6_000);
    expect(statuses.get(403)).toBeGreaterThan(6_000);

    normal.push(visit());
    expect(await Promise.all(normal)).toEqual(new Array(normal.length).fill(200));
    expect(normal.length).toBeGreaterThanOrEqual(10);
  }, 120_000);
});
