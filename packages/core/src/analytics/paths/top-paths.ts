import type { CairnEvent } from '../../event/types.js';
import type { EventContext, JourneyObserver } from '../journeys/journey-stream.js';
import type { PersonState } from '../journeys/person-state.js';
import type { TopPaths } from '../report.js';
import { pathOf } from '../../url/url-parts.js';
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

/** Separates nodes in a path's printed key (and splits them again in the result). */
const SEPARATOR = '\u0001';
/** Above this many rows asked for, the result sorts every path instead of picking the top ones. */
const PICK_LIMIT = 64;

interface PathCount {
  /** The path's key: its node numbers, two UTF-16 units each (see `PathTable.person`). */
  key: string;
  visitors: number;
  /** The nodes joined with `SEPARATOR` (the order among paths with as many visitors), made on demand. */
  joined: string | null;
}

/**
 * Each person's first `depth` nodes (a page path, or `type:name`), consecutive repeats
 * collapsed (Amplitude's "collapse repeated events"), counted per distinct path.
 */
export class PathTable implements JourneyObserver {
  readonly top: number;
  readonly depth: number;
  readonly nodes: 'pages' | 'events';
  /** Visitors per path, by key: node numbers while `numbered`, else the nodes joined with `SEPARATOR`. */
  private readonly counts = new Map<string, number>();
  /**
   * Every distinct node, numbered in order of first use. A person's path is counted under a key
   * of its node numbers (ten UTF-16 units for five nodes) instead of its joined text (often
   * 100+ characters of URL paths): 100,000 people with mostly distinct paths made the joined
   * keys and their hashing a noticeable share of `analyze`. The table holds only nodes that
   * some person's path holds anyway, so it needs no size limit.
   */
  private readonly numbers = new Map<string, number>();
  private readonly names: string[] = [];
  /** False once a node contains `SEPARATOR`: then keys are the joined text, as the result splits it. */
  private numbered = true;

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
    const known = this.numbers.get(node);
    if (known !== undefined) return this.names[known] as string;
    this.numbers.set(node, this.names.length);
    this.names.push(node);
    if (node.includes(SEPARATOR)) this.numbered = false;
    return node;
  }

  merge(into: PersonState, from: PersonState): void {
    // The earlier device's path is the journey's beginning. The stream has already set `into.firstSeen`
    // to the earlier of the two, so `from` was first when it equals it (a person created by the identify
    // itself has no path yet and no first time of its own).
    const path = from.slots[this.slot];
    if (path !== undefined && (into.slots[this.slot] === undefined || from.firstSeen <= into.firstSeen)) into.slots[this.slot] = path;
  }

  person(person: PersonState): void {
    const path = person.slots[this.slot] as string[] | undefined;
    if (!path || path.length === 0) return;
    let key: string;
    if (this.numbered) {
      key = '';
      for (let i = 0; i < path.length; i++) {
        const n = this.numbers.get(path[i] as string) as number;
        key += String.fromCharCode(n >>> 16, n & 0xffff);
      }
    } else {
      key = path.join(SEPARATOR);
    }
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
  }

  /** The nodes of a counted path, from its key. */
  private pathOfKey(key: string): string[] {
    if (!this.numbered) return key.split(SEPARATOR);
    const path = new Array<string>(key.length / 2);
    for (let i = 0; i < path.length; i++) path[i] = this.names[(key.charCodeAt(2 * i) << 16) | key.charCodeAt(2 * i + 1)] as string;
    return path;
  }

  private joinedOf(count: PathCount): string {
    count.joined ??= this.numbered ? this.pathOfKey(count.key).join(SEPARATOR) : count.key;
    return count.joined;
  }

  /** Most visitors first, then by the joined nodes: negative when `a` comes before `b`. */
  private compare(a: PathCount, b: PathCount): number {
    if (a.visitors !== b.visitors) return b.visitors - a.visitors;
    const x = this.joinedOf(a);
    const y = this.joinedOf(b);
    return x < y ? -1 : x > y ? 1 : 0;
  }

  result(): TopPaths {
    let visitors = 0;
    const all: PathCount[] = [];
    for (const [key, n] of this.counts) {
      visitors += n;
      all.push({ key, visitors: n, joined: null });
    }
    const share = (n: number): number => (visitors > 0 ? n / visitors : 0);
    let top: PathCount[];
    if (this.top === 0) {
      top = [];
    } else if (this.top > PICK_LIMIT || this.top * 4 >= all.length) {
      top = all.sort((a, b) => this.compare(a, b)).slice(0, this.top);
    } else {
      // Only the first `top` in order are listed: keep them in a short sorted list instead of
      // sorting every path (most have one visitor, and a path's text is joined only on a tie).
      top = [];
      for (const count of all) {
        if (top.length === this.top && this.compare(count, top[top.length - 1] as PathCount) >= 0) continue;
        let at = top.length;
        while (at > 0 && this.compare(count, top[at - 1] as PathCount) < 0) at--;
        top.splice(at, 0, count);
        if (top.length > this.top) top.pop();
      }
    }
    const rows = top.map((c) => ({ path: this.pathOfKey(c.key), visitors: c.visitors, share: share(c.visitors) }));
    let listed = 0;
    for (const c of top) listed += c.visitors;
    const otherVisitors = visitors - listed;
    return {
      nodes: this.nodes,
      depth: this.depth,
      visitors,
      rows,
      other: { paths: all.length - top.length, visitors: otherVisitors, share: share(otherVisitors) },
    };
  }
}
