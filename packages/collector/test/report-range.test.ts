import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, parseRange, type RunningServer } from '../src/index.js';
import { tempDir } from './support/temp-dir.js';

// /api/report?from=9999999999999999999999 answered 500 (DuckDB: bigint out of range), though a 5xx
// must mean the store failed; from=-1 went through Date.parse's legacy formats and read as 2001-01-01.

const dir = tempDir();
let server: RunningServer;
beforeAll(async () => {
  server = await createServer({ port: 0, db: `${dir.path}/events.duckdb`, api: true });
});
afterAll(async () => {
  await server?.close();
  dir.remove();
});

describe('report ranges out of bounds', () => {
  it.each([
    ['from', '9999999999999999999999'],
    ['to', '9999999999999999999999'],
    ['from', '-1'],
    ['to', '-86400000'],
    ['from', '1e22'],
    ['from', '8640000000000001'],
    ['from', 'Tue, 01 Nov 2026 10:00:00'],
    ['to', '2026-11-01T25:00'],
    ['from', '+275760-09-13'],
  ])('%s=%s is a 400 with a reason', async (key, value) => {
    const res = await fetch(`${server.url}/api/report?${key}=${encodeURIComponent(value)}`);
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: string };
    expect(body.error).toMatch(new RegExp(`^${key} `));
  });

  it('still reads epoch ms from 0, ISO dates and date-times with or without an offset', () => {
    expect(parseRange('0', '1700000000000')).toEqual({ ok: true, range: { from: 0, to: 1700000000000 } });
    expect(parseRange('2026-11-01T09:00:00.5+01:00', null)).toEqual({ ok: true, range: { from: Date.UTC(2026, 10, 1, 8, 0, 0, 500) } });
    expect(parseRange('2026-11-01 09:00Z', null)).toEqual({ ok: true, range: { from: Date.UTC(2026, 10, 1, 9) } });
    expect(parseRange(null, '2026-11-30').ok).toBe(true);
  });

  it('echoes at most a clipped piece of what it was given', () => {
    const result = parseRange('x'.repeat(100_000), null);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.error.length).toBeLessThan(300);
  });
});
