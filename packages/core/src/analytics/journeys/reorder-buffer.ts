import type { CairnEvent } from '../../event/types.js';
import { compareTimed } from './event-time.js';

type Timed = { event: CairnEvent; at: number };

/**
 * A min-heap that puts a nearly ordered stream back in time order: an event is released once
 * an event `windowMs` later has arrived. Memory holds the events of one window, never the log.
 * Events later than that are released as they come (still analysed, just out of order).
 */
export class ReorderBuffer {
  private readonly heap: Timed[] = [];
  private newest = Number.NEGATIVE_INFINITY;

  constructor(private readonly windowMs: number) {}

  /** Adds an event; returns the events now safe to process, in order. */
  push(item: Timed, out: Timed[]): void {
    if (item.at > this.newest) this.newest = item.at;
    this.insert(item);
    const horizon = this.newest - this.windowMs;
    while (this.heap.length > 0 && (this.heap[0] as Timed).at <= horizon) out.push(this.pop());
  }

  /** Everything left, in order. */
  drain(out: Timed[]): void {
    while (this.heap.length > 0) out.push(this.pop());
  }

  get size(): number {
    return this.heap.length;
  }

  private insert(item: Timed): void {
    const h = this.heap;
    h.push(item);
    let i = h.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (compareTimed(h[parent] as Timed, item) <= 0) break;
      h[i] = h[parent] as Timed;
      i = parent;
    }
    h[i] = item;
  }

  private pop(): Timed {
    const h = this.heap;
    const top = h[0] as Timed;
    const last = h.pop() as Timed;
    if (h.length > 0) {
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        if (l >= h.length) break;
        const r = l + 1;
        const c = r < h.length && compareTimed(h[r] as Timed, h[l] as Timed) < 0 ? r : l;
        if (compareTimed(last, h[c] as Timed) <= 0) break;
        h[i] = h[c] as Timed;
        i = c;
      }
      h[i] = last;
    }
    return top;
  }
}
