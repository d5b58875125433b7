// Sets and clears the sign-in flow cookie on a route handler's response.
import type { NextResponse } from "next/server";
import { cookieOptions, flowCookieName } from "./cookies";

export function withFlowCookie(response: NextResponse, token: string, expires: Date): NextResponse {
  response.cookies.set(flowCookieName(), token, cookieOptions(expires));
  return response;
}

export function clearFlowCookie(response: NextResponse): NextResponse {
  response.cookies.set(flowCookieName(), "", { ...cookieOptions(new Date(0)), maxAge: 0 });
  return response;
}
