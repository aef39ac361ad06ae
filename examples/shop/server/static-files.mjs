// @ts-check
/**
 * Serves a folder of static files (the shop, the built SPA, the dashboard), safely: paths are
 * resolved inside the folder, nothing above it is reachable, and nothing is cached, so edits
 * show on reload.
 */
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';

/** Content types of the files the demo serves. */
const CONTENT_TYPES = /** @type {Record<string, string>} */ ({
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
});

/**
 * @typedef {object} StaticOptions
 * @property {string} root the folder to serve
 * @property {boolean} [spaFallback] serve `index.html` for paths without a file extension (client-side routing)
 * @property {(html: string) => string} [rewriteHtml] applied to every HTML file before it is sent
 */

/**
 * @param {StaticOptions} options
 * @returns {(pathname: string, res: import('node:http').ServerResponse, method?: string) => Promise<boolean>}
 *   resolves `false` when no file matched (the caller answers 404)
 */
export function createStaticFiles({ root, spaFallback = false, rewriteHtml }) {
  const base = resolve(root);

  /** @param {string} path */
  async function fileAt(path) {
    try {
      const s = await stat(path);
      if (s.isFile()) return path;
      if (s.isDirectory()) {
        const index = join(path, 'index.html');
        if ((await stat(index)).isFile()) return index;
      }
    } catch {
      /* not found */
    }
    return null;
  }

  return async function serve(pathname, res, method = 'GET') {
    let decoded;
    try {
      decoded = decodeURIComponent(pathname);
    } catch {
      return false;
    }
    const target = resolve(base, '.' + normalize('/' + decoded));
    if (target !== base && !target.startsWith(base + sep)) return false;
    let file = await fileAt(target);
    if (!file && spaFallback && extname(decoded) === '') file = await fileAt(join(base, 'index.html'));
    if (!file) return false;
    const type = CONTENT_TYPES[extname(file)] ?? 'application/octet-stream';
    let body = await readFile(file);
    if (type.startsWith('text/html') && rewriteHtml) body = Buffer.from(rewriteHtml(body.toString('utf8')));
    res.writeHead(200, { 'content-type': type, 'content-length': body.length, 'cache-control': 'no-store' });
    res.end(method === 'HEAD' ? undefined : body);
    return true;
  };
}
