import type { CairnEvent } from '../../event/types.js';
import { compareEventsAt } from './event-time.js';

/**
 * A min-heap that puts a nearly ordered stream back in time order: an event is released once
 * an event `windowMs` later has arrived. Memory holds the events of one window, never the log.
 * Events later than that are released as they come (still analysed, just out of order).
 *
 * Events and their corrected times sit in two parallel arrays (the times unboxed), and released
 * events go straight to `release`: no `{ event, at }` object per event and no list of ready
 * events in between (a million of each for a million-event stream).
 */
export class ReorderBuffer {
  private readonly events: CairnEvent[] = [];
  private readonly times: number[] = [];
  private newest = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly windowMs: number,
    private readonly release: (event: CairnEvent, at: number) => void,
  ) {}

  /** Adds an event; releases, in order, the events now safe to process. */
  push(event: CairnEvent, at: number): void {
    if (at > this.newest) this.newest = at;
    this.insert(event, at);
    const horizon = this.newest - this.windowMs;
    while (this.events.length > 0 && (this.times[0] as number) <= horizon) this.releaseFirst();
  }

  /** Releases everything left, in order. */
  drain(): void {
    while (this.events.length > 0) this.releaseFirst();
  }

  get size(): number {
    return this.events.length;
  }

  private insert(event: CairnEvent, at: number): void {
    const events = this.events;
    const times = this.times;
    events.push(event);
    times.push(at);
    let i = events.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (compareEventsAt(times[parent] as number, events[parent] as CairnEvent, at, event) <= 0) break;
      events[i] = events[parent] as CairnEvent;
      times[i] = times[parent] as number;
      i = parent;
    }
    events[i] = event;
    times[i] = at;
  }

  /** Pops the earliest event and hands it to `release`. */
  private releaseFirst(): void {
    const events = this.events;
    const times = this.times;
    const top = events[0] as CairnEvent;
    const topAt = times[0] as number;
    const last = events.pop() as CairnEvent;
    const lastAt = times.pop() as number;
    const n = events.length;
    if (n > 0) {
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        if (l >= n) break;
        const r = l + 1;
        const c =
          r < n && compareEventsAt(times[r] as number, events[r] as CairnEvent, times[l] as number, events[l] as CairnEvent) < 0 ? r : l;
        if (compareEventsAt(lastAt, last, times[c] as number, events[c] as CairnEvent) <= 0) break;
        events[i] = events[c] as CairnEvent;
        times[i] = times[c] as number;
        i = c;
      }
      events[i] = last;
      times[i] = lastAt;
    }
    this.release(top, topAt);
  }
}
