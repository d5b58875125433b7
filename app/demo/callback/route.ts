// Twofold sends the browser back here with a code: exchange it (PKCE, state and nonce checked
// by openid-client), keep the ID token and its claims in the demo's own cookie.
import { NextResponse } from "next/server";
import * as oidc from "openid-client";
import { getConfig } from "@/lib/config";
import {
  cookieAttributes,
  PENDING_COOKIE,
  type Pending,
  relyingParty,
  SESSION_COOKIE,
  seal,
  unseal,
} from "../_lib/relying-party";

function readCookie(request: Request, name: string) {
  for (const part of (request.headers.get("cookie") ?? "").split(";")) {
    const [key, ...rest] = part.trim().split("=");
    if (key === name) return rest.join("=");
  }
  return undefined;
}

export async function GET(request: Request) {
  const { origin, secureCookies } = getConfig();
  const pending = unseal<Pending>(readCookie(request, PENDING_COOKIE));
  const incoming = new URL(request.url);
  const current = new URL(`/demo/callback${incoming.search}`, origin);
  const back = (problem?: string) =>
    NextResponse.redirect(new URL(problem ? `/demo?error=${problem}` : "/demo", origin), 303);
  if (!pending) return back("no_pending_sign_in");
  let response: NextResponse;
  try {
    const tokens = await oidc.authorizationCodeGrant(await relyingParty(), current, {
      pkceCodeVerifier: pending.verifier,
      expectedState: pending.state,
      expectedNonce: pending.nonce,
      idTokenExpected: true,
    });
    response = back();
    response.cookies.set(
      SESSION_COOKIE,
      seal({ idToken: tokens.id_token, claims: tokens.claims() }),
      cookieAttributes(secureCookies),
    );
  } catch (error) {
    const code = (error as { error?: string }).error ?? "sign_in_failed";
    response = back(encodeURIComponent(code));
  }
  response.cookies.delete({ name: PENDING_COOKIE, path: "/demo" });
  return response;
}
