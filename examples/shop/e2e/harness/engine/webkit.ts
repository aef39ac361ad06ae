/**
 * WebKit: Debian's WebKitGTK MiniBrowser driven by selenium-webdriver over WebKitWebDriver (classic
 * WebDriver; no BiDi). What we found driving it (docs/reliability.md § Driving WebKit):
 * - one session per WebKitWebDriver process ("Maximum number of active sessions"): a visitor is a
 *   WebKitWebDriver + MiniBrowser pair of its own, which also gives it storage of its own;
 * - MiniBrowser needs a display (Xvfb); without one session creation hangs, so every WebDriver call here
 *   is time-boxed;
 * - no request interception, init scripts or console access: pages load through a reverse proxy that
 *   injects the init scripts and a console relay and faults the endpoint (page-proxy.ts);
 * - no offline mode: `navigator.onLine` stays true while the proxy fails the endpoint;
 * - closing a session's last window ends the browser: the session's first window stays open, unused;
 * - a tab crash is the kill of the visitor's WebKitWebProcess renderers, but WebKitWebDriver then deletes
 *   the session, and no new session can reopen its storage: scenario 8 is skipped here.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { Builder, type WebDriver, type WebElement } from 'selenium-webdriver';
import type { ClickOptions, Engine, PageSink, Tab, Visitor } from './engine.js';
import { abortIndexedDbWrites, busyMainThread, resolveSelector } from './page-scripts.js';
import { startPageProxy, type PageProxy } from './page-proxy.js';
import { descendants, kill } from './processes.js';
import { commandPath } from './which.js';
import { startXvfb, type Display } from './xvfb.js';

/** Every WebDriver call is bounded: a wedged MiniBrowser must fail a test, not hang it. */
const CALL_MS = 30_000;

async function within<T>(what: string, promise: Promise<T>, ms = CALL_MS): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`WebKit: ${what} took over ${ms} ms`)), ms)));
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** MiniBrowser ships in libwebkit2gtk-4.1-0, outside the PATH. */
export function findMiniBrowser(): string | null {
  if (process.env.MINIBROWSER_PATH) return process.env.MINIBROWSER_PATH;
  for (const dir of ['/usr/lib/x86_64-linux-gnu', '/usr/lib/aarch64-linux-gnu', '/usr/lib']) {
    const path = `${dir}/webkit2gtk-4.1/MiniBrowser`;
    if (existsSync(path)) return path;
  }
  try {
    return execFileSync('sh', ['-c', 'dpkg -L libwebkit2gtk-4.1-0 | grep /MiniBrowser$'], { encoding: 'utf8' }).trim() || null;
  } catch {
    return null;
  }
}

export const findWebKitDriver = (): string | null => process.env.WEBKIT_WEBDRIVER_PATH ?? commandPath('WebKitWebDriver');

export async function launchWebKit(): Promise<Engine> {
  const binary = findMiniBrowser();
  const driver = findWebKitDriver();
  if (!binary || !driver) throw new Error('WebKit is missing: apt-get install -y webkit2gtk-driver libwebkit2gtk-4.1-0 xvfb');
  const display = process.env.DISPLAY && process.env.CAIRN_E2E_OWN_DISPLAY !== '1' ? null : await startXvfb();
  const version = execFileSync(binary, ['--version'], { encoding: 'utf8', env: { ...process.env, DISPLAY: display?.name ?? process.env.DISPLAY } })
    .trim()
    .replace(/^\D+/, '');
  return new WebKitEngine(binary, driver, display, version);
}

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });

class WebKitEngine implements Engine {
  readonly name = 'webkit' as const;
  readonly can = {
    offlineFlag: false,
    noReopenAfterCrash:
      'WebKitWebDriver deletes the session when a page’s web process dies ("session deleted because of page crash or hang"), and MiniBrowser has no option for a data directory a new session could reopen: the crashed visitor’s storage cannot be reached again',
  };
  private readonly visitors = new Set<WebKitVisitor>();
  constructor(
    private readonly binary: string,
    private readonly driverPath: string,
    private readonly display: Display | null,
    readonly version: string,
  ) {}

