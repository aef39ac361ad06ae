/**
 * The one tracker of the app. Options can be tuned by the page that serves the app, without a
 * rebuild, through `<meta name="cairn-options" content='{"debug":true}'>` (the demo server and
 * the browser tests use it to shorten the flush interval and log every event).
 */
import { createTracker, type TrackerOptions } from '@cairn/tracker';

function optionsFromPage(): TrackerOptions {
  const meta = document.querySelector<HTMLMetaElement>('meta[name="cairn-options"]');
  if (!meta) return {};
  try {
    const parsed: unknown = JSON.parse(meta.content);
    return parsed && typeof parsed === 'object' ? (parsed as TrackerOptions) : {};
  } catch {
    return {}; // a broken tag must not stop the app
  }
}

export const tracker = createTracker({ endpoint: '/collect', siteId: 'spa', ...optionsFromPage() });
