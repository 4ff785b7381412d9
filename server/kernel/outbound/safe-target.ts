import dns from "node:dns";
import type { LookupFunction } from "node:net";
import ipaddr from "ipaddr.js";

/**
 * Webhook targets are URLs an admin typed; without care, Tandem could be
 * made to call its own database or a cloud metadata service (SSRF). Only
 * public unicast addresses are allowed unless the workspace allows private
 * targets. The check runs on the address actually connected to (in the
 * socket's DNS lookup), so a name that resolves differently later
 * (DNS rebinding) is caught too.
 */
export class UnsafeTargetError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UnsafeTargetError";
  }
}

export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  let parsed = ipaddr.parse(address);
  if (parsed.kind() === "ipv6" && (parsed as ipaddr.IPv6).isIPv4MappedAddress()) {
    parsed = (parsed as ipaddr.IPv6).toIPv4Address();
  }
  return parsed.range() === "unicast";
}

/** Refuses anything but http(s) URLs with a host, before any connection is tried. */
export function checkTargetUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new UnsafeTargetError("Not a valid URL.");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new UnsafeTargetError("Use an http:// or https:// URL.");
  if (url.username || url.password) throw new UnsafeTargetError("Put no credentials in the URL; use the signing secret.");
  return url;
}

/** A DNS lookup for outgoing sockets that refuses private, loopback and other non-public addresses. */
export function guardedLookup(allowPrivate: boolean): LookupFunction {
  return (hostname, options, callback) => {
    dns.lookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, "", 0);
      const list = addresses as dns.LookupAddress[];
      const refused = list.find((entry) => !allowPrivate && !isPublicAddress(entry.address));
      if (refused) {
        return callback(new UnsafeTargetError(`${hostname} resolves to ${refused.address}, which is not a public address.`), "", 0);
      }
      if (options.all) return (callback as unknown as (e: null, a: dns.LookupAddress[]) => void)(null, list);
      const first = list[0];
      if (!first) return callback(new UnsafeTargetError(`${hostname} has no address.`), "", 0);
      callback(null, first.address, first.family);
    });
  };
}
