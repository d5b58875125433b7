// The provider end to end with openid-client as the app: discovery, the PKCE code flow through
// the hosted sign-in flow, the claims, userinfo, refresh rotation, revocation, introspection.
import { describe, expect, it } from "vitest";
import { ACR } from "@/lib/assurance/acr";
import { getDb } from "@/lib/db/client";
import { registerViaApi } from "../helpers/experience";
import {
  authorizationRequest,
  Browser,
  client,
  exchange,
  httpFetch,
  ISSUER,
  newApp,
  passwordThenSubmit,
  REDIRECT_URI,
  relyingParty,
  withOidcServer,
} from "../helpers/oidc";

withOidcServer();

/** Signs in with the password on the hosted flow the app's request led to; returns the callback. */
async function signIn(browser: Browser, url: string, user: { username: string; password: string }) {
  const submitted = await passwordThenSubmit(browser, url, user);
  expect(submitted.status).toBe(200);
  return browser.follow(String(submitted.body.redirectTo));
}

describe("discovery", () => {
  it("publishes the issuer, the code flow only, S256, the acr values and public keys", async () => {
    const response = await httpFetch(`${ISSUER}/.well-known/openid-configuration`);
    expect(response.status).toBe(200);
    const doc = await response.json();
    expect(doc.issuer).toBe(ISSUER);
    expect(doc.response_types_supported).toEqual(["code"]);
    expect(doc.code_challenge_methods_supported).toEqual(["S256"]);
    expect(doc.acr_values_supported).toEqual([ACR.pwd, ACR.mfa, ACR.phr]);
    expect(doc.grant_types_supported).not.toContain("implicit");
    expect(doc.end_session_endpoint).toBe(`${ISSUER}/session/end`);
    expect(doc.introspection_endpoint).toBeTruthy();
    expect(doc.revocation_endpoint).toBeTruthy();
    const jwks = await (await httpFetch(doc.jwks_uri)).json();
    expect(jwks.keys.map((k: { alg: string }) => k.alg).sort()).toEqual(["ES256", "RS256"]);
    for (const key of jwks.keys) {
      expect(key.d).toBeUndefined();
      expect(key.p).toBeUndefined();
    }
  });
});

