// Signs out of the demo and of Twofold: forget the demo's cookie, then RP-initiated logout with
// the ID token as hint, back to /demo. A form POST from the demo page (never a plain link).
import { NextResponse } from "next/server";
import * as oidc from "openid-client";
import { getConfig } from "@/lib/config";
import { demoClient } from "@/lib/demo/demo-app";
import { type DemoSession, relyingParty, SESSION_COOKIE, unseal } from "../_lib/relying-party";

export async function POST(request: Request) {
  const { origin } = getConfig();
  if (request.headers.get("origin") !== origin) {
    return new NextResponse("Cross-site sign-out refused", { status: 403 });
  }
  const raw = request.headers
    .get("cookie")
    ?.split(";")
    .map((p) => p.trim())
    .find((p) => p.startsWith(`${SESSION_COOKIE}=`))
    ?.slice(SESSION_COOKIE.length + 1);
  const session = unseal<DemoSession>(raw);
  const target = session
    ? oidc.buildEndSessionUrl(await relyingParty(), {
        id_token_hint: session.idToken,
        post_logout_redirect_uri: demoClient().postLogoutRedirectUri,
      })
    : new URL("/demo", origin);
  const response = NextResponse.redirect(target, 303);
  response.cookies.delete({ name: SESSION_COOKIE, path: "/demo" });
  return response;
}
