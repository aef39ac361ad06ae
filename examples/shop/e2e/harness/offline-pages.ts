/**
 * Serves the shop's pages to a browser context from Node instead of the network, the way a
 * service worker's cache would: with the context offline, pages still load, while the tracker's
 * requests to `/collect` go to the (offline) network and fail.
 */
import type { BrowserContext } from 'playwright-core';

export async function servePagesWhileOffline(context: BrowserContext): Promise<void> {
  await context.route(
    (url) => url.pathname !== '/collect',
    async (route) => {
      const response = await fetch(route.request().url());
      const headers: Record<string, string> = {};
      response.headers.forEach((value, name) => (headers[name] = value));
      await route.fulfill({ status: response.status, headers, body: Buffer.from(await response.arrayBuffer()) });
    },
  );
}
