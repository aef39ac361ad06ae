import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, describe, expect, it } from 'vitest';
import { createCollector, createServer } from '../src/index.js';
import { FuzzBodies, type FuzzCase } from './support/fuzz-bodies.js';
import { tempDir } from './support/temp-dir.js';

const dir = tempDir();
afterAll(() => dir.remove());

interface Answer {
  status: number;
  json: { accepted?: number; duplicates?: number; rejected?: { index: number }[] } | null;
}

/** Checks one answer against the case's expectation; returns the ids it acknowledged as stored. */
function check(c: FuzzCase, answer: Answer, resent: boolean): void {
  const where = `${c.label} → ${answer.status} ${JSON.stringify(answer.json).slice(0, 300)}`;
  if (c.expect.kind === 'refused') {
    expect(answer.status >= 400 && answer.status < 500, where).toBe(true);
    return;
  }
  expect(answer.status, where).toBe(200);
  const { goodIds, badIndexes } = c.expect;
  expect(answer.json?.accepted, where).toBe(resent ? 0 : goodIds.length);
  expect(answer.json?.duplicates, where).toBe(resent ? goodIds.length : 0);
  expect(answer.json?.rejected?.map((r) => r.index), where).toEqual(badIndexes);
}

async function storedIds(path: string): Promise<string[]> {
  const instance = await DuckDBInstance.create(path);
  const connection = await instance.connect();
  const rows = (await connection.runAndReadAll('SELECT id FROM events')).getRows().map((r) => String(r[0]));
  connection.closeSync();
  instance.closeSync();
  return rows;
}

async function runCases(
  send: (c: FuzzCase) => Promise<Answer>,
  bodies: FuzzBodies,
  total: number,
  parallel: number,
): Promise<{ good: Set<string>; cases: number }> {
  const good = new Set<string>();
  const sent: FuzzCase[] = [];
  let cases = 0;
  while (cases < total) {
    const fresh = Array.from({ length: Math.min(parallel, total - cases) }, () => bodies.nextCase());
    // Retries of batches acknowledged in earlier rounds: every good id must come back as a duplicate.
    const retries = sent.filter((_, i) => i % 37 === cases % 37).slice(0, 3);
    const answers = await Promise.all([...fresh, ...retries].map(send));
    fresh.forEach((c, i) => check(c, answers[i]!, false));
    retries.forEach((c, i) => check(c, answers[fresh.length + i]!, true));
    for (const c of fresh) {
      if (c.expect.kind !== 'batch') continue;
      for (const id of c.expect.goodIds) good.add(id);
      if (c.expect.goodIds.length > 0) sent.push(c);
    }
    cases += fresh.length + retries.length;
  }
  return { good, cases };
}

describe('fuzz: random and malformed bodies', () => {
  it('through the Web handler: 10,000 bodies, no crash, no bad event stored, no good one dropped', async () => {
    const db = `${dir.path}/handler.duckdb`;
    const collector = createCollector({ db, rateLimit: false });
    const bodies = new FuzzBodies(20261123, 'fz-handler');
    const send = async (c: FuzzCase): Promise<Answer> => {
      const response = await collector(
        new Request('http://127.0.0.1/collect', { method: 'POST', body: c.body, headers: { 'content-type': c.contentType } }),
      );
      const text = await response.text();
      return { status: response.status, json: text ? (JSON.parse(text) as Answer['json']) : null };
    };
    const { good, cases } = await runCases(send, bodies, 10_000, 250);
    expect(cases).toBeGreaterThanOrEqual(10_000);
    const stats = collector.stats();
    expect(stats.errors).toBe(0);
    expect(stats.accepted).toBe(good.size);
    await collector.close();
    const stored = await storedIds(db);
    expect(stored.length).toBe(good.size);
    expect(new Set(stored)).toEqual(good);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  }, 300_000);

  it('over real HTTP: 600 bodies, then the server still answers', async () => {
    const db = `${dir.path}/http.duckdb`;
    const server = await createServer({ port: 0, db, rateLimit: false });
    const bodies = new FuzzBodies(7, 'fz-http');
    const send = async (c: FuzzCase): Promise<Answer> => {
      const response = await fetch(`${server.url}/collect`, { method: 'POST', body: c.body, headers: { 'content-type': c.contentType } });
      const text = await response.text();
      return { status: response.status, json: text ? (JSON.parse(text) as Answer['json']) : null };
    };
    const { good } = await runCases(send, bodies, 600, 20);
    expect((await fetch(`${server.url}/health`)).status).toBe(200);
    expect(server.collector.stats().errors).toBe(0);
    await server.close();
    expect(new Set(await storedIds(db))).toEqual(good);
  }, 120_000);
});
