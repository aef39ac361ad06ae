// The load generator of ingest.mjs, run in a worker thread: `concurrency` keep-alive connections,
// each posting batches back to back for `seconds` (after `warmupSeconds` not counted). Every
// event id is new, so a collector does real inserts, never cheap duplicate hits.
import { Agent, request } from 'node:http';
import { parentPort, workerData } from 'node:worker_threads';

const { url, seconds, concurrency, batchSize, warmupSeconds, templates, tag } = workerData;
const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
const run = `${tag}-${process.pid}-${Date.now().toString(36)}`;
let sequence = 0;
let cursor = 0;

function nextBody() {
  const n = sequence++;
  const now = Date.now();
  let body = `{"v":1,"sentAt":${now},"events":[`;
  for (let i = 0; i < batchSize; i++) {
    if (i > 0) body += ',';
    body += `{"id":"${run}-${n}-${i}",${templates[cursor]}`;
    cursor = (cursor + 1) % templates.length;
  }
  return `${body}]}`;
}

function post(body) {
  return new Promise((resolve) => {
    const req = request(url, { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode));
    });
    req.on('error', () => resolve(0));
    req.end(body);
  });
}

const measured = { requests: 0, events: 0, bytes: 0, failures: 0, latencies: [] };
const start = performance.now();
const countFrom = start + warmupSeconds * 1000;
const stopAt = countFrom + seconds * 1000;

async function connection() {
  while (performance.now() < stopAt) {
    const body = nextBody();
    const sent = performance.now();
    const status = await post(body);
    const done = performance.now();
    if (sent < countFrom) continue;
    if (status !== 200) {
      measured.failures++;
      continue;
    }
    measured.requests++;
    measured.events += batchSize;
    measured.bytes += body.length;
    measured.latencies.push(done - sent);
  }
}

await Promise.all(Array.from({ length: concurrency }, connection));
const elapsed = (Math.min(performance.now(), stopAt + 60_000) - countFrom) / 1000;
agent.destroy();
const sorted = measured.latencies.sort((a, b) => a - b);
const pick = (q) => (sorted.length === 0 ? null : sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]);
parentPort.postMessage({
  requests: measured.requests,
  events: measured.events,
  bytes: measured.bytes,
  failures: measured.failures,
  seconds: elapsed,
  p50Ms: pick(0.5),
  p99Ms: pick(0.99),
});
