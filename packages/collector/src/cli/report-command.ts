import { writeFile } from 'node:fs/promises';
import type { Report } from '@cairn/core';
import { buildReport } from '../report/build-report.js';
import { formatTextReport } from '../report/format-text.js';
import { renderHtmlReport } from '../report/html/render-html.js';
import { parseRange } from '../report/parse-range.js';
import { progressReporter } from '../report/progress.js';
import { isFileDb, printableDb, sinkFromDb } from '../sink/sink-from-db.js';
import { outputClash } from './output-guard.js';
import type { CliIo } from './cli-io.js';

/** Output formats of `cairn report`, and how each is written. */
const FORMATS: Record<string, (report: Report, source: string) => string> = {
  table: (report) => formatTextReport(report),
  json: (report) => `${JSON.stringify(report, null, 2)}\n`,
  html: (report, source) => renderHtmlReport(report, { source }),
};

/** `cairn report`: analyses the stored events and prints or writes the report. */
export async function reportCommand(values: Record<string, string | boolean | undefined>, io: CliIo): Promise<number> {
  const db = typeof values.db === 'string' ? values.db : './cairn.duckdb';
  const format = typeof values.format === 'string' ? values.format : 'table';
  const render = Object.prototype.hasOwnProperty.call(FORMATS, format) ? FORMATS[format] : undefined;
  if (!render) {
    io.error(`--format must be one of ${Object.keys(FORMATS).join(', ')}, got "${format}"`);
    return 2;
  }
  const clash = typeof values.out === 'string' && isFileDb(db) ? outputClash(values.out, db) : null;
  if (clash !== null) {
    io.error(`--out ${String(values.out)} ${clash}; write the report to another file`);
    return 2;
  }
  const range = parseRange(values.from as string | undefined, values.to as string | undefined);
  if (!range.ok) {
    io.error(range.error);
    return 2;
  }
  const sink = sinkFromDb(db, { readOnly: true });
  try {
    await sink.init();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    io.error(
      /lock/i.test(message)
        ? `${db} is open in another process (a running "cairn serve"?). Stop it, or start it with --api and fetch /api/report.\n${message}`
        : `cannot open ${printableDb(db)}: ${message}`,
    );
    return 1;
  }
  let report: Report;
  try {
    const progress = progressReporter('reading events', { write: io.error, interactive: io.interactive });
    report = await buildReport(sink, { range: range.range, onProgress: progress.update });
    progress.finish();
  } finally {
    await sink.close();
  }
  const output = render(report, printableDb(db));
  if (typeof values.out === 'string') {
    await writeFile(values.out, output);
    io.error(`wrote ${values.out} (${format}, ${report.totals.events.toLocaleString('en-US')} events)`);
  } else {
    io.out(output);
  }
  return 0;
}
