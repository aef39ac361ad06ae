/**
 * Chromium and Firefox through playwright-core 1.64.1 (Debian's binaries; 1.65.x fails at `newContext`
 * against Firefox ESR 153 over WebDriver BiDi: `emulation.setMediaFeaturesOverride: unknown command`).
 * Natively: request routing (endpoint blocked, pages served while offline), init scripts, console and
 * page errors. Chromium adds offline mode and CDP (tab crash, CPU throttling, quota). Firefox's offline
 * mode refuses routed navigations too (NS_ERROR_OFFLINE), so there the endpoint fails at the network
 * and `navigator.onLine` stays true; a crash is the browser killed (see FirefoxEngine).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page, Route } from 'playwright-core';
import { firefox } from 'playwright-core';
import { desktopUserAgent, findChromium, launchChromium } from '../chromium.js';
import type { ClickOptions, Engine, EngineName, PageSink, Tab, Visitor } from './engine.js';
import { abortIndexedDbWrites, busyMainThread } from './page-scripts.js';
import { descendants, kill } from './processes.js';
import { commandPath } from './which.js';

const isCollect = (url: URL) => url.pathname === '/collect';

export async function launchPlaywright(name: Exclude<EngineName, 'webkit'>): Promise<Engine> {
  if (name === 'chromium') return new ChromiumEngine(await launchChromium());
  const executablePath = findFirefox();
  if (!executablePath) throw new Error('Firefox is missing: apt-get install -y firefox-esr (or set FIREFOX_PATH)');
  return new FirefoxEngine(executablePath);
}

export const findFirefox = (): string | null => process.env.FIREFOX_PATH ?? commandPath('firefox-esr') ?? commandPath('firefox');

const VIEWPORT = { width: 1280, height: 800 };

/** Reports a context's console lines, page errors and endpoint requests to the scenario. */
function report(context: BrowserContext, sink: PageSink): BrowserContext {
  context.on('console', (msg) => sink.console(msg.type(), msg.text()));
  context.on('request', (request) => {
    if (request.method() === 'POST' && isCollect(new URL(request.url()))) sink.collectRequest();
  });
  context.on('page', (page: Page) => page.on('pageerror', (err) => sink.pageError(err.message)));
  if (process.env.CAIRN_E2E_VERBOSE) verbose(context);
  return context;
}

/** Chromium: one browser, a context per visitor. */
class ChromiumEngine implements Engine {
  readonly name = 'chromium' as const;
  readonly can = { offlineFlag: true, noReopenAfterCrash: null };
  constructor(private readonly browser: Browser) {}

  get version(): string {
    return this.browser.version();
  }

  async newVisitor(sink: PageSink): Promise<Visitor> {
    // Headless Chromium announces itself as HeadlessChrome, which the collector classes as a bot.
    const options = { viewport: VIEWPORT, userAgent: desktopUserAgent(this.browser) };
    return new PlaywrightVisitor('chromium', async () => report(await this.browser.newContext(options), sink));
  }

  async close(): Promise<void> {
    await this.browser.close().catch(() => {});
  }
}

/**
 * Firefox: a browser per visitor, on a profile folder of its own. Killing the process that renders a
 * site's pages takes the whole headless Firefox down with it (the automation sees the browser
 * disconnect), so a crash here is the browser killed and started again on the same profile, whose
 * storage survives, as after a real crash.
 */
class FirefoxEngine implements Engine {
  readonly name = 'firefox' as const;
  readonly can = { offlineFlag: false, noReopenAfterCrash: null };
  readonly version: string;
  private readonly dirs: string[] = [];
  constructor(private readonly executablePath: string) {
    this.version = execFileSync(executablePath, ['--version'], { encoding: 'utf8' }).replace(/^\D+/, '').trim();
  }

