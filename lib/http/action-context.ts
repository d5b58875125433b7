// Request context for server actions: caller metadata and cookie helpers.
import { cookies, headers } from "next/headers";
import { requestMeta } from "@/lib/core/request-meta";
import type { TrustedDeviceCookie } from "@/lib/trusted-devices/trust-device";
import {
  cookieOptions,
  flowCookieName,
  sessionCookieName,
  trustedDeviceCookieName,
} from "./cookies";

/** A deletion with the cookie's own attributes: browsers ignore a bare one for prefixed names. */
const expired = () => ({ ...cookieOptions(new Date(0)), maxAge: 0 });

export async function actionMeta() {
  return requestMeta(await headers());
}

export async function flowCookie(): Promise<string | undefined> {
  return (await cookies()).get(flowCookieName())?.value;
}

export async function setFlowCookie(token: string, expires: Date): Promise<void> {
  (await cookies()).set(flowCookieName(), token, cookieOptions(expires));
}

export async function startSessionCookie(token: string, expires: Date): Promise<void> {
  const jar = await cookies();
  jar.set(sessionCookieName(), token, cookieOptions(expires));
  jar.set(flowCookieName(), "", expired());
}

/** Reads the device cookie of whichever user the flow identifies (names are per user). */
export async function trustedDeviceCookies(): Promise<(userId: string) => string | undefined> {
  const jar = await cookies();
  return (userId) => jar.get(trustedDeviceCookieName(userId))?.value;
}

export async function setTrustedDeviceCookie(device: TrustedDeviceCookie | undefined) {
  if (!device) return;
  const name = trustedDeviceCookieName(device.userId);
  (await cookies()).set(name, device.token, cookieOptions(device.expiresAt));
}

export async function sessionCookie(): Promise<string | undefined> {
  return (await cookies()).get(sessionCookieName())?.value;
}

export async function clearSessionCookie(): Promise<void> {
  (await cookies()).set(sessionCookieName(), "", expired());
}
