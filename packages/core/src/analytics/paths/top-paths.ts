import type { CairnEvent } from '../../event/types.js';
import type { EventContext, JourneyObserver } from '../journeys/journey-stream.js';
import type { PersonState } from '../journeys/person-state.js';
import type { TopPaths } from '../report.js';
import { pathOf } from '../url/url-parts.js';
import { appended } from '../../arrays/appended.js';

/** Options of the path analysis. */
export interface PathOptions {
  /** How many paths to list; the rest is "other". Default 10. */
  top?: number;
  /** Nodes per path (after collapsing repeats). Default 5. */
  depth?: number;
  /** `pages` (default): page views; `events`: every event but `identify` and `vital`. */
  nodes?: 'pages' | 'events';
}

/** Distinct path nodes kept for sharing; past this the table starts over (correctness never depends on it). */
const NAME_LIMIT = 50_000;

/**
 * Each person's first `depth` nodes (a page path, or `type:name`), consecutive repeats
 * collapsed (Amplitude's "collapse repeated events"), counted per distinct path.
 */
export class PathTable implements JourneyObserver {
  readonly top: number;
  readonly depth: number;
  readonly nodes: 'pages' | 'events';
  private readonly counts = new Map<string, number>();
  private readonly names = new Map<string, string>();

  constructor(options: PathOptions, private readonly slot: number) {
    this.top = Math.max(0, Math.floor(options.top ?? 10));
    this.depth = Math.max(1, Math.floor(options.depth ?? 5));
    this.nodes = options.nodes ?? 'pages';
    if (this.nodes !== 'pages' && this.nodes !== 'events') throw new RangeError(`nodes must be 'pages' or 'events'`);
  }

  private nodeOf(event: CairnEvent): string | null {
    if (event.type === 'page') return pathOf(event.url) || event.name;
    if (this.nodes === 'pages' || event.type === 'identify' || event.type === 'vital') return null;
    return `${event.type}:${event.name}`;
  }

  event(person: PersonState, event: CairnEvent, _context: EventContext): void {
    let path = person.slots[this.slot] as string[] | undefined;
    if (path !== undefined && path.length >= this.depth) return;
    const node = this.nodeOf(event);
    if (node === null) return;
    // Exact-size copies (at most `depth` nodes, so at most `depth` copies per person; see `appended`).
    if (path === undefined) person.slots[this.slot] = [this.intern(node)];
    else if (path[path.length - 1] !== node) person.slots[this.slot] = appended(path, this.intern(node));
  }

  /**
   * One string per distinct node: `pathOf` returns a slice of the event's URL, which would keep
   * each person's copy (and, from a stream, the whole URL) alive.
   */
  private intern(node: string): string {
    const known = this.names.get(node);
    if (known !== undefined) return known;
    if (this.names.size >= NAME_LIMIT) this.names.clear();
    this.names.set(node, node);
    return node;
  }

  merge(into: PersonState, from: PersonState): void {
    // The earlier device's path is the journey's beginning.
    if (from.firstSeen < into.firstSeen && from.slots[this.slot] !== undefined) into.slots[this.slot] = from.slots[this.slot];
  }

  person(person: PersonState): void {
    const path = person.slots[this.slot] as string[] | undefined;
    if (!path || path.length === 0) return;
    const key = path.join('\u0001');
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
  }

  result(): TopPaths {
    let visitors = 0;
    for (const n of this.counts.values()) visitors += n;
    const sorted = [...this.counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    const share = (n: number): number => (visitors > 0 ? n / visitors : 0);
    const rows = sorted.slice(0, this.top).map(([key, n]) => ({ path: key.split('\u0001'), visitors: n, share: share(n) }));
    const rest = sorted.slice(this.top);
    let otherVisitors = 0;
    for (const [, n] of rest) otherVisitors += n;
    return {
      nodes: this.nodes,
      depth: this.depth,
      visitors,
      rows,
      other: { paths: rest.length, visitors: otherVisitors, share: share(otherVisitors) },
    };
  }
}