  async newVisitor(sink: PageSink): Promise<Visitor> {
    const profile = mkdtempSync(join(tmpdir(), 'cairn-firefox-'));
    this.dirs.push(profile);
    const open = async () =>
      report(
        await firefox.launchPersistentContext(profile, {
          channel: 'moz-firefox',
          executablePath: this.executablePath,
          timeout: 60_000,
          viewport: VIEWPORT,
          // Background tabs keep their timers at full speed, as Chromium's flags do: several tabs track at once.
          firefoxUserPrefs: { 'dom.min_background_timeout_value': 4, 'dom.timeout.enable_budget_timer_throttling': false },
        }),
        sink,
      );
    const visitor = new PlaywrightVisitor('firefox', open, () =>
      kill(descendants(process.pid, (cmd) => cmd.join(' ').includes(profile))),
    );
    await visitor.ready();
    return visitor;
  }

  async close(): Promise<void> {
    for (const dir of this.dirs) rmSync(dir, { recursive: true, force: true });
  }
}

class PlaywrightVisitor implements Visitor {
  private cpuRate = 1;
  private quotaOrigin: string | undefined;
  private offline = false;
  private blocked = false;
  private readonly initScripts: string[] = [];
  private context: Promise<BrowserContext> | undefined;
  constructor(
    private readonly name: Exclude<EngineName, 'webkit'>,
    private readonly open: () => Promise<BrowserContext>,
    /** Kills the whole browser (Firefox): the next tab starts it again on the same profile. */
    readonly killBrowser?: () => void,
  ) {}

  /** The live context: started again, with this visitor's scripts and faults, after the browser was killed. */
  ready(): Promise<BrowserContext> {
    return (this.context ||= this.open().then(async (context) => {
      context.on('close', () => (this.context = undefined));
      for (const source of this.initScripts) await context.addInitScript({ content: source });
      if (this.offline || this.blocked) await this.route(context, true);
      return context;
    }));
  }

  async newTab(): Promise<Tab> {
    const context = await this.ready();
    const page = await context.newPage();
    if (this.cpuRate > 1 && this.name === 'chromium') {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: this.cpuRate });
    }
    if (this.quotaOrigin && this.name === 'chromium') {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Storage.overrideQuotaForOrigin', { origin: this.quotaOrigin, quotaSize: 1 });
    }
    return new PlaywrightTab(this, context, page);
  }

  async addInitScript(source: string): Promise<void> {
    this.initScripts.push(source);
    await (await this.ready()).addInitScript({ content: source });
  }

  /** Routes of the endpoint's faults, on or off. */
  private async route(context: BrowserContext, on: boolean): Promise<void> {
    await context.unroute(isCollect).catch(() => {});
    await context.unroute(isPage).catch(() => {});
    if (!on) return;
    if (this.blocked) return void (await context.route(isCollect, abort));
    // Firefox offline refuses routed navigations as well: the endpoint fails at the network instead.
    if (this.name === 'firefox') return void (await context.route(isCollect, abortOffline));
    // Pages keep loading from Node, as from a service worker's cache; /collect goes to the offline network.
    await context.route(isPage, servePage);
  }

  async setOffline(offline: boolean): Promise<void> {
    this.offline = offline;
    const context = await this.ready();
    await this.route(context, this.offline || this.blocked);
    if (this.name === 'chromium') await context.setOffline(offline);
  }

  async blockEndpoint(blocked: boolean): Promise<void> {
    this.blocked = blocked;
    await this.route(await this.ready(), this.offline || this.blocked);
  }

  async exceedQuota(origin: string): Promise<void> {
    this.quotaOrigin = origin;
    // Firefox: no quota override over BiDi.
    if (this.name !== 'chromium') await this.addInitScript(abortIndexedDbWrites);
  }

  async throttleCpu(rate: number): Promise<void> {
    this.cpuRate = rate;
    // Firefox has no CPU throttling over BiDi: the page's main thread is kept busy instead.
    if (this.name !== 'chromium' && rate > 1) await this.addInitScript(busyMainThread(rate));
  }

  async close(): Promise<void> {
    const context = this.context;
    this.context = undefined;
    await (await context)?.close().catch(() => {});
  }
}

