/**
 * Whether to believe `X-Forwarded-For` / `X-Forwarded-Proto`: `false` (the default) reads the socket;
 * `true` means one proxy of yours in front; a number, that many proxies in a chain (a CDN, then a load
 * balancer: 2). Clients can write these headers, so they are read only when this says so.
 */
export type TrustProxySetting = boolean | number;

/** How many entries from the right of `X-Forwarded-For` were written by proxies we trust. */
export function proxyHops(setting: TrustProxySetting | undefined): number {
  if (setting === undefined || setting === false) return 0;
  if (setting === true) return 1;
  if (!Number.isInteger(setting) || setting < 0 || setting > 16) {
    throw new RangeError(`trustProxy must be true, false or a number of proxies from 0 to 16, got ${String(setting)}`);
  }
  return setting;
}

/**
 * The client's address. Behind `hops` trusted proxies it is the `hops`-th `X-Forwarded-For` entry
 * from the right: each proxy appends the address it was connected from, so entries further left
 * were written by the client itself and prove nothing (a client rotating them must not get a fresh
 * rate-limit counter each time). Anything that is not an IP address falls back to the socket's.
 */
export function clientAddress(forwardedFor: string | null, socketAddress: string | undefined, hops: number): string | undefined {
  if (hops === 0 || forwardedFor === null) return socketAddress;
  let end = forwardedFor.length;
  let start = end;
  for (let i = 0; i < hops; i++) {
    if (start <= 0) break; // fewer entries than proxies: the leftmost is the client
    end = i === 0 ? end : start - 1;
    start = forwardedFor.lastIndexOf(',', end - 1) + 1;
  }
  return ipAddress(forwardedFor.slice(start, end).trim()) ?? socketAddress;
}

/** The scheme the client used: `X-Forwarded-Proto` from a trusted proxy, else the connection's own. */
export function requestScheme(forwardedProto: string | null, own: 'http' | 'https', hops: number): 'http' | 'https' {
  if (hops === 0 || forwardedProto === null) return own;
  const last = forwardedProto.slice(forwardedProto.lastIndexOf(',') + 1).trim().toLowerCase();
  return last === 'https' ? 'https' : last === 'http' ? 'http' : own;
}

const IPV4 = /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;

/**
 * `text` as a bare IP address (brackets and a port taken off: `[2001:db8::1]:443`, `1.2.3.4:80`),
 * or `null` when it is not one. Without `node:net`, so the Web-standard handler runs in workers too.
 */
export function ipAddress(text: string): string | null {
  if (text.length === 0 || text.length > 64) return null;
  let candidate = text;
  const bracket = /^\[([^\]]+)\](?::\d{1,5})?$/.exec(candidate);
  if (bracket) candidate = bracket[1]!;
  else if (/^[\d.]+:\d{1,5}$/.test(candidate)) candidate = candidate.slice(0, candidate.lastIndexOf(':'));
  if (IPV4.test(candidate)) return candidate;
  return ipv6Groups(candidate) === null ? null : candidate.toLowerCase();
}

/** The eight 16-bit groups of an IPv6 address (a trailing dotted IPv4 part counts as two), or `null`. */
export function ipv6Groups(text: string): number[] | null {
  if (!/^[0-9a-fA-F:.]+$/.test(text) || !text.includes(':')) return null;
  let tail: number[] = [];
  let head = text;
  const v4 = /:(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (v4) {
    if (!IPV4.test(v4[1]!)) return null;
    const [a, b, c, d] = v4[1]!.split('.').map(Number) as [number, number, number, number];
    tail = [(a << 8) | b, (c << 8) | d];
    // Keep the "::" when it is what precedes the IPv4 part ("::ffff:1.2.3.4" → "::ffff", "::1.2.3.4" → "::").
    head = text[v4.index - 1] === ':' ? text.slice(0, v4.index + 1) : text.slice(0, v4.index);
  }
  const halves = head.split('::');
  if (halves.length > 2) return null;
  const parse = (part: string): number[] | null => {
    if (part === '') return [];
    const groups = part.split(':');
    if (groups.some((g) => !/^[0-9a-fA-F]{1,4}$/.test(g))) return null;
    return groups.map((g) => parseInt(g, 16));
  };
  const left = parse(halves[0]!);
  const right = halves.length === 2 ? parse(halves[1]!) : [];
  if (left === null || right === null) return null;
  const given = left.length + right.length + tail.length;
  if (halves.length === 1 ? given !== 8 : given > 7) return null;
  return [...left, ...new Array<number>(8 - given).fill(0), ...right, ...tail];
}
