// What each build does, taken from the packages' code and docs (the research in
// /work/shared/research/peers.md, re-cited against the installed versions). Each cell: a short verdict, the
// file (and line where stable) it comes from, and an `evidence` needle that run.mjs looks for in that file of
// the installed package, so a citation that no longer holds shows up as "unverified" instead of being trusted.
//
// Legend: Y present · P partial/opt-in · N not found in the package (searched) · LS localStorage ·
// IDB IndexedDB · mem in memory.

/** Columns of the feature matrix, in order. */
export const FEATURE_COLUMNS = [
  ['queue', 'Queue'],
  ['where', 'Queue lives in'],
  ['batching', 'Batching'],
  ['retry', 'Retry + backoff'],
  ['unload', 'Unload delivery'],
  ['spa', 'SPA page views'],
  ['clicks', 'Click capture'],
  ['checkout', 'Checkout events'],
  ['consent', 'Consent / DNT / GPC'],
  ['crossTab', 'Cross-tab'],
];

/**
 * @typedef {{ v: string, ref?: string, evidence?: [file: string, needle: string] }} Cell
 * @type {Record<string, Record<string, Cell>>}
 */
export const FEATURES = {
  posthog: {
    queue: { v: 'P: retry queue for failed sends', ref: 'lib/src/retry-queue.js:81-92', evidence: ['lib/src/retry-queue.js', 'online'] },
    where: { v: 'mem', ref: 'lib/src/retry-queue.js', evidence: ['lib/src/retry-queue.js', '_queue'] },
    batching: { v: 'Y: flush every 3 s', ref: 'lib/src/request-queue.js:54', evidence: ['lib/src/request-queue.js', '3000'] },
    retry: { v: 'Y: jittered exponential, 10 tries', ref: 'lib/src/retry-queue.js:45-65', evidence: ['lib/src/retry-queue.js', 'Math.pow'] },
    unload: { v: 'Y: sendBeacon', ref: 'lib/src/request-queue.js:69-78', evidence: ['lib/src/request-queue.js', 'sendBeacon'] },
    spa: { v: 'Y: pushState + popstate', ref: 'lib/src/extensions/history-autocapture.js:58,98', evidence: ['lib/src/extensions/history-autocapture.js', 'pushState'] },
    clicks: { v: 'Y: all clicks, `data-ph-capture-attribute-*`', ref: 'lib/src/browser-autocapture.js:21', evidence: ['lib/src/browser-autocapture.js', 'data-ph-capture'] },
    checkout: { v: 'N' },
    consent: { v: 'Y: opt-in/out; DNT + GPC with `respect_dnt`', ref: 'lib/src/consent.js:121-129', evidence: ['lib/src/consent.js', 'globalPrivacyControl'] },
    crossTab: { v: 'P: `storage` event syncs props, not the queue', ref: 'lib/src/posthog-persistence.js:265', evidence: ['lib/src/posthog-persistence.js', 'storage'] },
  },
  segment: {
    queue: { v: 'Y: persisted priority queue', ref: 'dist/pkg/lib/priority-queue/persisted.js', evidence: ['dist/pkg/lib/priority-queue/persisted.js', 'pagehide'] },
    where: { v: 'LS (written on pagehide)', ref: 'dist/pkg/lib/priority-queue/persisted.js', evidence: ['dist/pkg/lib/priority-queue/persisted.js', 'localStorage'] },
    batching: { v: 'P: opt-in `deliveryStrategy: batching`', ref: 'dist/pkg/plugins/segmentio/index.js:56-61', evidence: ['dist/pkg/plugins/segmentio/index.js', 'batching'] },
    retry: { v: 'Y: exponential + jitter', ref: 'dist/pkg/lib/priority-queue/backoff.js', evidence: ['dist/pkg/lib/priority-queue/backoff.js', 'Math.random'] },
    unload: { v: 'P: keepalive in batching mode only', ref: 'dist/pkg/plugins/segmentio/batched-dispatcher.js:97,233', evidence: ['dist/pkg/plugins/segmentio/batched-dispatcher.js', 'keepalive'] },
    spa: { v: 'N' },
    clicks: { v: 'N: programmatic `trackLink` only', ref: 'dist/pkg/core/auto-track.js:20', evidence: ['dist/pkg/core/auto-track.js', 'link'] },
    checkout: { v: 'N (spec events are docs only)' },
    consent: { v: 'N (separate analytics-consent-tools)' },
    crossTab: { v: 'Y: LS mutex', ref: 'dist/pkg/lib/priority-queue/persisted.js:41-61', evidence: ['dist/pkg/lib/priority-queue/persisted.js', 'lock'] },
  },
  amplitude: {
    queue: { v: 'Y: unsent events persisted', ref: 'lib/esm/config.js:35', evidence: ['lib/esm/config.js', 'new LocalStorage('] },
    where: { v: 'LS', ref: 'lib/esm/storage/local-storage.js', evidence: ['lib/esm/storage/local-storage.js', 'localStorage'] },
    batching: { v: 'Y: 200 events / 10 s', ref: 'lib/scripts/amplitude-min.js', evidence: ['lib/scripts/amplitude-min.js', 'flushQueueSize:200'] },
    retry: { v: 'P: linear (attempt × 1 s)', ref: 'lib/scripts/amplitude-min.js', evidence: ['lib/scripts/amplitude-min.js', 'flushMaxRetries'] },
    unload: { v: 'P: opt-in `transport: beacon`; fetch keepalive ≤ 16 KiB', ref: 'lib/esm/transports/fetch.js:3,57', evidence: ['lib/esm/transports/fetch.js', 'keepalive'] },
    spa: { v: 'Y: pushState + popstate', ref: 'lib/scripts/amplitude-min.js', evidence: ['lib/scripts/amplitude-min.js', 'pushState'] },
    clicks: { v: 'Y: element autocapture, `data-amp-track-*`', ref: 'lib/scripts/amplitude-min.js', evidence: ['lib/scripts/amplitude-min.js', 'data-amp-track-'] },
    checkout: { v: 'P: `revenue()` API', ref: 'lib/esm/browser-client.js:536', evidence: ['lib/esm/browser-client.js', 'prototype.revenue'] },
    consent: { v: 'P: `optOut`; no DNT/GPC', ref: 'lib/esm/browser-client.js:159', evidence: ['lib/esm/browser-client.js', 'optOut'] },
    crossTab: { v: 'N' },
  },
  snowplow: {
    queue: { v: 'Y: out-queue, max 1000', ref: 'dist/index.umd.js:2664-2675', evidence: ['dist/index.umd.js', 'snowplowOutQueue_'] },
    where: { v: 'LS', ref: 'dist/index.umd.js:2664', evidence: ['dist/index.umd.js', 'localStorage'] },
    batching: { v: 'P: `bufferSize` 1 by default', ref: 'dist/index.umd.js:1827', evidence: ['dist/index.umd.js', 'bufferSize'] },
    retry: { v: 'P: on next flush, no backoff timer', ref: 'dist/index.umd.js:1833-1847', evidence: ['dist/index.umd.js', 'retryStatusCodes'] },
    unload: { v: 'P: `keepalive` opt-in; flush on visibilitychange', ref: 'dist/index.umd.js:1579,4670', evidence: ['dist/index.umd.js', 'keepalive'] },
    spa: { v: 'N: manual `trackPageView`' },
    clicks: { v: 'N (separate plugin)' },
    checkout: { v: 'N (separate ecommerce plugin)' },
    consent: { v: 'P: `respectDoNotTrack`, anonymous tracking; no GPC', ref: 'dist/index.umd.js:3386', evidence: ['dist/index.umd.js', 'respectDoNotTrack'] },
    crossTab: { v: 'N' },
  },
  rudderstack: {
    queue: { v: 'Y: RetryQueue', ref: 'dist/npm/modern/lite/umd/index.js', evidence: ['dist/npm/modern/lite/umd/index.js', 'RetryQueue'] },
    where: { v: 'LS', ref: 'dist/npm/modern/lite/umd/index.js', evidence: ['dist/npm/modern/lite/umd/index.js', 'localStorage'] },
    batching: { v: 'P: opt-in batch mode (100 / 60 s)', ref: 'dist/npm/modern/lite/umd/index.js', evidence: ['dist/npm/modern/lite/umd/index.js', 'maxItems'] },
    retry: { v: 'Y: exponential 1 s ×2, max 360 s', ref: 'dist/npm/modern/lite/umd/index.js', evidence: ['dist/npm/modern/lite/umd/index.js', 'minRetryDelay'] },
    unload: { v: 'P: BeaconQueue with `useBeacon: true`', ref: 'dist/npm/modern/lite/umd/index.js', evidence: ['dist/npm/modern/lite/umd/index.js', 'sendBeacon'] },
    spa: { v: 'N' },
    clicks: { v: 'N' },
    checkout: { v: 'N' },
    consent: { v: 'P: consent-manager plugins; no DNT/GPC', ref: 'dist/npm/modern/lite/umd/index.js', evidence: ['dist/npm/modern/lite/umd/index.js', 'OneTrust'] },
    crossTab: { v: 'Y: LS ack/reclaim between tabs', ref: 'dist/npm/modern/lite/umd/index.js', evidence: ['dist/npm/modern/lite/umd/index.js', 'reclaim'] },
  },
  mixpanel: {
    queue: { v: 'Y: persisted request queue', ref: 'src/request-queue.js:3,27-30', evidence: ['src/request-queue.js', 'RequestQueue'] },
    where: { v: 'LS', ref: 'src/request-queue.js', evidence: ['src/request-queue.js', 'localStorage'] },
    batching: { v: 'Y: 50 events / 5 s', ref: 'src/mixpanel-core.js:145-148', evidence: ['src/mixpanel-core.js', "'batch_size':"] },
    retry: { v: 'Y: exponential, cap 10 min', ref: 'src/request-batcher.js:6-7', evidence: ['src/request-batcher.js', 'MAX_RETRY_INTERVAL_MS'] },
    unload: { v: 'Y: sendBeacon on pagehide', ref: 'src/mixpanel-core.js:~355-375', evidence: ['src/mixpanel-core.js', 'pagehide'] },
    spa: { v: 'Y: pushState/popstate/hashchange', ref: 'src/autocapture/index.js:194-195', evidence: ['src/autocapture/index.js', 'popstate'] },
    clicks: { v: 'P: autocapture, CSS classes `mp-include`', ref: 'src/autocapture/utils.js:29-31', evidence: ['src/autocapture/utils.js', 'mp-include'] },
    checkout: { v: 'P: `people.track_charge()`', ref: 'src/mixpanel-people.js:247-253', evidence: ['src/mixpanel-people.js', 'track_charge'] },
    consent: { v: 'Y: opt-in/out, DNT; no GPC', ref: 'src/gdpr-utils.js:192-209', evidence: ['src/gdpr-utils.js', 'doNotTrack'] },
    crossTab: { v: 'Y: LS SharedLock', ref: 'src/shared-lock.js:7-11', evidence: ['src/shared-lock.js', 'SharedLock'] },
  },
  plausible: {
    queue: { v: 'N' },
    where: { v: '–' },
    batching: { v: 'N' },
    retry: { v: 'N: one XHR per event', ref: 'build/module/lib/request.js:30', evidence: ['build/module/lib/request.js', 'XMLHttpRequest'] },
    unload: { v: 'N' },
    spa: { v: 'Y opt-in: `enableAutoPageviews()`', ref: 'build/module/lib/tracker.js', evidence: ['build/module/lib/tracker.js', 'pushState'] },
    clicks: { v: 'N: outbound-link helper only', ref: 'README.md:17', evidence: ['README.md', 'enableAutoOutboundTracking'] },
    checkout: { v: 'N' },
    consent: { v: 'P: `plausible_ignore` opt-out; no DNT/GPC', ref: 'build/module/lib/request.js', evidence: ['build/module/lib/request.js', 'plausible_ignore'] },
    crossTab: { v: 'N' },
  },
  umami: {
    queue: { v: 'N' },
    where: { v: '–' },
    batching: { v: 'N' },
    retry: { v: 'N: one fetch per event, errors swallowed', ref: 'src/tracker/index.js:185', evidence: ['src/tracker/index.js', 'fetch('] },
    unload: { v: 'N' },
    spa: { v: 'Y: pushState/replaceState hooks', ref: 'src/tracker/index.js:76', evidence: ['src/tracker/index.js', 'pushState'] },
    clicks: { v: 'Y: `data-umami-event(-*)`', ref: 'src/tracker/index.js:28', evidence: ['src/tracker/index.js', 'umami-event'] },
    checkout: { v: 'N' },
    consent: { v: 'P: `umami.disabled` flag, domain allowlist; no DNT/GPC', ref: 'src/tracker/index.js:173', evidence: ['src/tracker/index.js', 'umami.disabled'] },
    crossTab: { v: 'N' },
  },
  cairn: {
    queue: { v: 'Y: outbox until the endpoint acknowledges', ref: 'src/outbox/outbox.ts', evidence: ['src/outbox/outbox.ts', 'store._del'] },
    where: { v: 'IDB (memory if IDB fails)', ref: 'src/outbox/store.ts', evidence: ['src/outbox/store.ts', 'IndexedDB'] },
    batching: { v: 'Y: 50 events per batch', ref: 'src/tracker.ts', evidence: ['src/tracker.ts', 'batchSize: 50'] },
    retry: { v: 'Y: exponential + jitter, honours Retry-After', ref: 'src/outbox/backoff.ts', evidence: ['src/outbox/backoff.ts', 'Math.random'] },
    unload: { v: 'Y: keepalive fetch, sendBeacon fallback', ref: 'src/outbox/send.ts', evidence: ['src/outbox/send.ts', 'sendBeacon'] },
    spa: { v: 'Y: pushState/replaceState/popstate/hashchange', ref: 'src/capture/pageviews.ts', evidence: ['src/capture/pageviews.ts', 'hashchange'] },
    clicks: { v: 'Y: CTAs, `data-cairn-cta`', ref: 'src/capture/clicks.ts', evidence: ['src/capture/clicks.ts', 'data-cairn-cta'] },
    checkout: { v: 'Y: checkout steps, `data-cairn-checkout-step`', ref: 'src/capture/checkout.ts', evidence: ['src/capture/checkout.ts', 'data-cairn-checkout-step'] },
    consent: { v: 'Y: DNT + GPC', ref: 'src/privacy.ts', evidence: ['src/privacy.ts', 'globalPrivacyControl'] },
    crossTab: { v: 'Y: one sending tab (Web Locks, IDB lease fallback)', ref: 'src/outbox/lock.ts', evidence: ['src/outbox/lock.ts', 'navigator'] },
  },
};
