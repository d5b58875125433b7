// Cookie names and attributes shared by route handlers, server actions and next-auth. This file
// is the one owner of the names: everything else asks these functions.
import { getConfig } from "@/lib/config";
import { sha256 } from "@/lib/crypto/tokens";

/**
 * On https the flow cookie carries the `__Host-` prefix, so the browser refuses one set by a
 * sibling subdomain or over plain http (flow fixation); plain-http development keeps the bare name.
 */
export function flowCookieName(): string {
  return getConfig().secureCookies ? "__Host-twofold_flow" : "twofold_flow";
}

/**
 * A remembered device's cookie, one per user (so two people sharing a browser each keep theirs),
 * named by a digest of the user id rather than the id itself. `__Host-` on https, as the flow's.
 */
export function trustedDeviceCookieName(userId: string): string {
  const name = `twofold_device_${sha256(`trusted-device:${userId}`).slice(0, 16)}`;
  return getConfig().secureCookies ? `__Host-${name}` : name;
}

export function sessionCookieName(): string {
  return getConfig().secureCookies ? "__Secure-next-auth.session-token" : "next-auth.session-token";
}

export type CookieOptions = {
  httpOnly: true;
  sameSite: "lax";
  secure: boolean;
  path: "/";
  expires?: Date;
};

export function cookieOptions(expires?: Date): CookieOptions {
  return { httpOnly: true, sameSite: "lax", secure: getConfig().secureCookies, path: "/", expires };
}
