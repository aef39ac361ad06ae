/**
 * Reads the collector's DuckDB file directly (after the collector has closed it), so the tally
 * counts rows on disk, not what the collector says about them.
 */
import { DuckDBInstance } from '@duckdb/node-api';

export interface StoredRow {
  id: string;
  type: string;
  name: string;
  ts: number;
  correctedTs: number;
  receivedAt: number;
  seq: number | null;
  anonymousId: string;
  stage: string | null;
  props: Record<string, unknown> | null;
}

export interface StoredEvents {
  /** Rows in the `events` table. */
  rows: number;
  /** Distinct event ids among them. */
  distinctIds: number;
  events: StoredRow[];
}

export async function readStoredEvents(dbFile: string): Promise<StoredEvents> {
  const instance = await DuckDBInstance.create(dbFile, { access_mode: 'READ_ONLY' });
  const connection = await instance.connect();
  try {
    const reader = await connection.runAndReadAll(
      `SELECT id, type, name, CAST(ts AS DOUBLE) AS ts, CAST(corrected_ts AS DOUBLE) AS corrected_ts,
              CAST(received_at AS DOUBLE) AS received_at, CAST(seq AS DOUBLE) AS seq, anonymous_id, stage,
              CAST(props AS VARCHAR) AS props
       FROM events ORDER BY corrected_ts, seq`,
    );
    const events = reader.getRowObjectsJS().map((r) => ({
      id: String(r.id),
      type: String(r.type),
      name: String(r.name),
      ts: Number(r.ts),
      correctedTs: Number(r.corrected_ts),
      receivedAt: Number(r.received_at),
      seq: r.seq === null ? null : Number(r.seq),
      anonymousId: String(r.anonymous_id),
      stage: r.stage === null ? null : String(r.stage),
      props: typeof r.props === 'string' ? (JSON.parse(r.props) as Record<string, unknown>) : null,
    }));
    return { rows: events.length, distinctIds: new Set(events.map((e) => e.id)).size, events };
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}
