/**
 * One scenario's world: a fresh demo server (collector + DuckDB file in a temp folder + shop),
 * one browser of the run's engine (`CAIRN_E2E_BROWSER`), the tracker's own log of what it accepted,
 * and a counter of what reached the store. `finish()` tears it down, reads the DuckDB file and
 * records the scenario's tally row.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';
import { startDemo, type Demo } from '../../server/demo.mjs';
import type { Engine, Visitor } from './engine/engine.js';
import { launchEngine } from './engine/launch.js';
import { ReceivedCounter } from './received.js';
import { readStoredEvents, type StoredEvents } from './stored-events.js';
import { appendTally, type TallyRow } from './tally.js';
import { TrackerLog } from './tracker-log.js';

declare module 'vitest' {
  export interface ProvidedContext {
    tallyFile: string;
  }
}

export interface ScenarioOptions {
  /** Extra `data-*` attributes of the shop's script tag (debug and a 250 ms flush interval are set already). */
  tracker?: Record<string, string | number | boolean>;
  /** Extra `createCollector` options. */
  collector?: Record<string, unknown>;
}

export interface Outcome {
  tally: TallyRow;
  stored: StoredEvents;
  /** Tracked ids missing from the store (reported drops included). */
  missing: string[];
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export class Scenario {
  readonly log = new TrackerLog();
  private readonly visitors: Visitor[] = [];
  /** Assertions or parts this engine cannot reach, with the reason: listed in the tally, never a pass. */
  private readonly skips: string[] = [];
  private finished = false;

  private constructor(
    readonly name: string,
    readonly demo: Demo,
    readonly engine: Engine,
    readonly received: ReceivedCounter,
    private readonly dir: string,
    private readonly acknowledged: Set<string>,
  ) {}

  static async open(name: string, options: ScenarioOptions = {}): Promise<Scenario> {
    const dir = mkdtempSync(join(tmpdir(), 'cairn-e2e-'));
    const acknowledged = new Set<string>();
    const counter = new ReceivedCounter();
    const demo = await startDemo({
      db: join(dir, 'events.duckdb'),
      quiet: true,
      tracker: { debug: true, 'flush-interval': 250, ...options.tracker },
      spaTracker: { debug: true, flushIntervalMs: 250 },
      collector: { rateLimit: false, ...options.collector },
      // Count every batch that reaches the store, and remember which ids it acknowledged.
      wrapCollector: (handler) =>
        counter.wrap(async (request, info) => {
          const body = await request.clone().text().catch(() => '');
          const response = await handler(request, info);
          if (response.status === 200) {
            const answer = (await response.clone().json().catch(() => ({}))) as { rejected?: { id?: string }[] };
            const rejected = new Set((answer.rejected ?? []).map((r) => r.id));
            try {
              for (const e of (JSON.parse(body) as { events?: { id?: string }[] }).events ?? []) {
                if (typeof e.id === 'string' && !rejected.has(e.id)) acknowledged.add(e.id);
              }
            } catch {
              /* unparsable bodies acknowledge nothing */
            }
          }
          return response;
        }),
    });
    const engine = await launchEngine().catch(async (err: unknown) => {
      await demo.close();
      throw err;
    });
    return new Scenario(name, demo, engine, counter, dir, acknowledged);
  }

  /** The shop's base URL, ending in `/`. */
  get shop(): string {
    return this.demo.urls.shop;
  }

  /** A new visitor (its own storage) whose pages report to this scenario's log. */
  async newVisitor(): Promise<Visitor> {
    const visitor = await this.engine.newVisitor(this.log);
    this.visitors.push(visitor);
    return visitor;
  }

  /**
   * Records that this engine cannot reach a part of the scenario (`what`), and why: the tally lists it;
   * the caller leaves that part out. Never a pass.
   */
  skip(what: string, reason: string): void {
    this.skips.push(`${what}: ${reason}`);
  }

  /** Tracked ids the store has not acknowledged yet, leaving out those the tracker reported dropped by id. */
  missing(): string[] {
    const dropped = this.log.droppedIds();
    return [...this.log.tracked.keys()].filter((id) => !this.acknowledged.has(id) && !dropped.has(id));
  }

  /**
   * Waits until every tracked event is acknowledged by the store (or only `allowMissing` are
   * not), then a little longer so late retries (duplicates) are counted too.
   */
  async waitForDelivery({ timeoutMs = 30_000, allowMissing = 0, settleMs = 750 } = {}): Promise<string[]> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline && this.missing().length > allowMissing) await sleep(100);
    await sleep(settleMs);
    return this.missing();
  }

  /** Ids as `type name id` lines, for readable failure messages. */
  explain(ids: readonly string[]): string[] {
    return ids.map((id) => {
      const e = this.log.tracked.get(id);
      return e ? `${e.type} ${e.name} ${id}` : id;
    });
  }

  /** `GET` a JSON API of the collector (the report, the latest events). */
  async api<T>(path: string): Promise<T> {
    const response = await fetch(new URL(path, this.shop));
    if (!response.ok) throw new Error(`${path}: HTTP ${response.status} ${await response.text()}`);
    return (await response.json()) as T;
  }

  /**
   * The whole scenario is out of this engine's reach: records a tally row saying why, tears down, and
   * marks the test skipped (`skip` is vitest's `ctx.skip`). Never a pass.
   */
  async skipAll(reason: string, skip: () => never): Promise<never> {
    this.skip('the whole scenario', reason);
    await this.finish();
    skip();
  }

  /** Closes the browser and the demo, reads the DuckDB file and records the tally row. */
  async finish(note = ''): Promise<Outcome> {
    if (this.finished) throw new Error('finish() called twice');
    this.finished = true;
    await Promise.all(this.visitors.map((v) => v.close().catch(() => {})));
    await this.engine.close();
    await this.demo.close();
    const stored = await readStoredEvents(this.demo.db);
    const storedIds = new Set(stored.events.map((e) => e.id));
    const tracked = [...this.log.tracked.keys()];
    const droppedIds = this.log.droppedIds();
    const missing = tracked.filter((id) => !storedIds.has(id));
    const unexplained = missing.filter((id) => !droppedIds.has(id)).length;
    const dropped = droppedIds.size + this.log.droppedByCount();
    const extra = stored.distinctIds - (tracked.length - missing.length);
    const tally: TallyRow = {
      engine: `${this.engine.name} ${this.engine.version}`,
      scenario: this.name,
      tracked: tracked.length,
      receivedUnique: tracked.length - missing.length,
      // Drops reported by count name no ids: they may explain that many of the missing events.
      lost: Math.max(0, unexplained - this.log.droppedByCount()),
      dropped,
      duplicatesReceived: this.received.duplicateArrivals,
      duplicatesStored: stored.rows - stored.distinctIds,
      requests: this.log.collectRequests,
      note: [note, extra > 0 ? `${extra} stored ids not seen in any console` : ''].filter(Boolean).join('; '),
      skipped: this.skips.join('; '),
    };
    appendTally(inject('tallyFile'), tally);
    rmSync(this.dir, { recursive: true, force: true });
    return { tally, stored, missing };
  }

  /** For `afterAll`: tears down whatever is still open when a test failed half-way. */
  async dispose(): Promise<void> {
    if (this.finished) return;
    this.finished = true;
    await Promise.all(this.visitors.map((v) => v.close().catch(() => {})));
    await this.engine.close().catch(() => {});
    await this.demo.close().catch(() => {});
    rmSync(this.dir, { recursive: true, force: true });
  }
}
