import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const PREFIX = 'cairn-staging-';

/**
 * The file a {@link DuckDbSink} writes each group to before DuckDB's `read_json` inserts it. It
 * holds visitors' events, so it lives in a directory only this user can open (`mkdtemp`: 0700),
 * is created 0600, is emptied once its group is inserted, and goes with its directory at close.
 * Directories and files left by a collector that crashed (its process is gone) are removed when the
 * next one starts.
 */
export class StagingFile {
  private readonly dir: string;
  readonly path: string;

  constructor() {
    removeStale();
    this.dir = mkdtempSync(join(tmpdir(), `${PREFIX}${process.pid}-`));
    this.path = join(this.dir, 'group.ndjson');
  }

  /** Replaces the file's content (synchronously: a page-cache copy, see DuckDbSink.write). */
  write(text: string): void {
    writeFileSync(this.path, text, { mode: 0o600 });
  }

  /** Empties it, so a group's events do not stay on disk once they are in the store. */
  clear(): void {
    writeFileSync(this.path, '', { mode: 0o600 });
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** Removes `cairn-staging-PID-…` entries of processes that no longer run (files of older versions too). */
function removeStale(): void {
  let names: string[];
  try {
    names = readdirSync(tmpdir());
  } catch {
    return;
  }
  for (const name of names) {
    const pid = /^cairn-staging-(\d+)-/.exec(name)?.[1];
    if (pid === undefined || Number(pid) === process.pid || isRunning(Number(pid))) continue;
    try {
      rmSync(join(tmpdir(), name), { recursive: true, force: true });
    } catch {
      /* another user's (sticky /tmp): theirs to clean */
    }
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'; // exists, another user's
  }
}
