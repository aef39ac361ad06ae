/**
 * The e2e tally: one row per scenario, appended by the test workers to a JSON-lines file that
 * the global teardown prints as a table at the end of the run.
 */
import { appendFileSync, existsSync, readFileSync } from 'node:fs';

export interface TallyRow {
  /** The engine and its version, e.g. `firefox 153.8.0`. */
  engine: string;
  scenario: string;
  /** Events the pages accepted (`[cairn] queued` lines). */
  tracked: number;
  /** Of those, distinct ids found in the DuckDB file. */
  receivedUnique: number;
  /** Tracked, not stored, and not reported dropped by the tracker. */
  lost: number;
  /** Tracked events the tracker dropped and reported (`cairn_dropped`, debug line). */
  dropped: number;
  /** Arrivals at the collector of an id it already had (retries of acknowledged-too-late batches). */
  duplicatesReceived: number;
  /** Rows in DuckDB minus distinct ids. */
  duplicatesStored: number;
  /** POST /collect requests the pages made. */
  requests: number;
  note: string;
  /** What this engine could not run, each with its reason (empty when everything ran). */
  skipped: string;
}

export function appendTally(file: string, row: TallyRow): void {
  appendFileSync(file, JSON.stringify(row) + '\n');
}

export function readTally(file: string): TallyRow[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as TallyRow);
}

/** A Markdown table, so the CI log can be pasted into a report as is. */
export function formatTally(unsorted: TallyRow[]): string {
  const number = (r: TallyRow) => Number.parseInt(r.scenario, 10) || 0;
  const rows = [...unsorted].sort((a, b) => number(a) - number(b));
  const head = ['scenario', 'tracked', 'received unique', 'lost', 'dropped (reported)', 'dup. received', 'dup. stored', 'requests', 'note', 'skipped (reason)'];
  const body = rows.map((r) => [r.scenario, r.tracked, r.receivedUnique, r.lost, r.dropped, r.duplicatesReceived, r.duplicatesStored, r.requests, r.note, r.skipped]);
  const sum = (pick: (r: TallyRow) => number) => rows.reduce((n, r) => n + pick(r), 0);
  const total = [
    sum((r) => r.tracked),
    sum((r) => r.receivedUnique),
    sum((r) => r.lost),
    sum((r) => r.dropped),
    sum((r) => r.duplicatesReceived),
    sum((r) => r.duplicatesStored),
    sum((r) => r.requests),
  ];
  const skips = rows.filter((r) => r.skipped).length;
  body.push(['**total**', ...total, '', skips ? `${skips} scenario(s) with skips` : '']);
  const text = (i: number) => i === 0 || i >= head.length - 2;
  const lines = [head, head.map((_, i) => (text(i) ? '---' : '---:')), ...body.map((r) => r.map(String))];
  return lines.map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}
