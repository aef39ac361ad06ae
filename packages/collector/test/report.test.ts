import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '@cairn/core';
import { buildReport, createServer, DuckDbSink, formatTextReport, renderHtmlReport, parseRange, type RunningServer } from '../src/index.js';
import { progressReporter } from '../src/report/progress.js';
import { batchBody } from './support/events.js';
import { shopJourneys } from './support/journey.js';
import { post } from './support/post.js';
import { tempDir } from './support/temp-dir.js';

const dir = tempDir();
const db = `${dir.path}/shop.duckdb`;
const events = shopJourneys('shop');
let server: RunningServer;
let report: Report;

// The batch arrives 50 ms after it was sent, by a clock that agrees with the client's.
const sentAt = events[events.length - 1]!.ts + 1_000;

beforeAll(async () => {
  server = await createServer({ port: 0, db, api: true, now: () => sentAt + 50 });
  const answer = await post(`${server.url}/collect`, batchBody(events, sentAt));
  expect(answer.json).toMatchObject({ accepted: events.length, rejected: [] });
  const res = await fetch(`${server.url}/api/report`);
  expect(res.status).toBe(200);
  report = (await res.json()) as Report;
});

afterAll(async () => {
  await server?.close();
  dir.remove();
});

describe('round trip: post → store → report', () => {
  it('GET /api/report analyses exactly the stored events', () => {
    expect(report.totals.events).toBe(events.length);
    expect(report.totals.visitors).toBe(3);
    expect(report.totals.conversions).toBe(1);
    expect(report.totals.revenue).toBe(120);
    expect(report.checkoutFunnel.steps.map((s) => s.entered)).toEqual([2, 2, 2, 1]);
    expect(report.kpis.nps.overall).toMatchObject({ responses: 1, promoters: 1, score: 100 });
    expect(report.channels.map((c) => c.channel)).toEqual(expect.arrayContaining(['Paid Search', 'Email']));
  });

  it('filters by time with from/to and refuses bad ones', async () => {
    const after = new Date(events[8]!.ts).toISOString();
    const later = (await (await fetch(`${server.url}/api/report?from=${encodeURIComponent(after)}`)).json()) as Report;
    expect(later.totals.events).toBeLessThan(events.length);
    expect(later.totals.events).toBeGreaterThan(0);
    expect((await fetch(`${server.url}/api/report?from=yesterday`)).status).toBe(400);
  });

  it('GET /api/events lists the latest events with their stage, rule and channel', async () => {
    const res = (await (await fetch(`${server.url}/api/events?limit=3`)).json()) as { events: Record<string, unknown>[] };
    expect(res.events).toHaveLength(3);
    for (const event of res.events) expect(event).toHaveProperty('receivedAt');
    const all = (await (await fetch(`${server.url}/api/events?limit=100`)).json()) as { events: Record<string, unknown>[] };
    const pricing = all.events.find((e) => e.name === '/pricing')!;
    expect(pricing).toMatchObject({ stage: 'consideration', device: 'bot' });
    expect(typeof pricing.ruleId).toBe('string');
    expect(all.events.find((e) => e.id === 'shop-1')!.channel).toBe('Paid Search');
  });
});