  async newVisitor(sink: PageSink): Promise<Visitor> {
    const port = await freePort();
    const env = { ...process.env, DISPLAY: this.display?.name ?? process.env.DISPLAY ?? '' };
    const driverProcess = spawn(this.driverPath, [`--port=${port}`, '--host=127.0.0.1'], { env, stdio: 'ignore' });
    try {
      await waitForPort(port);
      const capabilities = {
        browserName: 'MiniBrowser',
        'webkitgtk:browserOptions': { binary: this.binary, args: ['--automation'] },
      };
      const driver = await within('session creation', new Builder().usingServer(`http://127.0.0.1:${port}`).withCapabilities(capabilities).build(), 60_000);
      const keeper = await within('first window', driver.getWindowHandle());
      const visitor = new WebKitVisitor(driver, driverProcess, keeper, sink, () => this.visitors.delete(visitor));
      this.visitors.add(visitor);
      return visitor;
    } catch (err) {
      driverProcess.kill('SIGKILL');
      throw err;
    }
  }

  async close(): Promise<void> {
    await Promise.all([...this.visitors].map((v) => v.close()));
    this.display?.close();
  }
}

async function waitForPort(port: number): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    const ok = await fetch(`http://127.0.0.1:${port}/status`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await sleep(100);
  }
  throw new Error('WebKitWebDriver did not answer /status within 15 s');
}

class WebKitVisitor implements Visitor {
  private readonly proxies = new Map<string, Promise<PageProxy>>();
  private readonly initScripts: string[] = [];
  private offline = false;
  private blocked = false;
  private current: string;
  /** WebDriver has one current window: calls for different tabs run one at a time. */
  private queue: Promise<unknown> = Promise.resolve();
  private closed = false;

  constructor(
    readonly driver: WebDriver,
    private readonly driverProcess: ChildProcess,
    private readonly keeper: string,
    private readonly sink: PageSink,
    private readonly onClose: () => void,
  ) {
    this.current = keeper;
  }

  /** Runs `fn` with `handle` as the current window, after every call queued before it. */
  on<T>(handle: string, fn: (driver: WebDriver) => Promise<T>): Promise<T> {
    const run = this.queue.then(async () => {
      if (this.current !== handle) {
        await within('switch to tab', this.driver.switchTo().window(handle));
        this.current = handle;
      }
      return fn(this.driver);
    });
    this.queue = run.catch(() => {});
    return run;
  }

  /** The URL a page of `url`'s origin is loaded from: that origin's proxy. */
  async proxied(url: string): Promise<string> {
    const target = new URL(url);
    for (const proxy of this.proxies.values()) if ((await proxy).url === `${target.origin}/`) return url;
    let proxy = this.proxies.get(target.origin);
    if (!proxy) {
      proxy = startPageProxy(target.origin, {
        sink: this.sink,
        initScripts: this.initScripts,
        endpointDown: () => this.offline || this.blocked,
      });
      this.proxies.set(target.origin, proxy);
    }
    return new URL(target.pathname + target.search + target.hash, (await proxy).url).href;
  }

  async newTab(): Promise<Tab> {
    const handle = await this.on(this.keeper, async (driver) => {
      await within('new tab', driver.switchTo().newWindow('tab'));
      const handle = await within('tab handle', driver.getWindowHandle());
      this.current = handle;
      return handle;
    });
    return new WebKitTab(this, handle);
  }

  async addInitScript(source: string): Promise<void> {
    this.initScripts.push(source);
  }
  async setOffline(offline: boolean): Promise<void> {
    this.offline = offline;
  }
  async blockEndpoint(blocked: boolean): Promise<void> {
    this.blocked = blocked;
  }
  async exceedQuota(): Promise<void> {
    this.initScripts.push(abortIndexedDbWrites);
  }
  async throttleCpu(rate: number): Promise<void> {
    if (rate > 1) this.initScripts.push(busyMainThread(rate));
  }

  /** Kills the visitor's web content processes: every tab's renderer dies, the browser and its storage live. */
  crashRenderers(): void {
    const renderers = descendants(this.driverProcess.pid!, (cmd) => cmd.some((part) => part.endsWith('WebKitWebProcess')));
    if (!renderers.length) throw new Error('no WebKitWebProcess found to crash');
    kill(renderers);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.onClose();
    await within('quit', this.driver.quit(), 10_000).catch(() => {});
    this.driverProcess.kill('SIGKILL');
    await Promise.all([...this.proxies.values()].map(async (p) => (await p).close().catch(() => {})));
  }
}

/** A WebDriver async script calling `fn(arguments[0])`: the last argument is the callback. */
const asyncCall = (fn: string) => `const done = arguments[arguments.length - 1];
  Promise.resolve(arguments[0]).then((arg) => (${fn})(arg)).then(
    (value) => done({ ok: value === undefined ? null : value }),
    (err) => done({ err: String((err && err.stack) || err) }));`;

