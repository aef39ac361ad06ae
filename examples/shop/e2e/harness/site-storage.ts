/**
 * The site's script storage erased, as Safari's ITP does after seven days without interaction or a
 * visitor's "clear site data": from a page of the site's origin that has no tracker (a 404 is one), so it
 * works the same in every engine.
 */
import type { Visitor } from './engine/engine.js';
import { eraseScriptStorage } from './engine/page-scripts.js';

/** Erases localStorage, sessionStorage and every IndexedDB database of `site`'s origin; returns the databases deleted. */
export async function eraseSiteStorage(visitor: Visitor, site: string): Promise<string[]> {
  const tab = await visitor.newTab();
  try {
    await tab.goto(new URL('/__e2e/no-tracker-here', site).href);
    return await tab.evaluate(eraseScriptStorage);
  } finally {
    await tab.close();
  }
}