describe('report formats', () => {
  it('text: every section, aligned', () => {
    const text = formatTextReport(report);
    for (const title of ['Stage funnel', 'Checkout funnel', 'Visitors by current stage', 'Channels', 'Attribution: last-non-direct', 'Surveys by stage', 'Stage transitions', 'Top paths']) {
      expect(text).toContain(title);
    }
    expect(text).toMatch(/payment\s+2\s+100\.0%/);
  });

  it('html: one self-contained file, charts as inline SVG, data escaped', () => {
    const hostile = structuredClone(report);
    hostile.topPaths.rows[0]!.path = ['/<script>alert(1)</script>', '/"onload="x'];
    const html = renderHtmlReport(hostile, { generatedAt: Date.UTC(2026, 10, 23), source: 'shop.duckdb' });
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html.match(/<svg /g)?.length).toBeGreaterThanOrEqual(6);
    for (const external of [/<script(?![^>]*application\/json)/, /<link /, /\bsrc=/, /url\(/, /@import/, /https?:\/\/(?!www\.w3\.org)/]) {
      expect(html).not.toMatch(external);
    }
    // The page named <script>… shows as text, never as markup.
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('/&quot;onload=&quot;x');
    const embedded = html.match(/<script type="application\/json" id="cairn-report">(.*?)<\/script>/s)?.[1];
    expect(JSON.parse(embedded!)).toEqual(hostile);
  });

  it('html: a checkout step nobody dropped off after reads 0, not −0', () => {
    const none = structuredClone(report);
    for (const step of none.checkoutFunnel.steps) Object.assign(step, { dropOff: 0, dropOffRate: 0 });
    const html = renderHtmlReport(none, { generatedAt: Date.UTC(2026, 10, 23), source: 'shop.duckdb' });
    expect(html).not.toContain('>−0<');
    expect(html).toContain('>0<');
  });
});

describe('buildReport', () => {
  it('streams the store into analyze and reports progress', async () => {
    const copy = `${dir.path}/copy.duckdb`;
    const sink = new DuckDbSink({ path: copy });
    await sink.init();
    const stored = (await server.collector(new Request('http://localhost/api/events?limit=1000')).then((r) => r.json())) as { events: Parameters<typeof sink.append>[0] };
    await sink.append(stored.events);
    const seen: [number, number][] = [];
    const direct = await buildReport(sink, { onProgress: (read, total) => seen.push([read, total]) });
    await sink.close();
    expect(direct.totals).toEqual(report.totals);
    expect(seen[0]).toEqual([0, events.length]);
    expect(seen[seen.length - 1]).toEqual([events.length, events.length]);
  });

  it('shows progress only after a second, then at most every 250 ms', () => {
    let clock = 0;
    const lines: string[] = [];
    const progress = progressReporter('reading events', { write: (t) => lines.push(t), interactive: false, everyMs: 250, now: () => clock });
    progress.update(10, 100);
    clock = 900;
    progress.update(50, 100);
    expect(lines).toEqual([]);
    clock = 1100;
    progress.update(60, 100);
    clock = 1200;
    progress.update(70, 100);
    clock = 1400;
    progress.update(100, 100);
    progress.finish();
    expect(lines).toEqual(['reading events: 60 / 100 (60%)\n', 'reading events: 100 / 100 (100%)\n', 'reading events: 100 / 100 (100%), done in 1.4 s\n']);
  });

  it('parses ranges: epoch ms, ISO, whole days for to', () => {
    expect(parseRange('1700000000000', null)).toEqual({ ok: true, range: { from: 1700000000000 } });
    expect(parseRange('2026-11-01', '2026-11-30')).toEqual({ ok: true, range: { from: Date.UTC(2026, 10, 1), to: Date.UTC(2026, 11, 1) } });
    expect(parseRange(null, '2026-11-30T12:00:00Z')).toEqual({ ok: true, range: { to: Date.UTC(2026, 10, 30, 12) } });
    expect(parseRange('2026-12-01', '2026-11-01').ok).toBe(false);
    expect(parseRange('soon', null).ok).toBe(false);
  });

  it('refuses a date that does not exist instead of rolling it over (2026-02-30 was read as March 2)', () => {
    expect(parseRange('2026-02-30', null).ok).toBe(false);
    expect(parseRange(null, '2026-04-31').ok).toBe(false);
    expect(parseRange('2026-02-30T10:00:00Z', null).ok).toBe(false);
    expect(parseRange('2028-02-29', null)).toEqual({ ok: true, range: { from: Date.UTC(2028, 1, 29) } });
  });
});
