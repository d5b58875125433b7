// Who is calling, for audit events, sessions and lockout records. X-Forwarded-For is anyone's to
// write, so it is read only through the proxy hops TWOFOLD_TRUST_PROXY declares, and only a valid
// IP address is kept. Route handlers never see the socket, so without a trusted proxy the IP is
// unknown (null) rather than whatever the client claims.
import { isIP } from "node:net";
import { getConfig } from "@/lib/config";

export type RequestMeta = { ip: string | null; userAgent: string | null };

const MAPPED_IPV4 = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i;
// A zone id ("fe80::1%eth0") passes isIP but is only meaningful on the proxy's own host.
const ADDRESS_CHARS = /^[0-9a-f.:]+$/i;

/** The address the outermost trusted proxy saw: the `hops`-th entry from the right, or null. */
export function clientIp(headers: Headers, hops: number): string | null {
  if (hops < 1) return null;
  const entries = headers.get("x-forwarded-for")?.split(",") ?? [];
  const entry = entries.at(-hops)?.trim();
  if (entries.length < hops || !entry || !ADDRESS_CHARS.test(entry) || !isIP(entry)) return null;
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
