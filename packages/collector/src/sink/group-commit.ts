import type { AppendResult, StoredEvent } from './sink.js';

/** Writes one group of events (ids unique within the group) in one transaction; returns the ids stored. */
export type CommitGroup = (events: StoredEvent[]) => Promise<Set<string>>;

interface Pending {
  events: readonly StoredEvent[];
  resolve: (result: AppendResult) => void;
  reject: (error: unknown) => void;
}

/**
 * Serialises appends to one store and commits the appends that queue up meanwhile together
 * (group commit): one transaction and one fsync for many concurrent requests, and each caller
 * is answered only after the transaction holding its events has committed.
 *
 * Within a group the first occurrence of an id wins, in arrival order, so concurrent batches
 * that share ids are deduplicated exactly. When a group fails and holds more than one append,
 * each append is retried alone, so one bad batch cannot fail its neighbours.
 */
export class GroupCommitQueue {
  private queue: Pending[] = [];
  private running: Promise<void> | null = null;

  constructor(
    private readonly commit: CommitGroup,
    /** Most events per transaction; bigger groups are split. */
    private readonly maxGroupEvents = 20_000,
  ) {}

  append(events: readonly StoredEvent[]): Promise<AppendResult> {
    if (events.length === 0) return Promise.resolve({ inserted: [] });
    return new Promise<AppendResult>((resolve, reject) => {
      this.queue.push({ events, resolve, reject });
      // Start on the next turn of the event loop, not now: requests already read from their
      // sockets in this turn join the group instead of each paying for a commit of its own.
      if (!this.running) this.running = new Promise<void>((started) => setImmediate(started)).then(() => this.drain());
    });
  }

  /** Resolves when every append queued so far has been answered. */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  private async drain(): Promise<void> {
    try {
      while (this.queue.length > 0) {
        const group: Pending[] = [];
        let size = 0;
        while (this.queue.length > 0 && (group.length === 0 || size + this.queue[0]!.events.length <= this.maxGroupEvents)) {
          const next = this.queue.shift()!;
          group.push(next);
          size += next.events.length;
        }
        await this.commitGroup(group);
      }
    } finally {
      this.running = null;
    }
  }

  private async commitGroup(group: Pending[]): Promise<void> {
    const unique = new Map<string, StoredEvent>();
    for (const pending of group) {
      for (const event of pending.events) if (!unique.has(event.id)) unique.set(event.id, event);
    }
    let stored: Set<string>;
    try {
      stored = await this.commit([...unique.values()]);
    } catch (error) {
      if (group.length === 1) {
        group[0]!.reject(error);
        return;
      }
      for (const pending of group) await this.commitGroup([pending]);
      return;
    }
    // Hand each id to the first append that carried it: later carriers see a duplicate.
    const claimed = new Set<string>();
    for (const pending of group) {
      const inserted: string[] = [];
      for (const event of pending.events) {
        if (stored.has(event.id) && !claimed.has(event.id)) {
          claimed.add(event.id);
          inserted.push(event.id);
        }
      }
      pending.resolve({ inserted });
    }
  }
}