describe("authorization code flow", () => {
  it("signs in through the hosted flow and returns a code the app exchanges", async () => {
    const user = await registerViaApi();
    const app = await newApp();
    const config = await relyingParty(app);
    const browser = new Browser();
    const request = await authorizationRequest(config);
    const back = await signIn(browser, request.url, user);
    expect(back.url.startsWith(REDIRECT_URI)).toBe(true);
    const tokens = await exchange(config, back.url, request);
    const claims = tokens.claims();
    expect(claims).toMatchObject({
      iss: ISSUER,
      sub: user.id,
      aud: app.id,
      nonce: request.nonce,
      amr: ["pwd"],
      acr: ACR.pwd,
      preferred_username: user.username,
      email: user.email,
      email_verified: false,
    });
    expect(typeof claims?.auth_time).toBe("number");

    const info = await client.fetchUserInfo(config, tokens.access_token, user.id);
    expect(info).toMatchObject({
      sub: user.id,
      preferred_username: user.username,
      email: user.email,
    });
    const event = await getDb().auditEvent.findFirst({
      where: { type: "oidc.sign_in", userId: user.id },
    });
    expect(JSON.parse(event?.data ?? "{}")).toMatchObject({
      clientId: app.id,
      amr: ["pwd"],
      acr: ACR.pwd,
    });
  });

  it("does not ask a signed-in user again, and refuses a code used twice", async () => {
    const user = await registerViaApi();
    const app = await newApp();
    const config = await relyingParty(app);
    const browser = new Browser();
    const first = await authorizationRequest(config);
    await signIn(browser, first.url, user);
    const second = await authorizationRequest(config);
    const back = await browser.follow(second.url);
    expect(back.url.startsWith(REDIRECT_URI)).toBe(true);
    await exchange(config, back.url, second);
    await expect(exchange(config, back.url, second)).rejects.toMatchObject({
      error: "invalid_grant",
    });
  });

  it("issues rotating refresh tokens for offline_access and detects reuse", async () => {
    const user = await registerViaApi();
    const app = await newApp();
    const config = await relyingParty(app);
    const browser = new Browser();
    const request = await authorizationRequest(config, {
      scope: "openid offline_access",
      prompt: "consent",
    });
    const tokens = await exchange(config, (await signIn(browser, request.url, user)).url, request);
    expect(tokens.refresh_token).toBeTruthy();
    const refreshed = await client.refreshTokenGrant(config, tokens.refresh_token ?? "");
    expect(refreshed.refresh_token).not.toBe(tokens.refresh_token);
    expect(refreshed.claims()).toMatchObject({ sub: user.id, amr: ["pwd"], acr: ACR.pwd });
    expect(typeof refreshed.claims()?.auth_time).toBe("number");
    await expect(
      client.refreshTokenGrant(config, tokens.refresh_token ?? ""),
    ).rejects.toMatchObject({
      error: "invalid_grant",
    });
    // Reuse revokes the whole grant: the rotated token dies with it.
    await expect(
      client.refreshTokenGrant(config, refreshed.refresh_token ?? ""),
    ).rejects.toMatchObject({ error: "invalid_grant" });
    expect(
      await getDb().auditEvent.count({ where: { type: "oidc.refresh_failed" } }),
    ).toBeGreaterThan(0);
  });

  // The provider checks a code or refresh token's `consumed` when it reads it and consumes it
  // afterwards; requests racing through that gap must not all be answered with tokens.
  it("exchanges a code presented ten times at once only once, and rotates a refresh token once", async () => {
    const user = await registerViaApi();
    const config = await relyingParty(await newApp());
    const parallel = <T>(run: () => Promise<T>) =>
      Promise.allSettled(Array.from({ length: 10 }, run));
    const outcome = (results: PromiseSettledResult<unknown>[]) =>
      results.map((r) =>
        r.status === "fulfilled" ? "ok" : (r.reason as { error?: string }).error,
      );
    const signedIn = async () => {
      const browser = new Browser();
      const request = await authorizationRequest(config, {
        scope: "openid offline_access",
        prompt: "consent",
      });
      return { request, back: await signIn(browser, request.url, user) };
    };

    const first = await signedIn();
    const exchanges = await parallel(() => exchange(config, first.back.url, first.request));
    const codes = outcome(exchanges);
    expect(codes.filter((c) => c === "ok")).toHaveLength(1);
    expect(new Set(codes.filter((c) => c !== "ok"))).toEqual(new Set(["invalid_grant"]));
    // The losers count as a reuse: the grant is revoked, the winner's tokens with it.
    const won = exchanges.find((r) => r.status === "fulfilled");
    const winner = won?.status === "fulfilled" ? won.value : undefined;
    await expect(
      client.refreshTokenGrant(config, winner?.refresh_token ?? ""),
    ).rejects.toMatchObject({ error: "invalid_grant" });

    const second = await signedIn();
    const tokens = await exchange(config, second.back.url, second.request);
    const refreshes = outcome(
      await parallel(() => client.refreshTokenGrant(config, tokens.refresh_token ?? "")),
    );
    expect(refreshes.filter((c) => c === "ok").length).toBeLessThanOrEqual(1);
    expect(new Set(refreshes.filter((c) => c !== "ok"))).toEqual(new Set(["invalid_grant"]));
    const spent = { model: "RefreshToken", id: tokens.refresh_token ?? "" };
    expect(await getDb().oidcModel.count({ where: spent })).toBe(0);
  });

  it("revokes and introspects tokens; client_secret_post works as well as basic", async () => {
    const user = await registerViaApi();
    const app = await newApp();
    const config = await relyingParty(app, true);
    const browser = new Browser();
    const request = await authorizationRequest(config);
    const tokens = await exchange(config, (await signIn(browser, request.url, user)).url, request);
    const active = await client.tokenIntrospection(config, tokens.access_token);
    expect(active).toMatchObject({ active: true, sub: user.id, client_id: app.id });
    await client.tokenRevocation(config, tokens.access_token);
    expect((await client.tokenIntrospection(config, tokens.access_token)).active).toBe(false);
  });

  it("serves userinfo over POST as well as GET", async () => {
    const user = await registerViaApi();
    const app = await newApp();
    const config = await relyingParty(app);
    const browser = new Browser();
    const request = await authorizationRequest(config, { scope: "openid" });
    const tokens = await exchange(config, (await signIn(browser, request.url, user)).url, request);
    const response = await httpFetch(`${ISSUER}/me`, {
      method: "POST",
      headers: {
        "content-type": "application/x-www-form-urlencoded",
      },
      body: new URLSearchParams({ access_token: tokens.access_token }).toString(),
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ sub: user.id });
  });
});
