/**
 * Debian's Chromium, driven by playwright-core. Never Playwright's own browser download: the
 * tests run the browser a Debian user gets from `apt-get install chromium`.
 */
import { execFileSync } from 'node:child_process';
import { chromium, type Browser } from 'playwright-core';

/** Launch flags: no sandbox (containers, root), no GPU, and no background traffic of Chromium's own. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--headless',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  // Background tabs keep their timers running at full speed, as a foreground tab would: the tests
  // open several tabs at once and some must keep tracking while another has the focus.
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
];

/** The Chromium binary: `$CHROMIUM_PATH`, else `chromium` (or `chromium-browser`) on the PATH. */
export function findChromium(): string | null {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  for (const name of ['chromium', 'chromium-browser']) {
    try {
      const path = execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim();
      if (path) return path;
    } catch {
      /* not this one */
    }
  }
  return null;
}

export async function launchChromium(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('Chromium is missing: apt-get install -y chromium (or set CHROMIUM_PATH)');
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS, timeout: 60_000 });
}

/**
 * The user agent of the desktop Chrome a visitor runs. Headless Chromium announces itself as
 * "HeadlessChrome", which the collector (rightly) classes as a bot; the scenarios are visitors.
 */
export function desktopUserAgent(browser: Browser): string {
  const major = browser.version().split('.')[0] ?? '0';
  return `Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${major}.0.0.0 Safari/537.36`;
}
