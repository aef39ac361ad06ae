/**
 * What the pages say they tracked: with `data-debug`, cairn.js logs every accepted event as
 * `[cairn] queued <type> <name> <id>` and every drop as `[cairn] dropped …`. Listening on the
 * browser context catches every tab, including tabs that later crash or close.
 */
import type { BrowserContext, Page } from 'playwright-core';

export interface TrackedEvent {
  type: string;
  name: string;
  id: string;
}

// `<type> <name> <id>`: names may contain spaces; ids are UUIDs, except a purchase's, which is
// `order:<site>:<orderId>` and may contain spaces itself.
const QUEUED = /^\[cairn\] queued (\S+) (.*?) (order:.*|\S+)$/s;
/** Drop lines that name the dropped events' ids: refused by the store, or a batch dropped on a 4xx. */
const DROPPED_WITH_IDS = /^(rejected: |HTTP \d+: )/;
const DROPPED = /^\[cairn\] dropped (.*)$/s;

export class TrackerLog {
  /** Every event a page accepted, by id, in the order logged. */
  readonly tracked = new Map<string, TrackedEvent>();
  /** How many times each id was queued (more than once only for ids derived from data, like orders). */
  readonly queuedTimes = new Map<string, number>();
  /** Every `dropped` line, as logged. */
  readonly dropped: string[] = [];
  /** Uncaught errors of any page (`pageerror`). */
  readonly pageErrors: Error[] = [];
  /** Requests to the endpoint, by every page of the attached contexts (whatever their fate). */
  collectRequests = 0;

  attach(context: BrowserContext): void {
    // CAIRN_E2E_VERBOSE=1 echoes every console line and endpoint request, timestamped.
    if (process.env.CAIRN_E2E_VERBOSE) {
      const t0 = Date.now();
      const say = (line: string) => console.log(`+${((Date.now() - t0) / 1000).toFixed(2)}s ${line}`);
      context.on('console', (msg) => say(`console.${msg.type()} ${msg.text().slice(0, 160)}`));
      context.on('requestfinished', (r) => void r.response().then((res) => say(`${r.method()} ${r.url()} → ${res?.status()}`)));
      context.on('requestfailed', (r) => say(`${r.method()} ${r.url()} ✗ ${r.failure()?.errorText}`));
      context.on('weberror', (e) => say(`pageerror ${e.error().stack ?? e.error().message}`));
    }
    context.on('console', (msg) => {
      if (msg.type() !== 'debug') return;
      const text = msg.text();
      const queued = QUEUED.exec(text);
      if (queued) {
        const [, type, name, id] = queued as unknown as [string, string, string, string];
        this.tracked.set(id, { type, name, id });
        this.queuedTimes.set(id, (this.queuedTimes.get(id) ?? 0) + 1);
        return;
      }
      const dropped = DROPPED.exec(text);
      if (dropped) this.dropped.push(dropped[1] ?? '');
    });
    const watch = (page: Page) => page.on('pageerror', (err) => this.pageErrors.push(err));
    context.pages().forEach(watch);
    context.on('page', watch);
    context.on('request', (request) => {
      if (request.method() === 'POST' && new URL(request.url()).pathname === '/collect') this.collectRequests++;
    });
  }

  /** Tracked ids the tracker reported dropped by id (store refused them, or a 4xx dropped their batch). */
  droppedIds(): Set<string> {
    const lines = this.dropped.filter((line) => DROPPED_WITH_IDS.test(line));
    return new Set([...this.tracked.keys()].filter((id) => lines.some((line) => line.includes(id))));
  }

  /** Events dropped by count (`<n> events: maxQueue | maxAge | tooLarge`). */
  droppedByCount(): number {
    return this.dropped.reduce((n, line) => n + Number(/^(\d+) events: /.exec(line)?.[1] ?? 0), 0);
  }

  /** Tracked events of one type (and name). */
  ofType(type: string, name?: string): TrackedEvent[] {
    return [...this.tracked.values()].filter((e) => e.type === type && (name === undefined || e.name === name));
  }
}
