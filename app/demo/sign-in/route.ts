// Starts a sign-in: PKCE, state and nonce kept in a short-lived sealed cookie; ?level=mfa or phr
// asks Twofold for that authentication level with acr_values.
import { NextResponse } from "next/server";
import * as oidc from "openid-client";
import { getConfig } from "@/lib/config";
import { demoClient } from "@/lib/demo/demo-app";
import { cookieAttributes, PENDING_COOKIE, relyingParty, seal } from "../_lib/relying-party";

const LEVELS: Record<string, string> = {
  mfa: "urn:twofold:acr:mfa",
  phr: "urn:twofold:acr:phr",
};

export async function GET(request: Request) {
  const config = await relyingParty();
  const pending = {
    verifier: oidc.randomPKCECodeVerifier(),
    state: oidc.randomState(),
    nonce: oidc.randomNonce(),
  };
  const level = LEVELS[new URL(request.url).searchParams.get("level") ?? ""];
  const url = oidc.buildAuthorizationUrl(config, {
    redirect_uri: demoClient().redirectUri,
    scope: "openid profile email",
    code_challenge: await oidc.calculatePKCECodeChallenge(pending.verifier),
    code_challenge_method: "S256",
    state: pending.state,
    nonce: pending.nonce,
    ...(level ? { acr_values: level } : {}),
  });
  const response = NextResponse.redirect(url, 303);
  response.cookies.set(PENDING_COOKIE, seal(pending), {
    ...cookieAttributes(getConfig().secureCookies),
    maxAge: 600,
  });
  return response;
}
