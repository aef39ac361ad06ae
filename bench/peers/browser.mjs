// Debian's Chromium through playwright-core, with every request that is not for 127.0.0.1 answered locally:
// the route answers vendor hosts (settings/config CDNs, remote config, metrics) from a stub and logs them, and
// --host-resolver-rules makes any request that slipped past the route fail DNS instead of leaving the machine.
import { execFileSync } from 'node:child_process';
import { chromium } from 'playwright-core';

export const LAUNCH_ARGS = [
  '--no-sandbox',
  '--headless',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1',
];

export function chromiumPath() {
  const path = execFileSync('sh', ['-c', 'command -v chromium'], { encoding: 'utf8' }).trim();
  if (!path) throw new Error('chromium not found: apt-get install -y chromium');
  return path;
}

export async function launchBrowser() {
  return chromium.launch({ executablePath: chromiumPath(), args: LAUNCH_ARGS, headless: true });
}

/**
 * A fresh context (empty storage) whose requests to any host but 127.0.0.1 are answered by a local stub.
 * @param {import('playwright-core').Browser} browser
 * @param {Map<string, number>} vendorHits host → requests answered locally (filled in)
 */
export async function newIsolatedContext(browser, vendorHits) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  await context.route(
    (url) => url.hostname !== '127.0.0.1',
    (route) => {
      const url = new URL(route.request().url());
      vendorHits.set(url.hostname, (vendorHits.get(url.hostname) ?? 0) + 1);
      const isScript = /\.m?js(\?|$)/.test(url.pathname);
      return route.fulfill({
        status: 200,
        contentType: isScript ? 'text/javascript' : 'application/json',
        headers: { 'access-control-allow-origin': '*' },
        body: isScript ? '' : '{}',
      });
    },
  );
  return context;
}
