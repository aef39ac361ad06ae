import { ipAddress, ipv6Groups } from '../http/client-address.js';

/**
 * The rate-limit key of a client address. An IPv4 address is one client; an IPv6 client usually
 * holds a whole /64 (SLAAC, privacy addresses) and can rotate addresses inside it, so its key is
 * the /64 prefix. IPv4-mapped IPv6 (`::ffff:203.0.113.7`, Node's dual-stack sockets) is the IPv4.
 */
export function clientKey(address: string): string {
  const ip = ipAddress(address) ?? address.slice(0, 64);
  const groups = ip.includes(':') ? ipv6Groups(ip) : null;
  if (groups === null) return ip;
  if (groups.slice(0, 5).every((g) => g === 0) && groups[5] === 0xffff) {
    return `${groups[6]! >> 8}.${groups[6]! & 255}.${groups[7]! >> 8}.${groups[7]! & 255}`;
  }
  return `${groups.slice(0, 4).map((g) => g.toString(16)).join(':')}::/64`;
}
