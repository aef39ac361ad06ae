import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClickHouseClient } from '@clickhouse/client';
import { createTableSql } from '../../../packages/collector/src/sink/clickhouse/clickhouse-schema.js';
import { testClickHouse, type TestClickHouse } from './support/clickhouse.js';

/** The SQL blocks of docs/storage.md's ClickHouse section, split into statements. */
const docs = readFileSync(new URL('../../../docs/storage.md', import.meta.url), 'utf8');
const section = docs.slice(docs.indexOf('## ClickHouse'));
const statements = [...section.matchAll(/```sql\n([\s\S]*?)```/g)].flatMap((block) =>
  block[1]!.split(/;\s*$/m).map((statement) => statement.trim()).filter(Boolean),
);

let clickhouse: TestClickHouse;
let client: ClickHouseClient;
beforeAll(async () => {
  clickhouse = await testClickHouse();
  client = await clickhouse.client();
});
afterAll(async () => {
  await client.close();
  await clickhouse.remove();
});

/** The statement as ClickHouse's own parser reads it back (throws on a syntax error). */
async function parsed(sql: string): Promise<string> {
  const result = await client.query({ query: 'SELECT formatQuery({sql:String}) AS q', query_params: { sql }, format: 'JSONEachRow' });
  return ((await result.json()) as { q: string }[])[0]!.q;
}

describe('docs/storage.md, ClickHouse', () => {
  it('has the single-server table, the cluster database, local and Distributed tables', () => {
    expect(statements.map((s) => s.split('\n')[0])).toEqual([
      'CREATE TABLE IF NOT EXISTS cairn.events',
      "CREATE DATABASE IF NOT EXISTS cairn ON CLUSTER '{cluster}'",
      "CREATE TABLE IF NOT EXISTS cairn.events_local ON CLUSTER '{cluster}'",
      "CREATE TABLE IF NOT EXISTS cairn.events ON CLUSTER '{cluster}' AS cairn.events_local",
    ]);
  });

  it('gives exactly the table the sink creates', async () => {
    expect(await parsed(statements[0]!)).toBe(await parsed(createTableSql('cairn.events')));
  });

  it("gives the cluster's local table with the same columns and keys, replicated", async () => {
    const local = createTableSql('cairn.events_local', {
      onCluster: "ON CLUSTER '{cluster}'",
      engine: "ReplicatedReplacingMergeTree('/clickhouse/tables/{shard}/cairn/events_local', '{replica}')",
    });
    expect(await parsed(statements[2]!)).toBe(await parsed(local));
  });

  it('parses, every statement', async () => {
    for (const statement of statements) await expect(parsed(statement)).resolves.toContain('CREATE');
    await expect(parsed('CREATE TABLE x ENGINE = Distributed(')).rejects.toThrow();
  });
});
