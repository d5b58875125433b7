// The redirectTo of a submitted flow: a plain GET that turns the completed flow into a session
// cookie and sends the browser on, so signing in needs no JavaScript. Being a GET, any site can
// send the browser here: the flow cookie is cleared only when this request consumed the flow, so
// a cross-site visit mid-sign-in costs the user nothing.
import { NextResponse } from "next/server";
import { flowRoute } from "@/lib/api/route";
import { getConfig } from "@/lib/config";
import { AppError } from "@/lib/core/errors";
import { completeFlow } from "@/lib/experience/complete-flow";
import { experienceContracts as c } from "@/lib/experience/contracts";
import { cookieOptions, sessionCookieName } from "@/lib/http/cookies";
import { clearFlowCookie, withTrustedDeviceCookie } from "@/lib/http/flow-cookie";

export const GET = flowRoute(c.complete, async ({ flowToken, meta }) => {
  const origin = getConfig().origin;
  try {
    const done = await completeFlow(flowToken, meta);
    const response = NextResponse.redirect(new URL(done.returnTo, origin), c.complete.status);
    response.cookies.set(sessionCookieName(), done.sessionToken, cookieOptions(done.expiresAt));
    return clearFlowCookie(withTrustedDeviceCookie(response, done.trustedDevice));
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return NextResponse.redirect(
      new URL(`/sign-in?error=${error.code}`, origin),
      c.complete.status,
    );
  }
});