class WebKitTab implements Tab {
  constructor(
    private readonly visitor: WebKitVisitor,
    private readonly handle: string,
  ) {}

  private on<T>(fn: (driver: WebDriver) => Promise<T>): Promise<T> {
    return this.visitor.on(this.handle, fn);
  }

  async goto(url: string): Promise<void> {
    const target = await this.visitor.proxied(url);
    await this.on((d) => within(`get ${url}`, d.get(target)));
  }
  url(): Promise<string> {
    return this.on((d) => within('current URL', d.getCurrentUrl()));
  }

  private async find(selector: string, nth = 0): Promise<WebElement> {
    const deadline = Date.now() + 15_000;
    for (;;) {
      const element = await this.on((d) =>
        within(
          `find ${selector}`,
          d.executeScript<WebElement | null>(`return (${resolveSelector})(arguments[0])[arguments[1]] || null;`, selector, nth),
        ),
      );
      if (element) return element;
      if (Date.now() > deadline) throw new Error(`WebKit: no element matches ${selector} (nth ${nth})`);
      await sleep(100);
    }
  }

  async click(selector: string, { nth, dispatch }: ClickOptions = {}): Promise<void> {
    const element = await this.find(selector, nth ?? 0);
    if (dispatch) {
      await this.on((d) => within('dispatch click', d.executeScript('arguments[0].dispatchEvent(new MouseEvent("click", { bubbles: true, cancelable: true }))', element)));
    } else {
      await this.on(() => within(`click ${selector}`, element.click()));
    }
  }

  async clickTo(selector: string, urlPart: string): Promise<void> {
    await this.click(selector);
    const deadline = Date.now() + 30_000;
    for (;;) {
      const [href, state] = await this.on((d) =>
        within('URL after click', d.executeScript<[string, string]>('return [location.href, document.readyState]')).catch(() => ['', 'loading'] as [string, string]),
      );
      if (href.includes(urlPart) && state === 'complete') return;
      if (Date.now() > deadline) throw new Error(`WebKit: clicking ${selector} did not reach ${urlPart} (at ${href})`);
      await sleep(50);
    }
  }

  async evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> {
    const result = await this.on((d) => within('evaluate', d.executeAsyncScript<{ ok?: R; err?: string }>(asyncCall(String(fn)), arg ?? null)));
    if (result.err !== undefined) throw new Error(`in the page: ${result.err}`);
    return result.ok as R;
  }

  async waitForFunction(fn: () => unknown, timeoutMs = 30_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!(await this.evaluate(fn).catch(() => false))) {
      if (Date.now() > deadline) throw new Error(`WebKit: waitForFunction timed out: ${String(fn).slice(0, 80)}`);
      await sleep(50);
    }
  }

  async waitForSelector(selector: string, timeoutMs = 30_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const visible = await this.on((d) =>
        within(
          'wait for selector',
          d.executeScript<boolean>(`return (${resolveSelector})(arguments[0]).some((el) => el.getClientRects().length > 0);`, selector),
        ),
      );
      if (visible) return;
      if (Date.now() > deadline) throw new Error(`WebKit: ${selector} not visible after ${timeoutMs} ms`);
      await sleep(50);
    }
  }

  count(selector: string): Promise<number> {
    return this.on((d) => within('count', d.executeScript<number>(`return (${resolveSelector})(arguments[0]).length;`, selector)));
  }
  async reload(): Promise<void> {
    await this.on((d) => within('reload', d.navigate().refresh()));
  }
  async back(): Promise<void> {
    await this.on((d) => within('back', d.navigate().back()));
  }
  async forward(): Promise<void> {
    await this.on((d) => within('forward', d.navigate().forward()));
  }

  async crash(): Promise<void> {
    this.visitor.crashRenderers();
    // Dead once the page no longer answers a script.
    const deadline = Date.now() + 15_000;
    while (Date.now() < deadline) {
      const alive = await this.on((d) => within('probe', d.executeScript('return 1'), 2_000)).then(
        () => true,
        () => false,
      );
      if (!alive) return;
      await sleep(100);
    }
    throw new Error('WebKit: the tab still answers after its renderer was killed');
  }

  async close(): Promise<void> {
    await this.on((d) => within('close tab', d.close()));
  }
}
