import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '@cairn/core';
import { batchBody } from '../../../packages/collector/test/support/events.js';
import { shopJourneys } from '../../../packages/collector/test/support/journey.js';
import { post } from '../../../packages/collector/test/support/post.js';
import { serveChdbOverHttp } from './support/chdb-http.js';
import { testClickHouse, type TestClickHouse } from './support/clickhouse.js';

// The CLI as users run it: the package's bin, which loads the build (the root `pnpm test` builds first).
const CLI = fileURLToPath(new URL('../../../packages/collector/bin/cairn.js', import.meta.url));
const BUILT = fileURLToPath(new URL('../../../packages/collector/dist/cli.js', import.meta.url));

let clickhouse: TestClickHouse;
/** `host:port` of ClickHouse's HTTP interface: CLICKHOUSE_URL's, or chdb's behind a small HTTP front. */
let server: string;
let stopFront: (() => Promise<void>) | undefined;

beforeAll(async () => {
  clickhouse = await testClickHouse();
  const url = process.env.CLICKHOUSE_URL;
  if (url) {
    server = new URL(url).host;
  } else {
    const front = await serveChdbOverHttp(clickhouse.options('front').connection as never);
    server = new URL(front.url).host;
    stopFront = front.close;
  }
});
afterAll(async () => {
  await stopFront?.();
  await clickhouse.remove();
});

/** Runs the CLI without blocking this process (chdb answers the CLI's queries from here). */
function cairn(args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('exit', (status) => resolve({ status, stdout, stderr }));
  });
}

/** `clickhouse://` URL of a store of its own, with credentials (a server without users ignores them; chdb's front too). */
function storeUrl(store: string): string {
  const database = clickhouse.options(store).database!;
  const user = process.env.CLICKHOUSE_USER ?? 'default';
  const password = process.env.CLICKHOUSE_PASSWORD ?? '';
  return `clickhouse://${encodeURIComponent(user)}${password ? `:${encodeURIComponent(password)}` : ''}@${server}/${database}`;
}

describe.skipIf(!existsSync(BUILT))('cairn serve / report --db clickhouse://', () => {
  it('serve stores posted events once (retries are duplicates), report reads the same store', async () => {
    const db = storeUrl('cli');
    const child = spawn(process.execPath, [CLI, 'serve', '--port', '0', '--db', db, '--api'], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    const url = await new Promise<string>((resolve, reject) => {
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
        const match = stderr.match(/listening on (http:\/\/\S+)/);
        if (match) resolve(match[1]!);
      });
      child.once('exit', (code) => reject(new Error(`serve exited with ${code}: ${stderr}`)));
    });
    const events = shopJourneys('clickhouse-cli');
    const body = batchBody(events, events[events.length - 1]!.ts);
    expect((await post(`${url}/collect`, body)).json).toMatchObject({ accepted: events.length, duplicates: 0 });
    // The tracker resends a batch it got no answer for: nothing is stored twice.
    expect((await post(`${url}/collect`, body)).json).toMatchObject({ accepted: 0, duplicates: events.length });
    const live = (await (await fetch(`${url}/api/report`)).json()) as Report;
    expect(live.totals).toMatchObject({ events: events.length, visitors: 3, conversions: 1, revenue: 120 });

    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    child.kill('SIGINT');
    expect(await exited).toBe(0);
    expect(stderr).toContain(`${events.length} events stored, ${events.length} duplicates`);
    if (process.env.CLICKHOUSE_PASSWORD) expect(stderr).not.toContain(process.env.CLICKHOUSE_PASSWORD);

    const json = await cairn(['report', '--db', db, '--format', 'json']);
    expect(json.status).toBe(0);
    expect(JSON.parse(json.stdout)).toEqual(live);
    const table = await cairn(['report', '--db', db]);
    expect(table.stdout).toContain('Checkout funnel');
  });

  it('report names a store that does not exist and exits 1', async () => {
    const missing = await cairn(['report', '--db', storeUrl('never-written')]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/no table .*events/);
  });

  it('serve refuses a URL it cannot use, before listening', async () => {
    const bad = await cairn(['serve', '--port', '0', '--db', 'clickhouse://host:8123/a/b']);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/one database/);
  });
});
