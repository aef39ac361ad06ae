import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ClickHouseClient } from '@clickhouse/client';
import { ClickHouseSink, type ClickHouseSinkOptions } from '@cairn/collector';

/**
 * The ClickHouse these tests run against: the server in `CLICKHOUSE_URL` (e.g.
 * `http://localhost:8123`, with `CLICKHOUSE_USER` / `CLICKHOUSE_PASSWORD`) when it is set, else
 * chdb in this process, in one data directory for the whole test file (chdb allows one per process).
 */
export interface TestClickHouse {
  /** `chdb 3.4.0 (in-process)` or the server's URL. */
  readonly name: string;
  /** Sink options for a store of its own, called `store` (a database per store, dropped at `remove()`). */
  options(store: string): ClickHouseSinkOptions;
  /** A sink over the store `store`: the same store each time for one name. */
  sink(store: string, extra?: Partial<ClickHouseSinkOptions>): ClickHouseSink;
  /** A `@clickhouse/client` of its own, on the same engine (close it when done). */
  client(): Promise<ClickHouseClient>;
  /** Drops what the tests made. */
  remove(): Promise<void>;
}

/** A module as the collector resolves it (this workspace has no copy of the collector's dependencies). */
export function fromCollector(name: string): string {
  const require = createRequire(new URL('../../../../packages/collector/package.json', import.meta.url));
  return pathToFileURL(require.resolve(name)).href;
}

const clientModule = async (): Promise<typeof import('@clickhouse/client')> => import(fromCollector('@clickhouse/client'));

const run = `${process.pid}_${Date.now().toString(36)}`;

export async function testClickHouse(): Promise<TestClickHouse> {
  const databases = new Set<string>();
  const database = (store: string): string => {
    const name = `cairn_test_${run}_${store.replace(/\W+/g, '_')}`;
    databases.add(name);
    return name;
  };
  const url = process.env.CLICKHOUSE_URL;
  if (url) {
    const auth = {
      ...(process.env.CLICKHOUSE_USER ? { username: process.env.CLICKHOUSE_USER } : {}),
      ...(process.env.CLICKHOUSE_PASSWORD ? { password: process.env.CLICKHOUSE_PASSWORD } : {}),
    };
    const options = (store: string): ClickHouseSinkOptions => ({ url, database: database(store), ...auth });
    return {
      name: url,
      options,
      sink: (store, extra) => new ClickHouseSink({ ...options(store), ...extra }),
      client: async () => (await clientModule()).createClient({ url, ...auth }),
      async remove() {
        const client = (await clientModule()).createClient({ url, ...auth });
        for (const name of databases) await client.command({ query: `DROP DATABASE IF EXISTS ${name}` });
        await client.close();
      },
    };
  }
  const { createChdbConnection } = await import('chdb/connection');
  const path = mkdtempSync(join(tmpdir(), 'cairn-chdb-'));
  const options = (store: string): ClickHouseSinkOptions => ({ connection: createChdbConnection({ path }), database: database(store) });
  return {
    name: 'chdb 3.4.0 (in-process)',
    options,
    sink: (store, extra) => new ClickHouseSink({ ...options(store), ...extra }),
    client: async () => (await clientModule()).createClient({ connection: createChdbConnection({ path }) }),
    async remove() {
      const { drainPending } = await import('chdb');
      await drainPending();
      rmSync(path, { recursive: true, force: true });
    },
  };
}
