/** Where a `clickhouse://` store lives, as the ClickHouse client needs it. */
export interface ClickHouseAddress {
  /** The server's HTTP interface, e.g. `http://host:8123`. */
  url: string;
  database: string;
  username?: string;
  password?: string;
  /** The URL's query (`?insert_quorum=2&…`): ClickHouse settings sent with every insert. */
  insertSettings?: Record<string, string>;
}

/** `clickhouse://` speaks HTTP, `clickhouses://` HTTPS; each with ClickHouse's default port. */
const SCHEMES: Record<string, { protocol: string; port: string }> = {
  'clickhouse:': { protocol: 'http:', port: '8123' },
  'clickhouses:': { protocol: 'https:', port: '8443' },
};

/** Whether a `--db` value names a ClickHouse server (`clickhouse://` or `clickhouses://`). */
export const isClickHouseUrl = (db: string): boolean => /^clickhouses?:\/\//i.test(db);

/**
 * Reads `clickhouse[s]://[user[:password]@]host[:port][/database][?setting=value&…]` (database
 * `default` when left out; the query's settings go with every insert, e.g. a cluster's
 * `insert_quorum`). Throws a clear error for anything else.
 */
export function parseClickHouseUrl(db: string): ClickHouseAddress {
  let parsed: URL;
  try {
    parsed = new URL(db);
  } catch {
    throw new Error(`not a ClickHouse URL: ${redactClickHouseUrl(db)} (expected clickhouse://host:8123/database)`);
  }
  const scheme = SCHEMES[parsed.protocol.toLowerCase()];
  if (!scheme || parsed.hostname === '') {
    throw new Error(`not a ClickHouse URL: ${redactClickHouseUrl(db)} (expected clickhouse://host:8123/database)`);
  }
  const path = decodeURIComponent(parsed.pathname.replace(/^\/+|\/+$/g, ''));
  if (path.includes('/')) throw new Error(`a ClickHouse URL names one database, got "${path}"`);
  const address: ClickHouseAddress = {
    url: `${scheme.protocol}//${parsed.hostname}:${parsed.port === '' ? scheme.port : parsed.port}`,
    database: path === '' ? 'default' : path,
  };
  for (const [name, value] of parsed.searchParams) {
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new Error(`"${name}" in the ClickHouse URL is not a setting name`);
    (address.insertSettings ??= {})[name] = value;
  }
  if (parsed.username !== '') address.username = decodeURIComponent(parsed.username);
  if (parsed.password !== '') address.password = decodeURIComponent(parsed.password);
  return address;
}

/** The URL with its password replaced by `***`, for logs and error messages. */
export function redactClickHouseUrl(db: string): string {
  return db.replace(/^(clickhouses?:\/\/[^:/@]*:)[^@/]*@/i, '$1***@');
}
