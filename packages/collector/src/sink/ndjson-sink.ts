import { createReadStream } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { GroupCommitQueue } from './group-commit.js';
import type { AppendResult, Sink, StoredEvent, TimeRange } from './sink.js';

/** Options of {@link NdjsonSink}. */
export interface NdjsonSinkOptions {
  /** The file: one JSON {@link StoredEvent} per line, appended to; created when missing. */
  path: string;
  /**
   * Only read (what `cairn report` does): the file must exist and is never changed, and a last line
   * without a newline is read when it is complete JSON (another tool's file) and skipped when not (a
   * group the writer has not finished). `append` rejects. Default `false`.
   */
  readOnly?: boolean;
}

/**
 * A {@link Sink} that appends one JSON object per line to a file, for piping into other tools
 * (`jq`, `duckdb -c "from read_json('events.ndjson')"`, a log shipper).
 *
 * Every group of concurrent appends is written with one `write` and made durable with one
 * `fdatasync` before anyone is answered. Every stored id is kept in memory (read back from the
 * file at `init`), so dedupe is exact across restarts; a line torn by a crash (never
 * acknowledged, since it was not synced) is cut off at `init` (not with `readOnly`).
 */
export class NdjsonSink implements Sink {
  private file: FileHandle | null = null;
  private readonly ids = new Set<string>();
  private readonly queue = new GroupCommitQueue((events) => this.commit(events));
  private closed = false;

  constructor(private readonly options: NdjsonSinkOptions) {}

  async init(): Promise<void> {
    this.file = await open(this.options.path, this.options.readOnly ? 'r' : 'a+');
    if (this.options.readOnly) return;
    const { size } = await this.file.stat();
    let goodBytes = 0;
    let lineNumber = 0;
    for await (const { line, end } of lines(this.options.path, size)) {
      lineNumber++;
      // Only a store's own torn tail is cut off: a file that is not a store (package.json, another
      // tool's log) is refused before anything is changed or appended.
      if (!end) {
        if (!line.startsWith('{')) await this.refuse(`its last line (${lineNumber}) is not the start of an event`);
        break; // the torn tail of a crashed write
      }
      goodBytes += Buffer.byteLength(line) + 1;
      if (line.trim() === '') continue;
      const id = storedIdOf(line);
      if (id === null) await this.refuse(`line ${lineNumber} is not a stored event`);
      this.ids.add(id!);
    }
    if (goodBytes < size) await this.file.truncate(goodBytes);
  }

  private async refuse(why: string): Promise<never> {
    await this.file?.close().catch(() => undefined);
    this.file = null;
    this.ids.clear();
    throw new Error(`${this.options.path} does not look like a Cairn store (${why}); refusing to change it. Give --db a new file or one written by Cairn`);
  }

  append(events: readonly StoredEvent[]): Promise<AppendResult> {
    if (this.closed) return Promise.reject(new Error('the NDJSON sink is closed'));
    if (this.options.readOnly) return Promise.reject(new Error('the NDJSON sink is read-only'));
    return this.queue.append(events);
  }

  async *scan(range: TimeRange = {}): AsyncIterable<StoredEvent> {
    const { size } = await this.handle().stat();
    const events: StoredEvent[] = [];
    for await (const { line, end } of lines(this.options.path, size)) {
      const event = this.eventOf(line, end);
      if (event && inRange(event.correctedTs, range)) events.push(event);
    }
    // The file is in arrival order; reports want event order.
    events.sort((a, b) => a.correctedTs - b.correctedTs || (a.seq ?? 0) - (b.seq ?? 0) || (a.id < b.id ? -1 : 1));
    yield* events;
  }

  async count(range: TimeRange = {}): Promise<number> {
    let n = 0;
    for await (const event of this.scan(range)) if (event) n++;
    return n;
  }

  async latest(limit: number): Promise<StoredEvent[]> {
    const all: StoredEvent[] = [];
    const { size } = await this.handle().stat();
    for await (const { line, end } of lines(this.options.path, size)) {
      const event = this.eventOf(line, end);
      if (event) all.push(event);
    }
    return all.slice(Math.max(0, all.length - limit)).reverse();
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.queue.idle();
    await this.file?.close();
    this.file = null;
  }

  /**
   * The event of a line, or `null` for an empty line and for a last line without its newline: the
   * writer cuts that one off at `init` (torn by a crash, never acknowledged); a reader takes it only
   * when it is complete JSON, since it must not change the file and may be reading while a group is
   * being written.
   */
  private eventOf(line: string, end: boolean): StoredEvent | null {
    if (line.length === 0) return null;
    if (end) return JSON.parse(line) as StoredEvent;
    if (!this.options.readOnly) return null;
    try {
      return JSON.parse(line) as StoredEvent;
    } catch {
      return null;
    }
  }

  private handle(): FileHandle {
    if (!this.file) throw new Error('the NDJSON sink is not open: call init() first');
    return this.file;
  }

  private async commit(events: StoredEvent[]): Promise<Set<string>> {
    const fresh = events.filter((event) => !this.ids.has(event.id));
    if (fresh.length === 0) return new Set();
    const file = this.handle();
    const text = fresh.map((event) => JSON.stringify(event)).join('\n') + '\n';
    const { size } = await file.stat();
    try {
      await file.write(text);
      await file.datasync();
    } catch (error) {
      // Leave no partial group behind: nobody will be told it was stored.
      await file.truncate(size).catch(() => undefined);
      throw error;
    }
    const ids = new Set<string>();
    for (const event of fresh) {
      this.ids.add(event.id);
      ids.add(event.id);
    }
    return ids;
  }
}

/** The file's lines up to `size` bytes, each with whether it ended with a newline. */
async function* lines(path: string, size: number): AsyncIterable<{ line: string; end: boolean }> {
  if (size === 0) return;
  const stream = createReadStream(path, { start: 0, end: size - 1, encoding: 'utf8' });
  let last = '';
  let pending: string | null = null;
  // readline drops the information "did the last line end with \n"; track the final character.
  stream.on('data', (chunk) => {
    last = (chunk as string).slice(-1);
  });
  const reader = createInterface({ input: stream, crlfDelay: Infinity });
  for await (const line of reader) {
    if (pending !== null) yield { line: pending, end: true };
    pending = line;
  }
  if (pending !== null) yield { line: pending, end: last === '\n' };
}

/** The id of a line that is a stored event (an object with a string `id` and `type` and a numeric `ts`), else `null`. */
function storedIdOf(line: string): string | null {
  try {
    const value = JSON.parse(line) as { id?: unknown; type?: unknown; ts?: unknown } | null;
    if (typeof value !== 'object' || value === null) return null;
    return typeof value.id === 'string' && typeof value.type === 'string' && typeof value.ts === 'number' ? value.id : null;
  } catch {
    return null;
  }
}

function inRange(at: number, range: TimeRange): boolean {
  return (range.from === undefined || at >= range.from) && (range.to === undefined || at < range.to);
}
