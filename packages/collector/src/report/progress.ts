/** Options of {@link progressReporter}. */
export interface ProgressOptions {
  /** Where to write (stderr). */
  write: (text: string) => void;
  /** Redraw one line in place (a terminal) rather than print lines. */
  interactive: boolean;
  /** Say nothing for this long, ms: short reports stay silent (default 1000). */
  quietMs?: number;
  /** At most one update per this many ms (default 250; non-interactive: 2000). */
  everyMs?: number;
  now?: () => number;
}

/**
 * A progress callback for long reports: silent for the first second, then "reading events:
 * 120,000 / 1,000,000 (12%)" at most a few times a second, and a final line with the time taken.
 */
export function progressReporter(label: string, options: ProgressOptions): { update: (done: number, total: number) => void; finish: () => void } {
  const now = options.now ?? (() => performance.now());
  const started = now();
  const quietMs = options.quietMs ?? 1000;
  const everyMs = options.everyMs ?? (options.interactive ? 250 : 2000);
  let last = -Infinity;
  let shown = false;
  let latest = { done: 0, total: 0 };
  const line = (): string => {
    const { done, total } = latest;
    const share = total > 0 ? ` (${Math.floor((100 * done) / total)}%)` : '';
    return `${label}: ${done.toLocaleString('en-US')} / ${total.toLocaleString('en-US')}${share}`;
  };
  return {
    update(done, total) {
      latest = { done, total };
      const t = now();
      if (t - started < quietMs || t - last < everyMs) return;
      last = t;
      shown = true;
      options.write(options.interactive ? `\r${line()}\u001b[K` : `${line()}\n`);
    },
    finish() {
      if (!shown) return;
      const seconds = ((now() - started) / 1000).toFixed(1);
      options.write(options.interactive ? `\r${line()}, done in ${seconds} s\u001b[K\n` : `${line()}, done in ${seconds} s\n`);
    },
  };
}
