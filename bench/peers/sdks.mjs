// The SDKs under test, one data row each: which file is the script-tag build, how the page loads and
// initialises it (pointed at the local sink), how `track` is called, and which vendor endpoints the sink stubs.
// Every SDK keeps its defaults except where to send events; the notes say what each default does.
import { existsSync, readFileSync, realpathSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const benchDir = join(dirname(fileURLToPath(import.meta.url)), '..');
export const cacheDir = join(benchDir, '.cache', 'peers');

/** Absolute directory of an installed package (pnpm symlinks resolved). */
export function packageDir(name) {
  return realpathSync(join(benchDir, 'node_modules', name));
}

/** Installed version of a package, read from its package.json. */
export function packageVersion(name) {
  return JSON.parse(readFileSync(join(packageDir(name), 'package.json'), 'utf8')).version;
}

const json = (value) => JSON.stringify(value);

/**
 * @typedef {object} Sdk
 * @property {string} id
 * @property {string} name
 * @property {string} pkg npm package the file comes from
 * @property {() => string} version
 * @property {{ label: string, path: () => string, what: string, ours?: boolean }[]} bytes files whose size is reported
 * @property {string} script URL path of the script tag used on the test page
 * @property {Record<string, string>} serve URL path → file served by the sink
 * @property {{ prefix: string, status?: number, type?: string, body: string | ((origin: string) => string) }[]} [stubs]
 * @property {string} [pre] inline script before the script tag (the vendor's snippet stub)
 * @property {string | ((origin: string) => string)} [attrs] attributes of the script tag
 * @property {string} [init] inline script after the script tag
 * @property {string} track JS function expression `(name, props) => void`
 * @property {string} [ready] JS function expression returning true once the SDK is loaded
 * @property {string} notes how it was configured
 */

function lazyFile(pkg, rel) {
  return () => join(packageDir(pkg), rel);
}

const segmentDir = () => join(packageDir('@segment/analytics-next'), 'dist', 'umd');

/** @type {Sdk[]} */
export const peers = [
  {
    id: 'posthog',
    name: 'PostHog',
    pkg: 'posthog-js',
    bytes: [{ label: 'dist/array.js', path: lazyFile('posthog-js', 'dist/array.js'), what: 'default CDN script (extensions lazy-loaded)' }],
    script: '/sdk/posthog/array.js',
    get serve() {
      const dist = join(packageDir('posthog-js'), 'dist');
      const out = { '/sdk/posthog/array.js': join(dist, 'array.js') };
      // array.js lazy-loads extensions from `<api_host>/static/*.js`, as from its CDN.
      for (const f of readdirSync(dist)) if (f.endsWith('.js')) out[`/static/${f}`] = join(dist, f);
      return out;
    },
    stubs: [
      { prefix: '/flags', body: json({ featureFlags: {}, featureFlagPayloads: {}, errorsWhileComputingFlags: false }) },
      { prefix: '/decide', body: json({ featureFlags: {}, featureFlagPayloads: {}, errorsWhileComputingFlags: false }) },
      { prefix: '/array/', type: 'text/javascript', body: '' },
      { prefix: '/e', body: json({ status: 1 }) },
      { prefix: '/i/v0/e', body: json({ status: 1 }) },
      { prefix: '/batch', body: json({ status: 1 }) },
    ],
    init: `posthog.init('phc_bench', { api_host: location.origin, opt_out_useragent_filter: true });`,
    track: `function (name, props) { posthog.capture(name, props); }`,
    ready: `function () { return !!(window.posthog && posthog.__loaded); }`,
    notes: 'defaults (autocapture, page views, `localStorage+cookie` persistence); `api_host` = sink; `opt_out_useragent_filter` (else it drops every event from headless Chromium)',
  },
  {
    id: 'segment',
    name: 'Segment',
    pkg: '@segment/analytics-next',
    bytes: [{ label: 'dist/umd/standalone.js', path: () => join(segmentDir(), 'standalone.js'), what: 'CDN standalone (snippet target; loads chunks on demand)' }],
    script: '/sdk/segment/standalone.js',
    get serve() {
      const out = { '/sdk/segment/standalone.js': join(segmentDir(), 'standalone.js') };
      // webpack public path = `<_cdn>/analytics-next/bundles/` (dist/pkg/browser/standalone.js)
      for (const f of readdirSync(segmentDir())) if (f.endsWith('.js')) out[`/analytics-next/bundles/${f}`] = join(segmentDir(), f);
      return out;
    },
    stubs: [
      {
        prefix: '/v1/projects/',
        body: (origin) =>
          json({
            integrations: { 'Segment.io': { apiKey: 'benchkey', apiHost: `${origin.replace(/^http:\/\//, '')}/v1`, protocol: 'http' } },
            plan: { track: { __default: { enabled: true } } },
            edgeFunction: {},
            analyticsNextEnabled: true,
          }),
      },
      { prefix: '/v1/', body: json({ success: true }) },
    ],
    // The official snippet's stub, reduced to the methods used here; `_cdn` keeps settings and chunks local.
    pre: `(function () { var a = window.analytics = []; a._writeKey = 'benchkey'; a._cdn = location.origin;
  ['track', 'page', 'identify'].forEach(function (m) { a[m] = function () { var args = Array.prototype.slice.call(arguments); args.unshift(m); a.push(args); return a; }; });
  a.page(); })();`,
    track: `function (name, props) { window.analytics.track(name, props); }`,
    ready: `function () { return !!(window.analytics && window.analytics.initialized); }`,
    notes: 'snippet + standalone.js, default delivery (one request per event); settings answered by a local stub',
  },
  {
    id: 'amplitude',
    name: 'Amplitude',
    pkg: '@amplitude/analytics-browser',
    bytes: [{ label: 'lib/scripts/amplitude-min.js', path: lazyFile('@amplitude/analytics-browser', 'lib/scripts/amplitude-min.js'), what: 'full script (autocapture, web vitals, network capture bundled)' }],
    script: '/sdk/amplitude/amplitude-min.js',
    get serve() {
      return { '/sdk/amplitude/amplitude-min.js': join(packageDir('@amplitude/analytics-browser'), 'lib/scripts/amplitude-min.js') };
    },
    stubs: [{ prefix: '/amplitude/', body: json({ code: 200, events_ingested: 1, payload_size_bytes: 1, server_upload_time: 1 }) }],
    init: `window.__ampReady = false; amplitude.init('benchkey', { serverUrl: location.origin + '/amplitude/2/httpapi' }).promise.then(function () { window.__ampReady = true; });`,
    track: `function (name, props) { amplitude.track(name, props); }`,
    ready: `function () { return window.__ampReady === true; }`,
    notes: 'defaults (flush at 200 events or 10 s, LS unsent queue, default autocapture); `serverUrl` = sink; remote config answered by the route stub',
  },
  {
    id: 'snowplow',
    name: 'Snowplow',
    pkg: '@snowplow/browser-tracker',
    bytes: [{ label: 'dist/index.umd.min.js', path: lazyFile('@snowplow/browser-tracker', 'dist/index.umd.min.js'), what: 'UMD min (core tracker; sp.js is not on npm)' }],
    script: '/sdk/snowplow/index.umd.min.js',
    get serve() {
      return { '/sdk/snowplow/index.umd.min.js': join(packageDir('@snowplow/browser-tracker'), 'dist/index.umd.min.js') };
    },
    stubs: [{ prefix: '/snowplow/', type: 'text/plain', body: 'ok' }],
    // The documented tag tracks a page view on every load (the others auto-track theirs).
    init: `snowplowBrowserTracking.newTracker('sp', location.origin + '/snowplow', { appId: 'bench', eventMethod: 'post' });
snowplowBrowserTracking.trackPageView();`,
    track: `function (name, props) { snowplowBrowserTracking.trackSelfDescribingEvent({ event: { schema: 'iglu:dev.cairn/bench_event/jsonschema/1-0-0', data: Object.assign({ name: name }, props) } }); }`,
    notes: 'defaults (POST, bufferSize 1, LS out-queue) + `trackPageView()` as in the documented tag; collector = sink; events are self-describing',
  },
  {
    id: 'rudderstack',
    name: 'RudderStack',
    pkg: '@rudderstack/analytics-js',
    bytes: [
      { label: 'dist/npm/modern/lite/umd/index.js', path: lazyFile('@rudderstack/analytics-js', 'dist/npm/modern/lite/umd/index.js'), what: 'npm UMD lite (8 plugins bundled), unminified as shipped' },
      { label: 'min/rudderstack-lite.esbuild.js', path: () => join(cacheDir, 'rudderstack-lite.esbuild.js'), what: 'OUR esbuild --minify of the line above (the CDN build is not on npm)', ours: true },
    ],
    script: '/sdk/rudderstack/rudderstack-lite.min.js',
    get serve() {
      return { '/sdk/rudderstack/rudderstack-lite.min.js': join(cacheDir, 'rudderstack-lite.esbuild.js') };
    },
    stubs: [
      {
        prefix: '/rudder/sourceConfig',
        body: json({ isHosted: true, source: { id: 'bench-source', name: 'bench', workspaceId: 'bench-ws', writeKey: 'benchkey', enabled: true, config: {}, destinations: [] } }),
      },
      { prefix: '/rudder-dp/', type: 'text/plain', body: 'OK' },
    ],
    init: `window.__rsReady = false; window.rs = new rudderanalytics.RudderAnalytics();
rs.load('benchkey', location.origin + '/rudder-dp', { configUrl: location.origin + '/rudder', onLoaded: function () { window.__rsReady = true; } });`,
    track: `function (name, props) { rs.track(name, props); }`,
    ready: `function () { return window.__rsReady === true; }`,
    notes: 'lite build, defaults (XhrQueue, LS retry queue); source config answered by a local stub; data plane = sink',
  },
  {
    id: 'mixpanel',
    name: 'Mixpanel',
    pkg: 'mixpanel-browser',
    bytes: [{ label: 'dist/mixpanel.min.js', path: lazyFile('mixpanel-browser', 'dist/mixpanel.min.js'), what: 'full script loaded by the snippet (recorder lazy)' }],
    script: '/sdk/mixpanel/mixpanel.min.js',
    get serve() {
      return { '/sdk/mixpanel/mixpanel.min.js': join(packageDir('mixpanel-browser'), 'dist/mixpanel.min.js') };
    },
    stubs: [{ prefix: '/mixpanel/', body: json({ status: 1, error: null }) }],
    // The official snippet's stub (mixpanel.min.js refuses to start without `__SV`), reduced to init + track.
    pre: `(function (b) { if (b.__SV) return; window.mixpanel = b; b._i = [];
  b.init = function (t, c, n) { var a = b; if (typeof n !== 'undefined') { a = b[n] = []; } else { n = 'mixpanel'; }
    a.people = a.people || []; ['track', 'register', 'identify'].forEach(function (m) { a[m] = function () { a.push([m].concat(Array.prototype.slice.call(arguments, 0))); }; });
    b._i.push([t, c, n]); };
  b.__SV = 1.2; })(window.mixpanel || []);
window.__mpReady = false;
mixpanel.init('benchtoken', { api_host: location.origin + '/mixpanel', loaded: function () { window.__mpReady = true; } });`,
    track: `function (name, props) { mixpanel.track(name, props); }`,
    ready: `function () { return window.__mpReady === true; }`,
    notes: 'snippet + mixpanel.min.js, defaults (batches of 50 / 5 s, LS queue); `api_host` = sink',
  },
  {
    id: 'plausible',
    name: 'Plausible',
    pkg: 'plausible-tracker',
    bytes: [
      { label: 'build/module/lib/tracker.js', path: lazyFile('plausible-tracker', 'build/module/lib/tracker.js'), what: 'ESM module, unminified (npm ships no script tag)' },
      { label: 'min/plausible-tracker.esbuild.js', path: () => join(cacheDir, 'plausible-tracker.esbuild.js'), what: 'OUR esbuild --minify IIFE of build/module/index.js', ours: true },
    ],
    script: '/sdk/plausible/plausible-tracker.min.js',
    get serve() {
      return { '/sdk/plausible/plausible-tracker.min.js': join(cacheDir, 'plausible-tracker.esbuild.js') };
    },
    stubs: [{ prefix: '/plausible/', status: 202, type: 'text/plain', body: 'ok' }],
    init: `window.plausible = Plausible.default({ domain: 'bench.local', apiHost: location.origin + '/plausible', trackLocalhost: true });`,
    track: `function (name, props) { plausible.trackEvent(name, { props: props }); }`,
    notes: 'legacy npm module as an IIFE; `trackLocalhost` so 127.0.0.1 is not ignored; one XHR per event',
  },
];

const umamiFile = () => join(cacheDir, 'umami-script.terser.js');

/** Umami is only added when its tracker could be built from the npm tarball (see artifacts.mjs). */
export const umami = {
  id: 'umami',
  name: 'Umami',
  pkg: 'umami',
  bytes: [
    { label: 'src/tracker/index.js', path: () => join(cacheDir, 'umami', 'package', 'src', 'tracker', 'index.js'), what: 'tracker source (public/script.js is not shipped)' },
    { label: 'min/umami-script.terser.js', path: umamiFile, what: 'OUR build per its rollup.tracker.config.mjs (iife + terser)', ours: true },
  ],
  script: '/sdk/umami/script.js',
  get serve() {
    return { '/sdk/umami/script.js': umamiFile() };
  },
  stubs: [{ prefix: '/umami/', type: 'text/plain', body: '' }],
  attrs: (origin) => `data-website-id="00000000-0000-4000-8000-000000000000" data-host-url="${origin}/umami"`,
  track: `function (name, props) { umami.track(name, props); }`,
  ready: `function () { return !!window.umami; }`,
  notes: 'script tag with `data-host-url` = sink; defaults (auto-tracked page view, one fetch per event)',
};

/** Cairn's own row: the tracker's script-tag build. */
export const cairn = {
  id: 'cairn',
  name: 'Cairn',
  pkg: '@cairn/tracker',
  bytes: [{ label: 'dist/cairn.js', path: () => join(packageDir('@cairn/tracker'), 'dist', 'cairn.js'), what: 'script-tag IIFE' }],
  script: '/sdk/cairn/cairn.js',
  get serve() {
    return { '/sdk/cairn/cairn.js': join(packageDir('@cairn/tracker'), 'dist', 'cairn.js') };
  },
  stubs: [],
  pre: `window.cairn = window.cairn || function () { (cairn.q = cairn.q || []).push(arguments); };`,
  attrs: (origin) => `data-endpoint="${origin}/cairn/collect" data-site="bench"`,
  track: `function (name, props) { cairn('track', name, props); }`,
  notes: 'script tag with `data-endpoint` = sink, defaults',
};

/** True when the Cairn tracker's script-tag build exists (another engineer builds it). */
export function cairnBuilt() {
  try {
    return existsSync(cairn.bytes[0].path());
  } catch {
    return false;
  }
}

