// Sets and clears the sign-in flow cookie (and sets a remembered device's) on a route handler's
// response.
import type { NextResponse } from "next/server";
import type { TrustedDeviceCookie } from "@/lib/trusted-devices/trust-device";
import { cookieOptions, flowCookieName, trustedDeviceCookieName } from "./cookies";

export function withFlowCookie(response: NextResponse, token: string, expires: Date): NextResponse {
  response.cookies.set(flowCookieName(), token, cookieOptions(expires));
  return response;
}

export function clearFlowCookie(response: NextResponse): NextResponse {
  response.cookies.set(flowCookieName(), "", { ...cookieOptions(new Date(0)), maxAge: 0 });
  return response;
}

export function withTrustedDeviceCookie(
  response: NextResponse,
  device: TrustedDeviceCookie | undefined,
): NextResponse {
  if (!device) return response;
  const name = trustedDeviceCookieName(device.userId);
  response.cookies.set(name, device.token, cookieOptions(device.expiresAt));
  return response;
}
