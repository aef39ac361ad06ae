/**
 * What the pages say they tracked: with `data-debug`, cairn.js logs every accepted event as
 * `[cairn] queued <type> <name> <id>` and every drop as `[cairn] dropped …`. Every visitor's pages
 * report here (engine/engine.ts `PageSink`), including tabs that later crash or close.
 */
import type { PageSink } from './engine/engine.js';

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

export class TrackerLog implements PageSink {
  /** Every event a page accepted, by id, in the order logged. */
  readonly tracked = new Map<string, TrackedEvent>();
  /** How many times each id was queued (more than once only for ids derived from data, like orders). */
  readonly queuedTimes = new Map<string, number>();
  /** Every `dropped` line, as logged. */
  readonly dropped: string[] = [];
  /** Uncaught errors of any page, by message. */
  readonly pageErrors: string[] = [];
  /** Requests to the endpoint, by every page of the attached contexts (whatever their fate). */
  collectRequests = 0;

  /** A console line of any page of the scenario (the sink every engine's visitors report to). */
  console(type: string, text: string): void {
    if (type !== 'debug') return;
    const queued = QUEUED.exec(text);
    if (queued) {
      const [, kind, name, id] = queued as unknown as [string, string, string, string];
      this.tracked.set(id, { type: kind, name, id });
      this.queuedTimes.set(id, (this.queuedTimes.get(id) ?? 0) + 1);
      return;
    }
    const dropped = DROPPED.exec(text);
    if (dropped) this.dropped.push(dropped[1] ?? '');
  }

  pageError(message: string): void {
    this.pageErrors.push(message);
  }

  collectRequest(): void {
    this.collectRequests++;
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
