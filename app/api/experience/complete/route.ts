// The redirectTo of a submitted flow: a plain GET that turns the completed flow into a session
// cookie and sends the browser on, so signing in needs no JavaScript. Being a GET, any site can
// send the browser here: the flow cookie is cleared only when this request consumed the flow, so
// a cross-site visit mid-sign-in costs the user nothing.
import { NextResponse } from "next/server";
import { getConfig } from "@/lib/config";
import { AppError } from "@/lib/core/errors";
import { completeFlow } from "@/lib/experience/complete-flow";
import { cookieOptions, sessionCookieName } from "@/lib/http/cookies";
import { clearFlowCookie } from "@/lib/http/flow-cookie";
import { route } from "@/lib/http/route";

export const GET = route({
  access: "flow",
  handler: async ({ flowToken, meta }) => {
    const origin = getConfig().origin;
    try {
      const done = await completeFlow(flowToken, meta);
      const response = NextResponse.redirect(new URL(done.returnTo, origin), 303);
      response.cookies.set(sessionCookieName(), done.sessionToken, cookieOptions(done.expiresAt));
      return clearFlowCookie(response);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      return NextResponse.redirect(new URL(`/sign-in?error=${error.code}`, origin), 303);
    }
  },
});
