/** Which `Host` names the collector answers: a list (loopback names are always in it), or `'*'` for any. */
export type HostsSetting = readonly string[] | '*';

/** Names of this machine that no DNS answer can give another site: a rebinding page never has them. */
const LOOPBACK_NAMES = ['localhost', '127.0.0.1', '[::1]'];

/** `name` or `name:port`, a bracketed IPv6 literal included; ports of 1 to 5 digits. */
const HOST_SYNTAX = /^(\[[0-9a-f:.]+\]|[a-z0-9_](?:[a-z0-9_.-]*[a-z0-9_])?\.?)(?::(\d{1,5}))?$/;

/** A `Host` value split and normalised (lower case, no trailing dot), or `null` when it is not one. */
export function parseHost(value: string | null): { name: string; port: string | null } | null {
  if (value === null || value.length > 261) return null;
  const match = HOST_SYNTAX.exec(value.trim().toLowerCase());
  if (!match) return null;
  return { name: match[1]!.replace(/\.$/, ''), port: match[2] ?? null };
}

/**
 * The DNS-rebinding guard. A page on `rebind.test`, a name its owner points at 127.0.0.1 once the
 * page is loaded, is same-origin with a collector on loopback as far as the browser knows: it may read
 * `/api/events` and post events. The browser still sends `Host: rebind.test`, so the collector
 * answers only names it was given: the loopback names, `hosts` (`--host-allow`), and the hosts of
 * its `cors` origins. An entry without a port allows every port.
 */
export class HostAllowList {
  private readonly any: boolean;
  private readonly names = new Set<string>();
  private readonly namesWithPort = new Set<string>();

  constructor(setting: HostsSetting = [], corsOrigins: readonly string[] | '*' = []) {
    this.any = setting === '*';
    const entries = [...LOOPBACK_NAMES, ...(setting === '*' ? [] : setting), ...(corsOrigins === '*' ? [] : corsOrigins.map(hostOfOrigin))];
    for (const entry of entries) {
      const host = parseHost(entry);
      if (entry !== '' && host === null && setting !== '*' && setting.includes(entry)) {
        throw new RangeError(`hosts: "${entry}" is not a host name (name or name:port)`);
      }
      if (host === null) continue;
      if (host.port === null) this.names.add(host.name);
      else this.namesWithPort.add(`${host.name}:${host.port}`);
    }
  }

  /** Whether a request whose `Host` is `value` may be served. */
  allows(value: string | null): boolean {
    if (this.any) return true;
    const host = parseHost(value);
    if (host === null) return false;
    return this.names.has(host.name) || (host.port !== null && this.namesWithPort.has(`${host.name}:${host.port}`));
  }
}

function hostOfOrigin(origin: string): string {
  try {
    return new URL(origin).hostname;
  } catch {
    return '';
  }
}
