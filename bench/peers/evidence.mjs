// Checks each feature citation against the installed package: the cited file must contain the needle.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FEATURES } from './features.mjs';

/**
 * @param {Record<string, string>} roots sdk id → directory the citations are relative to
 * @returns {{ sdk: string, column: string, file: string, needle: string }[]} citations that did not hold
 */
export function checkEvidence(roots) {
  const failed = [];
  const cache = new Map();
  for (const [sdk, cells] of Object.entries(FEATURES)) {
    const root = roots[sdk];
    if (!root) continue;
    for (const [column, cell] of Object.entries(cells)) {
      if (!cell.evidence) continue;
      const [file, needle] = cell.evidence;
      const path = join(root, file);
      if (!cache.has(path)) cache.set(path, existsSync(path) ? readFileSync(path, 'utf8') : null);
      const text = cache.get(path);
      if (text === null || !text.includes(needle)) failed.push({ sdk, column, file, needle });
    }
  }
  return failed;
}
