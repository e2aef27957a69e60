import { lookup as dnsLookup } from 'node:dns';
import { BlockList, isIP, type LookupFunction } from 'node:net';

/**
 * The unfurler's guard against server-side request forgery: a link in a message must not make Switchboard
 * fetch from its own network (cloud metadata at 169.254.169.254, an admin port on localhost, a database on
 * 10.x). Every address a host name resolves to is checked, and the connection then uses exactly the
 * addresses that were checked, so a name cannot resolve to a public address for the check and to a
 * private one for the connection (DNS rebinding).
 */

const blocked = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8], // "this network"
  ['10.0.0.0', 8], // private
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8], // loopback
  ['169.254.0.0', 16], // link-local, cloud metadata
  ['172.16.0.0', 12], // private
  ['192.0.0.0', 24], // IETF protocol assignments
  ['192.0.2.0', 24], // documentation
  ['192.168.0.0', 16], // private
  ['198.18.0.0', 15], // benchmarking
  ['198.51.100.0', 24], // documentation
  ['203.0.113.0', 24], // documentation
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, and broadcast
] as const) {
  blocked.addSubnet(network, prefix, 'ipv4');
}
for (const [network, prefix] of [
  ['::', 128], // unspecified
  ['::1', 128], // loopback
  ['64:ff9b::', 96], // NAT64 of an IPv4 address (possibly a private one)
  ['100::', 64], // discard
  ['2001:db8::', 32], // documentation
  ['fc00::', 7], // unique local
  ['fe80::', 10], // link-local
  ['ff00::', 8], // multicast
] as const) {
  blocked.addSubnet(network, prefix, 'ipv6');
}

/** Whether an IP address is private, loopback, link-local or otherwise not on the public internet. */
export function isPrivateAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 0) return true;
  // BlockList checks IPv4-mapped IPv6 addresses (::ffff:10.0.0.1) against the IPv4 rules.
  return blocked.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

/** Raised when a link leads to an address the guard refuses. */
export class RefusedAddressError extends Error {
  override name = 'RefusedAddressError';
  readonly code = 'EREFUSEDADDRESS';
}

/**
 * A `lookup` for node:http that resolves like dns.lookup and fails with RefusedAddressError when any
 * resolved address is private (unless `allowPrivate`). Node calls it with `all: true` when it tries
 * several addresses (autoSelectFamily), with `all` unset otherwise; both are answered.
 */
export function guardedLookup(allowPrivate: boolean): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { all: true, family: options?.family === 6 ? 6 : options?.family === 4 ? 4 : 0 }, (error, addresses) => {
      if (error) return callback(error, []);
      if (addresses.length === 0) return callback(Object.assign(new Error(`No address for ${hostname}.`), { code: 'ENOTFOUND' }), []);
      if (!allowPrivate && addresses.some((entry) => isPrivateAddress(entry.address))) {
        return callback(new RefusedAddressError('The link resolves to a private or local network address.'), []);
      }
      if (options?.all) return callback(null, addresses);
      callback(null, addresses[0].address, addresses[0].family);
    });
  };
}

/** A host given as an IP literal is never looked up, so it is checked here. */
export function refusesLiteralHost(hostname: string, allowPrivate: boolean): boolean {
  const host = hostname.startsWith('[') && hostname.endsWith(']') ? hostname.slice(1, -1) : hostname;
  return !allowPrivate && isIP(host) !== 0 && isPrivateAddress(host);
}
