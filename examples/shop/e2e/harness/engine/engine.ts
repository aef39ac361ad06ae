/**
 * The one interface the scenarios drive a browser through, whichever engine is under it: Chromium and
 * Firefox through playwright-core, WebKit (WebKitGTK's MiniBrowser) through selenium-webdriver. A
 * scenario is written once against `Engine`, `Visitor` and `Tab`; what a driver cannot do natively is
 * done driver-neutrally here (faulting the network at a proxy, scripts in the page, killing processes).
 */

export type EngineName = 'chromium' | 'firefox' | 'webkit';
export const ENGINES: readonly EngineName[] = ['chromium', 'firefox', 'webkit'];

/** The engine of this run: `CAIRN_E2E_BROWSER`, else Chromium. */
export function engineName(): EngineName {
  const name = (process.env.CAIRN_E2E_BROWSER ?? 'chromium').trim().toLowerCase();
  if (!ENGINES.includes(name as EngineName)) throw new Error(`CAIRN_E2E_BROWSER=${name}: one of ${ENGINES.join(', ')}`);
  return name as EngineName;
}

/** What every page of a visitor reports to the scenario: console lines, uncaught errors, endpoint requests. */
export interface PageSink {
  console(type: string, text: string): void;
  pageError(message: string): void;
  /** A `POST /collect` left the page (whatever became of it). */
  collectRequest(): void;
}

/** What an engine can do itself; where it cannot, the harness uses a driver-neutral fault. */
export interface Capabilities {
  /** `navigator.onLine` can be made false (and `offline` fired) by the driver. */
  offlineFlag: boolean;
  /** Why a crashed tab's site cannot be opened again with its storage, or null when it can. */
  noReopenAfterCrash: string | null;
}

export interface Engine {
  readonly name: EngineName;
  readonly version: string;
  readonly can: Capabilities;
  /** A new visitor: its own storage, its own tabs. */
  newVisitor(sink: PageSink): Promise<Visitor>;
  close(): Promise<void>;
}

export interface Visitor {
  newTab(): Promise<Tab>;
  /** Runs `source` in every page opened after this call, before the page's own scripts. */
  addInitScript(source: string): Promise<void>;
  /**
   * Offline: requests to the endpoint fail at the network level, while pages still load (as from a
   * service worker's cache). Where the driver can, `navigator.onLine` turns false too (`can.offlineFlag`).
   */
  setOffline(offline: boolean): Promise<void>;
  /** Every request to the endpoint fails at the network level (an ad blocker, a CSP mistake). */
  blockEndpoint(blocked: boolean): Promise<void>;
  /**
   * `origin`'s storage is full for tabs opened after this call: Chromium's devtools quota override (1 byte);
   * elsewhere a page fault, every IndexedDB write transaction aborting as a full quota makes it.
   */
  exceedQuota(origin: string): Promise<void>;
  /** Slows the CPU of tabs opened after this call `rate` times (devtools throttling, or a busy main thread). */
  throttleCpu(rate: number): Promise<void>;
  close(): Promise<void>;
}

export interface ClickOptions {
  /** The nth match (0-based). */
  nth?: number;
  /** Dispatch a click event on the element instead of a pointer click (no layout or animation frame waits). */
  dispatch?: boolean;
}

/** One tab. Selectors are CSS, plus `:has-text("…")` on the last compound and a trailing `>> nth=N`. */
export interface Tab {
  goto(url: string): Promise<void>;
  url(): Promise<string>;
  click(selector: string, options?: ClickOptions): Promise<void>;
  /** Clicks and waits until the tab's URL contains `urlPart` and the new page has loaded. */
  clickTo(selector: string, urlPart: string): Promise<void>;
  /** Runs `fn(arg)` in the page and resolves with its (JSON) result, awaiting a promise. */
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** Waits until `fn()` is truthy in the page. */
  waitForFunction(fn: () => unknown, timeoutMs?: number): Promise<void>;
  waitForSelector(selector: string, timeoutMs?: number): Promise<void>;
  count(selector: string): Promise<number>;
  reload(): Promise<void>;
  back(): Promise<void>;
  forward(): Promise<void>;
  /** The tab's renderer dies (a crash), storage and the rest of the browser survive. Resolves once it is dead. */
  crash(): Promise<void>;
  close(): Promise<void>;
}
