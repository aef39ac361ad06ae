import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';

/** The part of chdb's `@clickhouse/client` Connection this server uses. */
interface ExecConnection {
  exec(params: { query: string; query_params?: Record<string, unknown>; clickhouse_settings?: Record<string, unknown> }): Promise<{ stream: AsyncIterable<Uint8Array> }>;
}

/** URL parameters of ClickHouse's HTTP interface that are not settings. */
const NOT_SETTINGS = new Set(['query', 'query_id', 'database', 'session_id', 'session_timeout', 'user', 'password']);

/**
 * ClickHouse's HTTP interface (the part `@clickhouse/client` speaks) in front of chdb, so that
 * `cairn serve --db clickhouse://…` and `cairn report`, child processes, reach the real engine
 * in the test process: chdb runs ClickHouse in-process and serves no HTTP itself. Each request
 * becomes one `exec` on chdb's own Connection: the SQL (the `query` parameter, then the body,
 * as the server reads an INSERT's data), `param_*` as the bound parameters (text, as HTTP sends
 * them) and every other parameter as a setting. Errors answer 500 with ClickHouse's message.
 */
export async function serveChdbOverHttp(connection: ExecConnection): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer((request, response) => {
    void answer(request).then(
      ({ status, body }) => {
        response.writeHead(status, { 'content-type': 'text/plain; charset=UTF-8', 'x-clickhouse-summary': '{}' });
        response.end(body);
      },
      (error: unknown) => {
        response.writeHead(500, { 'content-type': 'text/plain; charset=UTF-8', 'x-clickhouse-exception-code': '1' });
        response.end(`Code: 1. DB::Exception: ${error instanceof Error ? error.message : String(error)}`);
      },
    );
  });

  async function answer(request: IncomingMessage): Promise<{ status: number; body: Buffer | string }> {
    const url = new URL(request.url ?? '/', 'http://chdb');
    if (url.pathname === '/ping') return { status: 200, body: 'Ok.\n' };
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    let body = Buffer.concat(chunks);
    if (request.headers['content-encoding'] === 'gzip') body = gunzipSync(body);
    const query = [url.searchParams.get('query'), body.toString('utf8')].filter((part) => part).join('\n');
    const query_params: Record<string, string> = {};
    const clickhouse_settings: Record<string, string> = {};
    for (const [key, value] of url.searchParams) {
      if (key.startsWith('param_')) query_params[key.slice('param_'.length)] = value;
      else if (!NOT_SETTINGS.has(key)) clickhouse_settings[key] = value;
    }
    const result = await connection.exec({ query, query_params, clickhouse_settings });
    const out: Uint8Array[] = [];
    for await (const chunk of result.stream) out.push(chunk);
    return { status: 200, body: Buffer.concat(out) };
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
