import { createServer } from '../server/create-server.js';
import { printableDb } from '../sink/sink-from-db.js';
import type { CliIo } from './cli-io.js';

/** `cairn serve`: runs the collector until SIGINT/SIGTERM, then closes the store cleanly. */
export async function serveCommand(values: Record<string, string | boolean | undefined>, io: CliIo): Promise<number> {
  const port = values.port === undefined ? 8787 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    io.error(`--port must be an integer from 0 to 65535, got ${String(values.port)}`);
    return 2;
  }
  const cors = listFlag(values.cors);
  const hosts = listFlag(values['host-allow']);
  const db = typeof values.db === 'string' ? values.db : './cairn.duckdb';
  const server = await createServer({
    port,
    host: typeof values.host === 'string' ? values.host : '127.0.0.1',
    db,
    cors,
    hosts,
    api: values.api === true,
    trustProxy: values['trust-proxy'] === true,
  });
  io.error(`cairn collector listening on ${server.url} (POST /collect, GET /health${values.api === true ? ', GET /api/report, GET /api/events' : ''})`);
  io.error(`store: ${printableDb(db)}; cors: ${cors === '*' ? '*' : cors.length > 0 ? cors.join(', ') : 'same-origin only'}; hosts: ${hosts === '*' ? '*' : ['localhost', '127.0.0.1', '[::1]', ...hosts].join(', ')}${cors !== '*' && cors.length > 0 ? ' and the cors hosts' : ''}`);
  await new Promise<void>((resolve) => {
    const stop = (): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  io.error('stopping: finishing writes in flight…');
  await server.close();
  const stats = server.collector.stats();
  io.error(`stopped; ${stats.accepted} events stored, ${stats.duplicates} duplicates, ${stats.rejected} rejected in ${stats.batches} batches`);
  return 0;
}

/** A comma-separated flag as a list, or `'*'`. */
function listFlag(value: string | boolean | undefined): string[] | '*' {
  if (typeof value !== 'string') return [];
  return value.trim() === '*' ? '*' : value.split(',').map((item) => item.trim()).filter(Boolean);
}
