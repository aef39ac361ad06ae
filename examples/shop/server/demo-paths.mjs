// @ts-check
/** Where the demo's parts live on disk. */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

export const PATHS = {
  /** The shop's static files. */
  shop: resolve(here, '../site'),
  /** The live dashboard page. */
  dashboard: resolve(here, '../dashboard'),
  /** The SPA's Vite build. */
  spa: resolve(here, '../../spa/dist'),
  /** The tracker's build output (cairn.js and the npm entry). */
  trackerDist: resolve(here, '../../../packages/tracker/dist'),
  /** The DuckDB file `pnpm start` uses. */
  defaultDb: resolve(here, '../.data/cairn.duckdb'),
};
