import { existsSync, lstatSync, readlinkSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve, sep } from 'node:path';

/**
 * Files that belong to a store besides the store itself: DuckDB's write-ahead log (`.wal`) and temp
 * directory (`.tmp`), and lock files. Writing a report over the WAL loses the commits it holds.
 */
const COMPANION_SUFFIXES = ['.wal', '.tmp', '.lock'];

/**
 * Why writing `out` would overwrite the store at `store` or one of its companion files, or `null`
 * when it would not. Compared by real path (symbolic links followed, a dangling one to where it
 * points) and by device and inode (hard links), not by the names as typed.
 */
export function outputClash(out: string, store: string): string | null {
  const storePaths = [resolve(store), ...(existsSync(store) ? [realpathSync(store)] : [])];
  const guarded = storePaths.flatMap((path) => [path, ...COMPANION_SUFFIXES.map((suffix) => path + suffix)]);
  const target = targetOf(out);
  for (const path of guarded) {
    if (target === path || target.startsWith(path + sep)) {
      return path === storePaths[0] || path === storePaths[1] ? 'is the store itself' : `is the store's companion file ${basename(path)}`;
    }
  }
  if (existsSync(out)) {
    const written = statSync(out);
    for (const path of guarded) {
      if (!existsSync(path)) continue;
      const held = statSync(path);
      if (held.dev === written.dev && held.ino === written.ino) return `is a hard link to ${storePaths.includes(path) ? 'the store' : basename(path)}`;
    }
  }
  return null;
}

/** The file a write to `path` lands in: symbolic links followed, even dangling ones (a write creates their target). */
function targetOf(path: string): string {
  let current = resolve(path);
  for (let hops = 0; hops < 40; hops++) {
    if (existsSync(current)) return realpathSync(current);
    let link: string | null = null;
    try {
      if (lstatSync(current).isSymbolicLink()) link = readlinkSync(current);
    } catch {
      /* nothing there: a new file */
    }
    if (link === null) break;
    current = resolve(dirname(current), link);
  }
  const parent = dirname(current);
  return join(existsSync(parent) ? realpathSync(parent) : parent, basename(current));
}
