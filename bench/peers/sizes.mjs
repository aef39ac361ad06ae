// Bytes of a script as served: raw, gzip -9 (the gzip CLI, `-n` so no name/time in the header; Node's zlib at
// level 9 where the CLI is missing) and brotli quality 11 (Node's zlib, text mode: no brotli CLI here).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

let gzipCli;
function gzipBytes(path, data) {
  if (gzipCli !== false) {
    try {
      const out = execFileSync('gzip', ['-9', '-n', '-c', path], { maxBuffer: 64 << 20 });
      gzipCli = true;
      return out.length;
    } catch {
      gzipCli = false;
    }
  }
  return gzipSync(data, { level: 9 }).length;
}

/** @returns {{ raw: number, gzip: number, brotli: number }} */
export function fileSizes(path) {
  const data = readFileSync(path);
  const brotli = brotliCompressSync(data, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT, [constants.BROTLI_PARAM_SIZE_HINT]: data.length },
  }).length;
  return { raw: data.length, gzip: gzipBytes(path, data), brotli };
}

/** How gzip figures were made (for the method note). */
export function gzipMethod() {
  return gzipCli === false ? 'Node zlib gzip level 9 (gzip CLI missing)' : '`gzip -9 -n -c`';
}
