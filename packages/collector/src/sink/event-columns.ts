import type { StoredEvent } from './sink.js';

/** How a column is written and read back. */
export type ColumnKind = 'text' | 'int' | 'json';

/** One column of the `events` table (`docs/storage.md`), and how it maps to a {@link StoredEvent}. */
export interface EventColumn {
  name: string;
  /** The column's definition in `CREATE TABLE`. */
  sql: string;
  kind: ColumnKind;
  read: (event: StoredEvent) => string | number | object | null | undefined;
}


/**
 * The `events` table, column by column. Times are epoch milliseconds as BIGINT, exactly as on
 * the wire (`epoch_ms(corrected_ts)` turns one into a TIMESTAMP in SQL). The order is the
 * table's column order.
 *
 * `id` is unique by construction but has no PRIMARY KEY: DuckDB's ART index doubled the cost of
 * every insert here, and the sink already knows exactly which ids are stored (see DuckDbSink).
 */
export const EVENT_COLUMNS: readonly EventColumn[] = [
  { name: 'id', sql: 'VARCHAR NOT NULL', kind: 'text', read: (e) => e.id },
  { name: 'type', sql: 'VARCHAR NOT NULL', kind: 'text', read: (e) => e.type },
  { name: 'name', sql: 'VARCHAR NOT NULL', kind: 'text', read: (e) => e.name },
  { name: 'ts', sql: 'BIGINT NOT NULL', kind: 'int', read: (e) => e.ts },
  { name: 'sent_at', sql: 'BIGINT NOT NULL', kind: 'int', read: (e) => e.sentAt },
  { name: 'received_at', sql: 'BIGINT NOT NULL', kind: 'int', read: (e) => e.receivedAt },
  { name: 'corrected_ts', sql: 'BIGINT NOT NULL', kind: 'int', read: (e) => e.correctedTs },
  { name: 'anonymous_id', sql: 'VARCHAR NOT NULL', kind: 'text', read: (e) => e.anonymousId },
  { name: 'user_id', sql: 'VARCHAR', kind: 'text', read: (e) => e.userId },
  { name: 'session_id', sql: 'VARCHAR', kind: 'text', read: (e) => e.sessionId },
  { name: 'seq', sql: 'BIGINT', kind: 'int', read: (e) => e.seq },
  { name: 'url', sql: 'VARCHAR', kind: 'text', read: (e) => e.url },
  { name: 'referrer', sql: 'VARCHAR', kind: 'text', read: (e) => e.referrer },
  { name: 'title', sql: 'VARCHAR', kind: 'text', read: (e) => e.title },
  { name: 'utm_source', sql: 'VARCHAR', kind: 'text', read: (e) => e.utm?.source },
  { name: 'utm_medium', sql: 'VARCHAR', kind: 'text', read: (e) => e.utm?.medium },
  { name: 'utm_campaign', sql: 'VARCHAR', kind: 'text', read: (e) => e.utm?.campaign },
  { name: 'utm_term', sql: 'VARCHAR', kind: 'text', read: (e) => e.utm?.term },
  { name: 'utm_content', sql: 'VARCHAR', kind: 'text', read: (e) => e.utm?.content },
  { name: 'props', sql: 'JSON', kind: 'json', read: (e) => e.props },
  { name: 'stage', sql: 'VARCHAR', kind: 'text', read: (e) => e.stage },
  { name: 'rule_id', sql: 'VARCHAR', kind: 'text', read: (e) => e.ruleId },
  { name: 'channel', sql: 'VARCHAR', kind: 'text', read: (e) => e.channel },
  { name: 'device', sql: 'VARCHAR NOT NULL', kind: 'text', read: (e) => e.device },
];

/** A row as read back from SQL (`SELECT` of {@link EVENT_COLUMNS} with ints cast to DOUBLE). */
export type EventRow = Record<string, unknown>;

const UTM_FIELDS = ['source', 'medium', 'campaign', 'term', 'content'] as const;

