import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type RunningServer } from '../src/index.js';
import { batchBody, pageEvent } from './support/events.js';
import { post } from './support/post.js';
import { tempDir } from './support/temp-dir.js';

// JSON may escape half of a surrogate pair ("\ud83d" without its "\ude00"): JSON.parse gives a
// string that UTF-8 cannot encode. A tracker produces one whenever it cuts a label, name or title in
// the middle of an emoji. DuckDB's read_json refused the staged row ("no low surrogate in string"),
// so the whole batch got a 503 and the sender retried it forever, good events included.

const dir = tempDir();
let server: RunningServer;

beforeAll(async () => {
  server = await createServer({ port: 0, db: `${dir.path}/events.duckdb`, rateLimit: false, api: true });
});

afterAll(async () => {
  await server?.close();
  dir.remove();
});

async function stored(): Promise<Map<string, { name: string; title?: string; props?: Record<string, unknown> }>> {
  const res = await server.collector(new Request('http://localhost/api/events?limit=100'));
  const { events } = (await res.json()) as { events: { id: string; name: string; title?: string; props?: Record<string, unknown> }[] };
  return new Map(events.map((e) => [e.id, e]));
}

describe('strings holding half of a surrogate pair', () => {
  it('are stored with U+FFFD in place of the lone half, and the rest of the batch is kept (200, not 503)', async () => {
    const label = `${'Sale '.repeat(19)}🎉`.slice(0, 96); // cut between the two halves of 🎉
    expect(label.endsWith('\ud83c')).toBe(true);
    const cut = pageEvent({ type: 'cta', name: label, title: 'x\udc00y' });
    const key = pageEvent({ type: 'track', name: 'odd-key', props: { 'k\ud800': ['v\udfff', { deep: '\ud83d' }] } });
    const good = pageEvent({ type: 'track', name: 'emoji 😀 intact' });
    const res = await post(`${server.url}/collect`, batchBody([cut, key, good]));
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ accepted: 3, duplicates: 0, rejected: [] });

    const rows = await stored();
    expect(rows.get(cut.id)?.name).toBe(`${label.slice(0, -1)}\ufffd`);
    expect(rows.get(cut.id)?.title).toBe('x\ufffdy');
    expect(rows.get(key.id)?.props).toEqual({ 'k\ufffd': ['v\ufffd', { deep: '\ufffd' }] });
    expect(rows.get(good.id)?.name).toBe('emoji 😀 intact');

    // A retry of the same batch is answered as duplicates, like any other.
    expect((await post(`${server.url}/collect`, batchBody([cut, key, good]))).json).toMatchObject({ accepted: 0, duplicates: 3 });
  });

  it('leaves an escaped backslash followed by "ud83d" as text', async () => {
    const event = pageEvent({ type: 'track', name: 'path C:\\ud83d' });
    const res = await post(`${server.url}/collect`, batchBody([event]));
    expect(res.json).toMatchObject({ accepted: 1 });
    expect((await stored()).get(event.id)?.name).toBe('path C:\\ud83d');
  });

  it('in an id are refused with a reason: two ids differing only there collided as one after U+FFFD', async () => {
    const first = pageEvent({ id: `lone-${Date.now()}-\ud800` });
    const second = pageEvent({ id: `lone-${Date.now()}-\ud801` });
    const visitor = pageEvent({ anonymousId: 'anon-\udc00' });
    const good = pageEvent();
    const res = await post(`${server.url}/collect`, batchBody([first, second, visitor, good]));
    expect(res.status).toBe(200);
    expect(res.json.accepted).toBe(1);
    expect(res.json.duplicates).toBe(0);
    expect(res.json.rejected.map((r: { index: number }) => r.index)).toEqual([0, 1, 2]);
    for (const rejected of res.json.rejected) expect(rejected.reason).toMatch(/surrogate/);
    expect((await stored()).has(good.id)).toBe(true);
  });
});
