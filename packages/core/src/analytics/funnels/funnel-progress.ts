import type { FunnelOrder } from './funnel-result.js';
import { appended } from '../../arrays/appended.js';

/** A chain: a run through the funnel, from its step-1 event. */
interface Chain {
  start: number;
  /** Time of each step reached, step 1 first. */
  times: number[];
}

/**
 * One person's way through one funnel, event by event (PostHog's algorithm, `funnel-udf`):
 * for each step it keeps the newest chain that reached it; an event of step k extends the
 * chain of step k−1 when that chain started at most `windowMs` before. The person's result is
 * the furthest step any chain reached, with that chain's step times.
 */
export class FunnelProgress {
  /** Furthest step reached (0-based), −1 for none. */
  best = -1;
  /** Step times of the chain that reached `best`. */
  bestTimes: number[] = [];
  /** The breakdown value at the person's first step-1 event (first touch). */
  breakdown: string | null = null;
  private readonly chains: (Chain | null)[];
  /** `any` order: the latest time each step was done. */
  private readonly lastDone: number[];

  constructor(
    private readonly steps: number,
    private readonly windowMs: number,
    private readonly order: FunnelOrder,
    /** Steps that may be skipped (`FunnelStep.optional`), by index. */
    private readonly optional: readonly boolean[] = [],
  ) {
    this.chains = new Array<Chain | null>(steps).fill(null);
    this.lastDone = new Array<number>(steps).fill(Number.NaN);
  }

  /**
   * Takes one event: `matched[k]` says whether it does step k. `relevant` is false for events
   * that strict order ignores (`identify`, `vital`). Returns true when the event started the
   * person's first chain (so the caller records the breakdown value).
   */
  step(matched: readonly boolean[], at: number, relevant: boolean): boolean {
    if (this.order === 'any') return this.stepAnyOrder(matched, at);
    const outside = this.best < 0;
    const advanced: (Chain | null)[] = this.order === 'strict' ? new Array<Chain | null>(this.steps).fill(null) : [];
    for (let k = this.steps - 1; k >= 1; k--) {
      if (!matched[k]) continue;
      const previous = this.before(k, at);
      if (previous === null) continue;
      const current = this.chains[k];
      if (current && current.start > previous.start) continue;
      const chain: Chain = { start: previous.start, times: appended(previous.times, at) };
      this.chains[k] = chain;
      if (this.order === 'strict') advanced[k] = chain;
      if (k > this.best) {
        this.best = k;
        this.bestTimes = chain.times;
      }
    }
    if (matched[0]) {
      const chain: Chain = { start: at, times: [at] };
      this.chains[0] = chain;
      if (this.order === 'strict') advanced[0] = chain;
      if (this.best < 0) {
        this.best = 0;
        this.bestTimes = chain.times;
      }
    }
    // Strict order: a relevant event that was not the next step breaks every chain it did not extend.
    if (this.order === 'strict' && relevant) for (let k = 0; k < this.steps; k++) this.chains[k] = advanced[k] ?? null;
    // The first entry: whatever step this event reached (optional first steps are reached through later ones).
    return outside && this.best >= 0;
  }

  /**
   * The chain an event of step k extends, as it stands at step k−1: the chain at k−1 if it is inside
   * its window; past optional steps, an earlier one, the skipped steps reached now; when every earlier
   * step is optional and no chain runs, a new one that starts now. `null`: the event extends nothing.
   */
  private before(k: number, at: number): Chain | null {
    for (let j = k - 1; j >= 0; j--) {
      const chain = this.chains[j];
      if (chain && at - chain.start <= this.windowMs) {
        return j === k - 1 ? chain : { start: chain.start, times: chain.times.concat(new Array<number>(k - 1 - j).fill(at)) };
      }
      if (this.optional[j] !== true) return null;
    }
    return { start: at, times: new Array<number>(k).fill(at) };
  }

  private stepAnyOrder(matched: readonly boolean[], at: number): boolean {
    const firstEntry = this.best < 0 && matched.some(Boolean);
    for (let k = 0; k < this.steps; k++) if (matched[k]) this.lastDone[k] = at;
    const inWindow = this.lastDone.filter((t) => at - t <= this.windowMs).sort((a, b) => a - b);
    if (inWindow.length - 1 > this.best) {
      this.best = inWindow.length - 1;
      this.bestTimes = inWindow;
    }
    return firstEntry;
  }

  /**
   * An exclusion event between steps `from` and `to` (0-based): every chain still inside its
   * window that reached `from` but not `to` is dropped, and the result falls back to what the
   * remaining chains reached. A person whose every chain was excluded is not in the funnel.
   * In `any` order the exclusion voids the steps done inside the window, and a person who had
   * not completed the funnel yet is out of it.
   */
  exclude(from: number, to: number, at: number): void {
    if (this.order === 'any') {
      // Unordered funnels have no "between": the exclusion voids what is inside the window.
      for (let k = 0; k < this.steps; k++) if (at - (this.lastDone[k] as number) <= this.windowMs) this.lastDone[k] = Number.NaN;
      if (this.best < this.steps - 1) {
        this.best = -1;
        this.bestTimes = [];
      }
      return;
    }
    let dropped = false;
    for (let k = from; k < to && k < this.steps; k++) {
      const chain = this.chains[k];
      if (chain && at - chain.start <= this.windowMs) {
        this.chains[k] = null;
        dropped = true;
      }
    }
    if (!dropped || this.best < from || this.best >= to) return;
    this.best = -1;
    this.bestTimes = [];
    for (let k = Math.min(to, this.steps) - 1; k >= 0; k--) {
      const chain = this.chains[k];
      if (chain) {
        this.best = k;
        this.bestTimes = chain.times;
        break;
      }
    }
  }
}
