// Ingest throughput: a concurrent load generator on loopback posts v1 batches to the Cairn
// collector (DuckDB file, durable commits) and, for reference, to a bare Node `http` server that
// only reads and discards the same bodies. Each side runs in the main thread of this process;
// the load generator runs in a worker thread, so both sides get their own core where there is one.
//
//   import { measureIngest } from './lib/ingest.mjs';
//   const r = await measureIngest({ seconds: 5, concurrency: 16, batchSize: 50 });
//   r.collectorEventsPerSec, r.bareEventsPerSec, r.ratio
import { createServer as createHttpServer } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { createServer } from '@cairn/collector';
import { generateEvents } from './synthetic.mjs';

const GENERATOR = new URL('./ingest-load.mjs', import.meta.url);

/**
 * Measures events/s accepted by the collector and by a bare server, with the same bodies.
 * The two alternate for `rounds` rounds and each keeps its best round: on a shared machine the
 * load changes from second to second, and alternating gives both sides the same chances.
 * @param {{ seconds?: number, concurrency?: number, batchSize?: number, warmupSeconds?: number, rounds?: number }} [options]
 */
export async function measureIngest({ seconds = 5, concurrency = 64, batchSize = 50, warmupSeconds = 1, rounds = 2 } = {}) {
  const templates = eventTemplates(2_000);
  const dir = mkdtempSync(join(tmpdir(), 'cairn-ingest-'));
  const best = { bare: null, collector: null };
  let stored = 0;
  let duplicates = 0;
  let closeMs = 0;
  try {
    for (let round = 0; round < rounds; round++) {
      const bare = await startBareServer();
      let bareRun;
      try {
        bareRun = await runLoad(bare.url, { seconds, concurrency, batchSize, warmupSeconds, templates, tag: `bare${round}` });
      } finally {
        await bare.close();
      }
      if (!best.bare || bareRun.events / bareRun.seconds > best.bare.events / best.bare.seconds) best.bare = bareRun;

      const db = join(dir, `ingest-${round}.duckdb`);
      const server = await createServer({ port: 0, db, rateLimit: false });
      let collectorRun;
      try {
        collectorRun = await runLoad(server.url, { seconds, concurrency, batchSize, warmupSeconds, templates, tag: `collector${round}` });
      } finally {
        const stats = server.collector.stats();
        const closing = performance.now();
        await server.close();
        if (!best.collector || collectorRun.events / collectorRun.seconds > best.collector.events / best.collector.seconds) {
          best.collector = collectorRun;
          stored = stats.accepted;
          duplicates = stats.duplicates;
          closeMs = performance.now() - closing;
        }
      }
    }
    const collectorRun = best.collector;
    const bareRun = best.bare;
    const collectorEventsPerSec = collectorRun.events / collectorRun.seconds;
    const bareEventsPerSec = bareRun.events / bareRun.seconds;
    return {
      batchSize,
      concurrency,
      seconds,
      rounds,
      bodyBytes: Math.round(collectorRun.bytes / Math.max(1, collectorRun.requests)),
      collectorEventsPerSec,
      collectorRequestsPerSec: collectorRun.requests / collectorRun.seconds,
      collectorP50Ms: collectorRun.p50Ms,
      collectorP99Ms: collectorRun.p99Ms,
      bareEventsPerSec,
      bareRequestsPerSec: bareRun.requests / bareRun.seconds,
      bareP50Ms: bareRun.p50Ms,
      bareP99Ms: bareRun.p99Ms,
      ratio: collectorEventsPerSec / bareEventsPerSec,
      // Every acknowledged event is a new id (the generator never repeats one): stored = acknowledged, warm-up included.
      stored,
      duplicates,
      // Time for close() after the load: writes in flight, then the final CHECKPOINT.
      closeMs,
      non200: collectorRun.failures,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Realistic events (the synthetic journeys of `synthetic.mjs`), serialised once without their id. */
function eventTemplates(count) {
  return generateEvents({ events: count, seed: 7 }).map((event) => {
    const { id: _id, ...rest } = event;
    // `{"id":"…",` is prepended per request, so each template starts right after it.
    return JSON.stringify(rest).slice(1);
  });
}

function startBareServer() {
  const server = createHttpServer((request, response) => {
    request.on('data', () => {});
    request.on('end', () => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end('{"accepted":0}');
    });
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({
        url: `http://127.0.0.1:${port}`,
        close: () =>
          new Promise((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}

function runLoad(url, options) {
  return new Promise((resolve, reject) => {
    const worker = new Worker(GENERATOR, { workerData: { url: `${url}/collect`, ...options } });
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`load generator exited with ${code}`));
    });
  });
}
