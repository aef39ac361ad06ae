/**
 * The processes a test started, found through /proc from a pid it knows (its own, or a driver's it
 * spawned): a renderer is killed by its id, never by a name.
 */
import { readFileSync, readdirSync } from 'node:fs';

interface Proc {
  pid: number;
  ppid: number;
  cmdline: string[];
  /** The process's name (`/proc/<pid>/comm`), which a browser may set per process kind. */
  name: string;
}

function processes(): Proc[] {
  const out: Proc[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // The command name is in parentheses and may hold spaces: the ppid is the 2nd field after the last ')'.
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const cmdline = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0').filter(Boolean);
      const name = readFileSync(`/proc/${entry}/comm`, 'utf8').trim();
      out.push({ pid: Number(entry), ppid, cmdline, name });
    } catch {
      /* gone meanwhile */
    }
  }
  return out;
}

/** Every live descendant of `root` whose command line matches `match`. */
export function descendants(root: number, match: (cmdline: string[], name: string) => boolean): number[] {
  const all = processes();
  const found: number[] = [];
  const below = new Set([root]);
  // Parents come before children in no guaranteed order: repeat until nothing new joins.
  for (let grew = true; grew; ) {
    grew = false;
    for (const p of all) {
      if (below.has(p.ppid) && !below.has(p.pid)) {
        below.add(p.pid);
        grew = true;
        if (match(p.cmdline, p.name)) found.push(p.pid);
      }
    }
  }
  return found;
}

/** SIGKILL, as the kernel's OOM killer or a renderer crash would end it. */
export function kill(pids: readonly number[]): void {
  for (const pid of pids) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      /* already gone */
    }
  }
}
