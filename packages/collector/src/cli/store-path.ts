/**
 * Whether a `--db` path names an NDJSON file (`.ndjson`, `.jsonl`, `.json`: one JSON event per line,
 * {@link NdjsonSink}) rather than a DuckDB file. `cairn serve` and `cairn report` read a path the same way,
 * so what one writes the other reads.
 */
export const isNdjsonPath = (path: string): boolean => /\.(nd)?jsonl?$/i.test(path);