/** Rebuilds the {@link StoredEvent} of a row; optional fields that are NULL are left out. */
export function eventFromRow(row: EventRow): StoredEvent {
  const event: Record<string, unknown> = {
    id: row.id,
    type: row.type,
    name: row.name,
    ts: Number(row.ts),
    anonymousId: row.anonymous_id,
    sentAt: Number(row.sent_at),
    receivedAt: Number(row.received_at),
    correctedTs: Number(row.corrected_ts),
    stage: row.stage ?? null,
    ruleId: row.rule_id ?? null,
    channel: row.channel ?? null,
    device: row.device,
  };
  const optional: [string, unknown][] = [
    ['userId', row.user_id],
    ['sessionId', row.session_id],
    ['url', row.url],
    ['referrer', row.referrer],
    ['title', row.title],
  ];
  for (const [key, value] of optional) if (value !== null && value !== undefined) event[key] = value;
  if (row.seq !== null && row.seq !== undefined) event.seq = Number(row.seq);
  const utm: Record<string, string> = {};
  for (const field of UTM_FIELDS) {
    const value = row[`utm_${field}`];
    if (typeof value === 'string') utm[field] = value;
  }
  if (Object.keys(utm).length > 0) event.utm = utm;
  if (typeof row.props === 'string') event.props = JSON.parse(row.props) as unknown;
  else if (typeof row.props === 'object' && row.props !== null) event.props = row.props;
  return event as unknown as StoredEvent;
}

/**
 * A `SELECT` expression turning a row into one JSON text, keys = column names. Reading one
 * VARCHAR per row and `JSON.parse` is several times faster than converting every DuckDB value
 * to JS one by one through the binding.
 */
export const ROW_AS_JSON = `CAST(json_object(${EVENT_COLUMNS.map((c) => `'${c.name}', ${c.name}`).join(', ')}) AS VARCHAR)`;

/**
 * How a staged event is read back by DuckDB's `read_json`: the JSON of a {@link StoredEvent}
 * as the collector builds it (one `JSON.stringify` per event, no row object to build), with
 * times read as DOUBLE because the protocol allows fractional milliseconds.
 */
const STAGED_FIELDS: Record<string, string> = {
  id: 'VARCHAR',
  type: 'VARCHAR',
  name: 'VARCHAR',
  ts: 'DOUBLE',
  anonymousId: 'VARCHAR',
  userId: 'VARCHAR',
  sessionId: 'VARCHAR',
  url: 'VARCHAR',
  referrer: 'VARCHAR',
  title: 'VARCHAR',
  utm: 'STRUCT(source VARCHAR, medium VARCHAR, campaign VARCHAR, term VARCHAR, content VARCHAR)',
  seq: 'BIGINT',
  props: 'JSON',
  receivedAt: 'DOUBLE',
  sentAt: 'DOUBLE',
  correctedTs: 'DOUBLE',
  stage: 'VARCHAR',
  ruleId: 'VARCHAR',
  channel: 'VARCHAR',
  device: 'VARCHAR',
};

/** The expression giving each column from the staged JSON, in table order (times rounded to whole ms). */
const STAGED_SELECT: Record<string, string> = {
  ts: 'CAST(round(ts) AS BIGINT)',
  sent_at: 'CAST(round(sentAt) AS BIGINT)',
  received_at: 'CAST(round(receivedAt) AS BIGINT)',
  corrected_ts: 'CAST(round(correctedTs) AS BIGINT)',
  anonymous_id: 'anonymousId',
  user_id: 'userId',
  session_id: 'sessionId',
  utm_source: 'utm.source',
  utm_medium: 'utm.medium',
  utm_campaign: 'utm.campaign',
  utm_term: 'utm.term',
  utm_content: 'utm.content',
  rule_id: 'ruleId',
};

/** `SELECT … FROM read_json(…)` of a staged NDJSON file ($1), in the `events` table's column order. */
export const SELECT_STAGED = `SELECT ${EVENT_COLUMNS.map((c) => STAGED_SELECT[c.name] ?? c.name).join(', ')} FROM read_json($1, format = 'newline_delimited', columns = {${Object.entries(
  STAGED_FIELDS,
)
  .map(([key, type]) => `'${key}': '${type}'`)
  .join(', ')}})`;
