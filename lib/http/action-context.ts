// Request context for server actions: caller metadata and cookie helpers.
import { cookies, headers } from "next/headers";
import { cookieOptions, FLOW_COOKIE, sessionCookieName } from "./cookies";
import { requestMeta } from "./request-meta";

export async function actionMeta() {
  return requestMeta(await headers());
}

export async function flowCookie(): Promise<string | undefined> {
  return (await cookies()).get(FLOW_COOKIE)?.value;
}

export async function setFlowCookie(token: string, expires: Date): Promise<void> {
  (await cookies()).set(FLOW_COOKIE, token, cookieOptions(expires));
}

export async function startSessionCookie(token: string, expires: Date): Promise<void> {
  const jar = await cookies();
  jar.set(sessionCookieName(), token, cookieOptions(expires));
  jar.delete(FLOW_COOKIE);
}

export async function sessionCookie(): Promise<string | undefined> {
  return (await cookies()).get(sessionCookieName())?.value;
}

export async function clearSessionCookie(): Promise<void> {
  (await cookies()).delete(sessionCookieName());
}
