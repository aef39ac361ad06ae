// `pnpm bench:peers`: Cairn and its peers side by side, in one run, on this machine.
// Writes bench/results/peers.md, prints it, and copies its summary into the root README between
// `<!-- peers:start -->` and `<!-- peers:end -->` (left alone, with a note, when the markers are missing).
// PEERS_RUNS (default and minimum 5) sets the runs per figure. `--render` re-renders the last run's raw
// measurements (bench/.cache/peers/last-run.json) without measuring again.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { buildArtifacts, UMAMI_VERSION } from './artifacts.mjs';
import { launchBrowser } from './browser.mjs';
import { checkEvidence } from './evidence.mjs';
import { describeMachine } from './machine.mjs';
import { measureOffline } from './offline.mjs';
import { measurePageCost } from './page-cost.mjs';
import { withReadmeRegion } from './readme.mjs';
import { extractSummary, renderResults } from './report.mjs';
import { benchDir, cacheDir, cairn, cairnBuilt, packageDir, packageVersion, peers, umami } from './sdks.mjs';
import { startSink } from './sink.mjs';
import { fileSizes, gzipMethod } from './sizes.mjs';

const runs = Math.max(5, Number(process.env.PEERS_RUNS) || 5);
const config = {
  runs,
  offlineRuns: runs,
  events: 1000,
  windowMs: 2000,
  offlineEvents: 100,
  offlineQuietMs: 20000,
  offlineMaxMs: 60000,
  offlineConcurrency: 12,
  ingest: { seconds: 3, concurrency: 16, batchSize: 50 },
};
const resultsFile = join(benchDir, 'results', 'peers.md');
const rawFile = join(cacheDir, 'last-run.json');
const readmeFile = join(benchDir, '..', 'README.md');
const t0 = Date.now();
const log = (msg) => process.stderr.write(`[peers ${((Date.now() - t0) / 1000).toFixed(0)}s] ${msg}\n`);

if (process.argv.includes('--render')) publish(JSON.parse(readFileSync(rawFile, 'utf8')));
else publish(await measure());