const isPage = (url: URL) => !isCollect(url);
const abort = (route: Route) => route.abort('blockedbyclient');
const abortOffline = (route: Route) => route.abort('internetdisconnected');

async function servePage(route: Route): Promise<void> {
  const response = await fetch(route.request().url());
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => (headers[name] = value));
  await route.fulfill({ status: response.status, headers, body: Buffer.from(await response.arrayBuffer()) });
}

class PlaywrightTab implements Tab {
  constructor(
    private readonly visitor: PlaywrightVisitor,
    private readonly context: BrowserContext,
    private readonly page: Page,
  ) {}

  async goto(url: string): Promise<void> {
    await this.page.goto(url);
  }
  async url(): Promise<string> {
    return this.page.url();
  }
  async click(selector: string, { nth, dispatch }: ClickOptions = {}): Promise<void> {
    const locator = nth === undefined ? this.page.locator(selector) : this.page.locator(selector).nth(nth);
    await (dispatch ? locator.dispatchEvent('click') : locator.click());
  }
  async clickTo(selector: string, urlPart: string): Promise<void> {
    await Promise.all([this.page.waitForURL((url) => url.href.includes(urlPart)), this.page.click(selector)]);
  }
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> {
    // playwright's PageFunction types its argument as Unboxed<A>; ours are plain JSON values.
    return this.page.evaluate(fn as (arg: unknown) => R, arg as unknown);
  }
  async waitForFunction(fn: () => unknown, timeoutMs = 30_000): Promise<void> {
    await this.page.waitForFunction(fn, undefined, { timeout: timeoutMs });
  }
  async waitForSelector(selector: string, timeoutMs = 30_000): Promise<void> {
    await this.page.waitForSelector(selector, { timeout: timeoutMs });
  }
  count(selector: string): Promise<number> {
    return this.page.locator(selector).count();
  }
  async reload(): Promise<void> {
    await this.page.reload();
  }
  async back(): Promise<void> {
    await this.page.goBack();
  }
  async forward(): Promise<void> {
    await this.page.goForward();
  }

  async crash(): Promise<void> {
    const gone = new Promise<void>((resolve) => {
      this.page.once('crash', () => resolve());
      this.page.once('close', () => resolve());
    });
    if (this.visitor.killBrowser) {
      this.visitor.killBrowser();
    } else {
      const cdp = await this.context.newCDPSession(this.page);
      void cdp.send('Page.crash').catch(() => {}); // never answers: the renderer is gone
    }
    await Promise.race([gone, deadRenderer(this.page)]);
  }

  async close(): Promise<void> {
    await this.page.close({ runBeforeUnload: false });
  }
}

/** Resolves once the page no longer answers (for a driver that reports no crash event). */
async function deadRenderer(page: Page): Promise<void> {
  for (;;) {
    const alive = await Promise.race([
      page.evaluate(() => 1).then(
        () => true,
        () => false,
      ),
      new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 2000)),
    ]);
    if (!alive) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** CAIRN_E2E_VERBOSE=1: every console line and endpoint request, timestamped. */
function verbose(context: BrowserContext): void {
  const t0 = Date.now();
  const say = (line: string) => console.log(`+${((Date.now() - t0) / 1000).toFixed(2)}s ${line}`);
  context.on('console', (msg) => say(`console.${msg.type()} ${msg.text().slice(0, 160)}`));
  context.on('requestfinished', (r) => void r.response().then((res) => say(`${r.method()} ${r.url()} → ${res?.status()}`)));
  context.on('requestfailed', (r) => say(`${r.method()} ${r.url()} ✗ ${r.failure()?.errorText}`));
  context.on('weberror', (e) => say(`pageerror ${e.error().stack ?? e.error().message}`));
}
