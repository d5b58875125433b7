// Who is calling, for audit events, sessions and lockout records. X-Forwarded-For is anyone's to
// write, so it is read only through the proxy hops TWOFOLD_TRUST_PROXY declares, and only a valid
// IP address is kept. Route handlers never see the socket: the product's server (scripts/server.ts)
// writes the socket's address into PEER_HEADER on every request, over anything the client sent,
// and the chain read here is X-Forwarded-For followed by that peer.
import { isIP } from "node:net";
import { getConfig } from "@/lib/config";

export type RequestMeta = { ip: string | null; userAgent: string | null };

const MAPPED_IPV4 = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i;
// A zone id ("fe80::1%eth0") passes isIP but is only meaningful on the proxy's own host.
const ADDRESS_CHARS = /^[0-9a-f.:]+$/i;

/** Set by the product's own server only; a client's value is overwritten before any handler runs. */
export const PEER_HEADER = "x-twofold-peer";

/**
 * The client's address: the peer itself with no trusted proxy, else the entry `hops` places
 * before it in X-Forwarded-For (what the outermost trusted proxy saw). Null when unknown.
 */
export function clientIp(headers: Headers, hops: number): string | null {
  const forwarded = headers.get("x-forwarded-for")?.split(",") ?? [];
  const peer = headers.get(PEER_HEADER);
  // Without the peer (a server other than ours) only proxies' entries can be believed.
  const entries = peer ? [...forwarded, peer] : forwarded;
  const position = peer ? hops + 1 : hops;
  if (position < 1 || entries.length < position) return null;
  const entry = entries.at(-position)?.trim();
  if (!entry || !ADDRESS_CHARS.test(entry) || !isIP(entry)) return null;
  return MAPPED_IPV4.exec(entry)?.[1] ?? entry.toLowerCase();
}

export function requestMeta(
  headers: Headers,
  trustedHops: number = getConfig().trustProxy,
): RequestMeta {
  return {
    ip: clientIp(headers, trustedHops),
    userAgent: headers.get("user-agent")?.slice(0, 512) ?? null,
  };
}
