/**
 * DNS rebinding, in real Chromium. An attacker's page on `rebind.test` is loaded from the attacker's
 * server; then the attacker's DNS points `rebind.test` at 127.0.0.1, and the page's same-origin
 * fetches reach the visitor's local collector, with `Host: rebind.test:<port>`. The browser sees
 * one origin throughout, so CORS does not apply: only the collector's Host check can refuse them.
 *
 * Chromium's `--host-resolver-rules` maps rebinding.test to 127.0.0.1. The "second DNS answer" is
 * a forwarding server on the attacker's port that hands every request except the attack page,
 * headers untouched, to the demo, exactly what the real rebinding achieves at the TCP level.
 * A control runs the same script from the demo's own origin, where it must succeed, so the test
 * can tell a blocked attack from a broken one.
 */
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemo, type Demo } from '../server/demo.mjs';
import { CHROMIUM_ARGS, findChromium } from './harness/chromium.js';

const ATTACK_PAGE = `<!doctype html><title>cheap flights</title><script>
  window.attack = (async () => {
    const read = await fetch('/api/events?limit=1000').then(async (r) => ({ status: r.status, body: await r.text() }), (e) => ({ status: 0, body: String(e) }));
    const now = Date.now();
    const batch = JSON.stringify({ v: 1, sentAt: now, events: [{ id: 'rebound-' + now, type: 'page', name: '/planted', ts: now, anonymousId: 'attacker' }] });
    const write = await fetch('/collect', { method: 'POST', body: batch, headers: { 'content-type': 'text/plain' } }).then((r) => r.status, () => 0);
    return { read, write };
  })();
</script>`;

interface AttackResult {
  read: { status: number; body: string };
  write: number;
}

const dir = mkdtempSync(join(tmpdir(), 'cairn-rebind-'));
let demo: Demo;
let attacker: Server;
let attackerPort: number;
let browser: Browser;

beforeAll(async () => {
  demo = await startDemo({ db: join(dir, 'events.duckdb'), quiet: true, collector: { rateLimit: false } });
  const target = new URL(demo.urls.shop);
  attacker = createServer((req, res) => {
    if (req.url === '/attack.html') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.end(ATTACK_PAGE);
      return;
    }
    // "DNS now answers 127.0.0.1": the request reaches the demo as the browser sent it, Host included.
    const upstream = httpRequest({ host: target.hostname, port: target.port, method: req.method, path: req.url, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => attacker.listen(0, '127.0.0.1', resolve));
  attackerPort = (attacker.address() as AddressInfo).port;
  const executablePath = findChromium();
  if (!executablePath) throw new Error('Chromium is missing: apt-get install -y chromium (or set CHROMIUM_PATH)');
  browser = await chromium.launch({
    executablePath,
    args: [...CHROMIUM_ARGS, '--host-resolver-rules=MAP rebind.test 127.0.0.1'],
    timeout: 60_000,
  });
});

afterAll(async () => {
  await browser?.close().catch(() => {});
  await new Promise((resolve) => (attacker ? attacker.close(resolve) : resolve(undefined)));
  await demo?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function runAttack(url: string): Promise<AttackResult> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(url);
    return (await page.evaluate(() => (window as unknown as { attack: Promise<unknown> }).attack)) as AttackResult;
  } finally {
    await context.close();
  }
}

describe('DNS rebinding (Chromium, rebind.test → 127.0.0.1)', () => {
  it('a rebound page can neither read the events nor store one', async () => {
    // Something to steal: one event stored by the shop's own origin.
    const own = await fetch(demo.urls.collect, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ v: 1, sentAt: Date.now(), events: [{ id: `own-${Date.now()}`, type: 'page', name: '/secret-page', ts: Date.now(), anonymousId: 'visitor' }] }),
    });
    expect(own.status).toBe(200);

    const result = await runAttack(`http://rebind.test:${attackerPort}/attack.html`);
    expect(result.read.status).toBe(421);
    expect(result.read.body).not.toContain('/secret-page');
    expect(result.write).toBe(421);
    expect(demo.collector.stats().accepted).toBe(1);

    // The demo's own pages refuse the name too, not only its collector routes.
    const context = await browser.newContext();
    try {
      const shop = await context.newPage();
      const response = await shop.goto(`http://rebind.test:${new URL(demo.urls.shop).port}/`);
      expect(response?.status()).toBe(421);
    } finally {
      await context.close();
    }
  });

  it('control: the same script on the demo\'s own origin reads and writes', async () => {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await page.route('**/attack.html', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: ATTACK_PAGE }));
      await page.goto(new URL('/attack.html', demo.urls.shop).href);
      const result = (await page.evaluate(() => (window as unknown as { attack: Promise<unknown> }).attack)) as AttackResult;
      expect(result.read.status).toBe(200);
      expect(result.read.body).toContain('/secret-page');
      expect(result.write).toBe(200);
    } finally {
      await context.close();
    }
  });
});

describe('the demo server survives hostile requests', () => {
  it('answers a Host it cannot parse (`Host: a b`) and keeps serving', async () => {
    const { port } = new URL(demo.urls.shop);
    const status = await new Promise<number>((resolve, reject) => {
      const req = httpRequest({ host: '127.0.0.1', port, path: '/', headers: { host: 'a b' }, setHost: false }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      req.setTimeout(5_000, () => reject(new Error('no answer in 5 s: did the server crash?')));
      req.end();
    });
    expect(status).toBeGreaterThanOrEqual(400);
    expect(status).toBeLessThan(500);
    expect((await fetch(demo.urls.shop)).status).toBe(200);
    expect((await fetch(new URL('/health', demo.urls.shop))).status).toBe(200);
  });
});
