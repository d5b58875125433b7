// Cookie names and attributes shared by route handlers, server actions and next-auth.
import { getConfig } from "@/lib/config";

export const FLOW_COOKIE = "twofold_flow";

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