async function measure() {
  const loadAtStart = loadavg();
  const notes = [];
  const built = await buildArtifacts();
  notes.push(...built.notes);
  const sdks = [];
  if (cairnBuilt()) sdks.push({ ...cairn, version: packageVersion('@cairn/tracker') });
  else notes.push('Cairn left out of this run: packages/tracker/dist/cairn.js is not built (run `pnpm build`).');
  for (const p of peers) sdks.push({ ...p, version: packageVersion(p.pkg) });
  if (built.umami) sdks.push({ ...umami, version: UMAMI_VERSION });
  notes.push(
    '@amplitude/analytics-browser is pinned at 2.47.1, the newest version whose dependency tree installs from this registry mirror (2.47.2 and later need @amplitude/plugin-event-property-attribution-browser > 0.2.18, which the mirror lacks).',
    `Umami: \`umami@${UMAMI_VERSION}\` on npm is the whole Next.js app; only its tarball is fetched (\`npm pack\`, into bench/.cache) and its src/tracker/index.js built as its rollup.tracker.config.mjs does.`,
  );

  // 1. Bytes. `served` marks the file the page loads (the last row of each SDK).
  for (const sdk of sdks) {
    sdk.bytes = sdk.bytes.map((b, i) => {
      let sizes = null;
      try {
        sizes = fileSizes(b.path());
      } catch {
        notes.push(`${sdk.name}: ${b.label} missing.`);
      }
      return { label: b.label, what: b.what, ours: !!b.ours, served: i === sdk.bytes.length - 1, sizes };
    });
  }
  const roots = Object.fromEntries(peers.map((p) => [p.id, packageDir(p.pkg)]));
  roots.umami = join(cacheDir, 'umami', 'package');
  if (cairnBuilt()) roots.cairn = packageDir('@cairn/tracker');
  const evidenceFailures = checkEvidence(roots);
  log(`sizes done; ${sdks.length} SDKs: ${sdks.map((s) => s.id).join(', ')}`);

  // 2. Cost to the page: one run at a time (pages running side by side disturb each other's timings and long
  // tasks), SDKs interleaved within each round so drift in the machine's load spreads over all of them.
  const browser = await launchBrowser();
  const machine = describeMachine(browser);
  const vendorHits = new Map();
  const pageErrors = [];
  const keepErrors = (sdk, r) => {
    for (const message of r.errors ?? []) if (pageErrors.length < 20) pageErrors.push({ sdk: sdk.id, message: message.slice(0, 160) });
    if (!r.ok) pageErrors.push({ sdk: sdk.id, message: `run failed: ${r.error}` });
    return r;
  };
  for (const sdk of sdks) Object.assign(sdk, { cost1: [], cost4: [], offline: [] });
  const sink = await startSink({ sdks });
  const costJobs = [];
  for (let round = 0; round < config.runs; round++) {
    for (const sdk of sdks) costJobs.push({ sdk, throttle: 1 });
    for (const sdk of sdks) costJobs.push({ sdk, throttle: 4 });
  }
  const phases = {};
  let phaseStart = Date.now();
  for (const [i, { sdk, throttle }] of costJobs.entries()) {
    const events = throttle === 1 ? config.events : 0;
    const r = await measurePageCost({ browser, sink, sdk, throttle, events, windowMs: config.windowMs, vendorHits });
    (throttle === 1 ? sdk.cost1 : sdk.cost4).push(keepErrors(sdk, r));
    if ((i + 1) % sdks.length === 0) log(`cost: ${i + 1}/${costJobs.length} runs done`);
  }
  await sink.close();
  phases.costSec = (Date.now() - phaseStart) / 1000;
  phaseStart = Date.now();

  // 3. Offline: counts, not timings, so runs go side by side (a pool of contexts), each with its own sink.
  const jobs = [];
  for (let run = 0; run < config.offlineRuns; run++) jobs.push(...sdks);
  const offlineWorker = async () => {
    for (let sdk = jobs.shift(); sdk; sdk = jobs.shift()) {
      const own = await startSink({ sdks: [sdk] });
      try {
        const r = await measureOffline({ browser, sink: own, sdk, events: config.offlineEvents, quietMs: config.offlineQuietMs, maxMs: config.offlineMaxMs, vendorHits });
        sdk.offline.push(keepErrors(sdk, r));
      } finally {
        await own.close();
      }
    }
  };
  await Promise.all(Array.from({ length: config.offlineConcurrency }, offlineWorker));
  log('offline runs done');
  await browser.close();
  phases.offlineSec = (Date.now() - phaseStart) / 1000;
  phaseStart = Date.now();

  // 4. Ingest (bench/lib/ingest.mjs, the collector's load test), after the browser is gone.
  let ingest;
  try {
    const { measureIngest } = await import('../lib/ingest.mjs');
    ingest = await measureIngest(config.ingest);
    log('ingest done');
  } catch (err) {
    ingest = { error: String(err.message ?? err).split('\n')[0] };
    log(`ingest not measured: ${ingest.error}`);
  }
  phases.ingestSec = (Date.now() - phaseStart) / 1000;

  const results = {
    date: new Date().toISOString(),
    durationSec: (Date.now() - t0) / 1000,
    phases,
    loadAverage: { start: loadAtStart, end: loadavg() },
    machine,
    playwright: packageVersion('playwright-core'),
    gzipMethod: gzipMethod(),
    config,
    sdks,
    ingest,
    notes,
    evidenceFailures,
    vendorHits: [...vendorHits].sort((a, b) => b[1] - a[1]),
    pageErrors,
  };
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(rawFile, JSON.stringify(results, null, 1));
  return results;
}

function publish(results) {
  const md = renderResults(results);
  mkdirSync(join(benchDir, 'results'), { recursive: true });
  writeFileSync(resultsFile, md);
  console.log(md);
  const readme = readFileSync(readmeFile, 'utf8');
  const updated = withReadmeRegion(readme, extractSummary(md));
  if (updated === null) {
    console.log('\nNote: README.md has no <!-- peers:start --> / <!-- peers:end --> markers; left it alone.');
  } else if (updated !== readme) {
    writeFileSync(readmeFile, updated);
    console.log('\nREADME.md: comparison table updated from bench/results/peers.md.');
  }
}
