// Ingest throughput of @cairn/collector: 50-event batches from a concurrent load generator on
// loopback into a DuckDB file with durable commits, against a bare Node http server that only
// reads and discards the same bodies. Set INGEST_SECONDS / INGEST_CONCURRENCY to change the run.
import { cpus, loadavg } from 'node:os';
import { measureIngest } from '../lib/ingest.mjs';

const seconds = Number(process.env.INGEST_SECONDS ?? 5);
const concurrency = Number(process.env.INGEST_CONCURRENCY ?? 64);
const rounds = Number(process.env.INGEST_ROUNDS ?? 2);
const batchSize = 50;

const r = await measureIngest({ seconds, concurrency, batchSize, rounds });
const n = (x) => Math.round(x).toLocaleString('en-US');
const ms = (x) => (x === null ? '–' : x.toFixed(1));

console.log(`Ingest: ${batchSize}-event batches (${n(r.bodyBytes)} B bodies), ${concurrency} keep-alive connections, ${seconds} s per server after 1 s warm-up, best of ${rounds} alternating rounds; ${cpus().length} cores, load average ${loadavg()[0].toFixed(1)} at the end.\n`);
console.log('| server | events/s | requests/s | p50 latency | p99 latency |');
console.log('|---|---:|---:|---:|---:|');
console.log(`| @cairn/collector → DuckDB file (validate, classify, dedupe, commit before 200) | ${n(r.collectorEventsPerSec)} | ${n(r.collectorRequestsPerSec)} | ${ms(r.collectorP50Ms)} ms | ${ms(r.collectorP99Ms)} ms |`);
console.log(`| bare node:http (read and discard the body) | ${n(r.bareEventsPerSec)} | ${n(r.bareRequestsPerSec)} | ${ms(r.bareP50Ms)} ms | ${ms(r.bareP99Ms)} ms |`);
console.log(`\nCollector / bare: **${(r.ratio * 100).toFixed(0)} %** (aim: ≥ 33 %). Aim of ≥ 50,000 events/s: ${r.collectorEventsPerSec >= 50_000 ? 'met' : 'not met'} on this run. Stored ${n(r.stored)} events, ${n(r.duplicates)} duplicates, ${n(r.non200)} non-200 answers; close() after the load took ${n(r.closeMs)} ms.`);
