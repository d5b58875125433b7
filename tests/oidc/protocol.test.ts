// Protocol behaviour an app relies on: refusals that must not redirect, OAuth errors instead of
// 500s for malformed requests, prompt and max_age, id_token_hint, scopes, logout on both sides,
// and a table of cases from the OpenID Foundation's Basic OP test plan.
import { describe, expect, it } from "vitest";
import { ACR } from "@/lib/assurance/acr";
import { getDb } from "@/lib/db/client";
import { sessionCookieName } from "@/lib/http/cookies";
import { signOut } from "@/lib/sessions/sign-out";
import { registerViaApi } from "../helpers/experience";
import {
  authorizationRequest,
  Browser,
  client,
  exchange,
  httpFetch,
  ISSUER,
  newApp,
  POST_LOGOUT_URI,
  passwordThenSubmit,
  REDIRECT_URI,
  relyingParty,
  withOidcServer,
} from "../helpers/oidc";

withOidcServer();

type Config = Awaited<ReturnType<typeof relyingParty>>;

async function signedIn() {
  const user = await registerViaApi();
  const app = await newApp();
  const config = await relyingParty(app);
  const browser = new Browser();
  const request = await authorizationRequest(config);
  await passwordSignIn(browser, request.url, user);
  return { user, app, config, browser };
}

async function passwordSignIn(
  browser: Browser,
  url: string,
  user: { username: string; password: string },
) {
  const submitted = await passwordThenSubmit(browser, url, user);
  return browser.follow(String(submitted.body.redirectTo));
}

function callbackParams(url: string) {
  expect(url.startsWith(REDIRECT_URI)).toBe(true);
  return new URL(url).searchParams;
}

async function authorize(browser: Browser, config: Config, params: Record<string, string>) {
  const request = await authorizationRequest(config, params);
  return { request, result: await browser.follow(request.url) };
}

describe("refusals that must not redirect", () => {
  it("an unregistered redirect_uri gets an error page, not a redirect", async () => {
    const app = await newApp();
    const config = await relyingParty(app);
    const request = await authorizationRequest(config, {
      redirect_uri: "https://evil.example/callback",
    });
    const hop = await new Browser().request(request.url);
    expect(hop.status).toBe(400);
    expect(hop.location).toBeNull();
    expect(hop.body).toContain("redirect_uri");
  });

  it("an unknown client gets an error page, not a redirect", async () => {
    const url = `${ISSUER}/auth?client_id=nobody&response_type=code&scope=openid&redirect_uri=${encodeURIComponent(REDIRECT_URI)}`;
    const hop = await new Browser().request(url);
    expect(hop.status).toBe(400);
    expect(hop.location).toBeNull();
    expect(hop.body).toContain("invalid_client");
  });

  it("a public client without PKCE is refused", async () => {
    const spa = await newApp("SPA");
    const url = `${ISSUER}/auth?client_id=${spa.id}&response_type=code&scope=openid&redirect_uri=${encodeURIComponent(REDIRECT_URI)}`;
    const hop = await new Browser().request(url);
    expect(new URL(hop.location ?? "").searchParams.get("error")).toBe("invalid_request");
  });

  it("the implicit flow is not offered", async () => {
    const app = await newApp();
    const url = `${ISSUER}/auth?client_id=${app.id}&response_type=id_token&scope=openid&nonce=n&redirect_uri=${encodeURIComponent(REDIRECT_URI)}`;
    const hop = await new Browser().request(url);
    const error = hop.location
      ? new URL(hop.location.replace("#", "?")).searchParams.get("error")
      : null;
    expect(error ?? hop.body).toMatch(/unsupported_response_type|unauthorized_client/);
  });

  it("a wrong client secret is invalid_client", async () => {
    const app = await newApp();
    const config = await relyingParty({ id: app.id, secret: "not-the-secret" });
    const refused = await client.refreshTokenGrant(config, "whatever").catch((e: unknown) => e);
    expect(refused).toMatchObject({ status: 401 });
    expect(JSON.stringify((refused as { cause?: unknown }).cause)).toContain("invalid_client");
  });
});

/** A value as it can travel in a URL; a lone surrogate goes as the invalid UTF-8 it encodes to. */
function wire(value: string) {
  try {
    return encodeURIComponent(value);
  } catch {
    return "%ED%A0%80";
  }
}

describe("malformed requests are OAuth errors, never 500", () => {
  const hostile = [
    "\t",
    "a\r\nSet-Cookie: x=y",
    "..\\..\\",
    "%2F%2Fevil.example",
    "\uD800",
    "%E0%A4%A",
    "x".repeat(5000),
    '{"a":',
    "nul\u0000byte",
  ];
  it.each(hostile)("in authorization and token parameters (value %#)", async (value) => {
    const app = await newApp();
    const q = new URLSearchParams({
      client_id: app.id,
      response_type: "code",
      scope: value,
      redirect_uri: value,
      state: value,
      code_challenge: value,
      code_challenge_method: value,
    });
    for (const url of [`${ISSUER}/auth?${q}`, `${ISSUER}/auth?client_id=${wire(value)}`]) {
      const response = await httpFetch(url, { redirect: "manual" });
      expect(response.status).toBeLessThan(500);
    }
    const token = await httpFetch(`${ISSUER}/token`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ grant_type: value, code: value, client_id: app.id }).toString(),
    });
    expect(token.status).toBeLessThan(500);
    expect((await token.json()).error).toBeTruthy();
    const me = await httpFetch(`${ISSUER}/me`, {
      headers: { authorization: `Bearer ${wire(value)}` },
    });
    expect(me.status).toBeLessThan(500);
    const interaction = await httpFetch(`${ISSUER}/interaction/${wire(value)}`, {
      redirect: "manual",
    });
    expect(interaction.status).toBeLessThan(500);
  });
});

describe("a NUL byte, which no PostgreSQL text holds, finds nothing instead of failing", () => {
  const form = (fields: Record<string, string>) => ({
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams(fields).toString(),
  });

  it("as a client id, a code, a refresh token or a token to look up", async () => {
    const app = await newApp();
    const client = { client_id: app.id, client_secret: app.secret ?? "" };
    const auth = await httpFetch(
      `${ISSUER}/auth?client_id=a%00b&response_type=code&scope=openid&redirect_uri=${wire(REDIRECT_URI)}`,
      { redirect: "manual" },
    );
    expect(auth.status).toBe(400);
    const answers = [
      [
        "/token",
        {
          grant_type: "authorization_code",
          code: "a\u0000b",
          redirect_uri: REDIRECT_URI,
          ...client,
        },
        400,
        "invalid_grant",
      ],
      [
        "/token",
        { grant_type: "refresh_token", refresh_token: "a\u0000b", ...client },
        400,
        "invalid_grant",
      ],
      [
        "/token",
        {
          grant_type: "refresh_token",
          refresh_token: "x",
          client_id: "a\u0000b",
          client_secret: "x",
        },
        401,
        "invalid_client",
      ],
    ] as const;
    for (const [path, fields, status, error] of answers) {
      const response = await httpFetch(`${ISSUER}${path}`, form(fields));
      expect(response.status, JSON.stringify(fields)).toBe(status);
      expect((await response.json()).error).toBe(error);
    }
    const introspection = await httpFetch(
      `${ISSUER}/token/introspection`,
      form({ token: "a\u0000b", ...client }),
    );
    expect(await introspection.json()).toEqual({ active: false });
    const revocation = await httpFetch(
      `${ISSUER}/token/revocation`,
      form({ token: "a\u0000b", ...client }),
    );
    expect(revocation.status).toBe(200);
  });
});

describe("prompt, max_age and id_token_hint", () => {
  it("prompt=none without a session is login_required", async () => {
    const app = await newApp();
    const config = await relyingParty(app);
    const { result } = await authorize(new Browser(), config, { prompt: "none" });
    expect(callbackParams(result.url).get("error")).toBe("login_required");
  });

  it("prompt=none with a session returns a code", async () => {
    const { config, browser } = await signedIn();
    const { request, result } = await authorize(browser, config, { prompt: "none" });
    expect((await exchange(config, result.url, request)).claims()?.acr).toBe(ACR.pwd);
  });

  it("max_age=0 and prompt=login ask for the password again, then return a fresh auth_time", async () => {
    const { config, browser, user } = await signedIn();
    const asks: Record<string, string>[] = [{ max_age: "0" }, { prompt: "login" }];
    for (const params of asks) {
      const request = await authorizationRequest(config, params);
      const back = await passwordSignIn(browser, request.url, user);
      const claims = (await exchange(config, back.url, request)).claims();
      expect(Math.abs(Number(claims?.auth_time) - Date.now() / 1000)).toBeLessThan(5);
    }
  });

  it("prompt=none above the session's level is login_required", async () => {
    const { config, browser } = await signedIn();
    const { result } = await authorize(browser, config, { prompt: "none", acr_values: ACR.mfa });
    expect(callbackParams(result.url).get("error")).toBe("login_required");
  });

  it("id_token_hint of the signed-in user returns a code; of another user, a sign-in", async () => {
    const { config, browser, user } = await signedIn();
    const first = await authorize(browser, config, {});
    const idToken = (await exchange(config, first.result.url, first.request)).id_token ?? "";
    const hinted = await authorize(browser, config, { id_token_hint: idToken, prompt: "none" });
    expect(callbackParams(hinted.result.url).get("code")).toBeTruthy();
    const other = await signedIn();
    const otherToken = await (async () => {
      const r = await authorize(other.browser, config, {});
      return (await exchange(config, r.result.url, r.request)).id_token ?? "";
    })();
    const mismatch = await authorize(browser, config, { id_token_hint: otherToken });
    expect(new URL(mismatch.result.url).pathname).toBe("/sign-in");
    expect(user.id).not.toBe(other.user.id);
  });
});

describe("scopes", () => {
  it.each([
    ["openid", [], ["email", "preferred_username"]],
    ["openid profile", ["preferred_username"], ["email"]],
    ["openid email", ["email", "email_verified"], ["preferred_username"]],
  ])("%s", async (scope, present, absent) => {
    const { config, browser } = await signedIn();
    const { request, result } = await authorize(browser, config, { scope });
    const claims = (await exchange(config, result.url, request)).claims() ?? {};
    for (const claim of present) expect(claims).toHaveProperty(claim);
    for (const claim of absent) expect(claims).not.toHaveProperty(claim);
  });
});

describe("sign-out is one for Twofold and apps", () => {
  it("RP-initiated logout with id_token_hint ends the Twofold session and returns to the app", async () => {
    const { config, browser, user } = await signedIn();
    const { request, result } = await authorize(browser, config, {});
    const tokens = await exchange(config, result.url, request);
    const endUrl = client.buildEndSessionUrl(config, {
      id_token_hint: tokens.id_token ?? "",
      post_logout_redirect_uri: POST_LOGOUT_URI,
      state: "bye",
    });
    const page = await browser.request(endUrl.href);
    expect(page.status).toBe(200);
    const action = page.body.match(/action="([^"]+)"/)?.[1] ?? "";
    const xsrf = page.body.match(/name="xsrf" value="([^"]+)"/)?.[1] ?? "";
    const done = await browser.request(new URL(action, ISSUER).href, { xsrf, logout: "yes" });
    expect(done.location).toBe(`${POST_LOGOUT_URI}?state=bye`);
    expect(browser.jar.cookies.has(sessionCookieName())).toBe(false);
    expect(await getDb().session.count({ where: { userId: user.id, revokedAt: null } })).toBe(1);
    const after = await authorize(browser, config, { prompt: "none" });
    expect(callbackParams(after.result.url).get("error")).toBe("login_required");
    await expect
      .poll(() => getDb().auditEvent.count({ where: { type: "oidc.logout", userId: user.id } }))
      .toBe(1);
    expect(await getDb().auditEvent.count({ where: { type: "sign_out", userId: user.id } })).toBe(
      1,
    );
  });

  it("signing out of Twofold ends the app's silent sign-in too", async () => {
    const { config, browser } = await signedIn();
    await signOut(browser.jar.cookies.get(sessionCookieName()));
    const { result } = await authorize(browser, config, { prompt: "none" });
    expect(callbackParams(result.url).get("error")).toBe("login_required");
  });

  it("an unregistered post_logout_redirect_uri is refused", async () => {
    const { config } = await signedIn();
    const url = client.buildEndSessionUrl(config, {
      post_logout_redirect_uri: "https://evil.example/",
      client_id: config.clientMetadata().client_id,
    });
    const hop = await new Browser().request(url.href);
    expect(hop.status).toBe(400);
    expect(hop.location).toBeNull();
  });
});

describe("OpenID Foundation Basic OP test plan (ported)", () => {
  type Case = [string, Record<string, string>, "code" | string];
  const cases: Case[] = [
    ["oidcc-server", {}, "code"],
    ["oidcc-ensure-request-without-nonce-succeeds-for-code-flow", { nonce: "" }, "code"],
    ["oidcc-scope-profile", { scope: "openid profile" }, "code"],
    ["oidcc-scope-email", { scope: "openid email" }, "code"],
    ["oidcc-scope-all", { scope: "openid profile email" }, "code"],
    ["oidcc-ensure-other-scope-order-succeeds", { scope: "email openid" }, "code"],
    ["oidcc-display-page", { display: "page" }, "code"],
    ["oidcc-display-popup", { display: "popup" }, "code"],
    ["oidcc-prompt-none-logged-in", { prompt: "none" }, "code"],
    ["oidcc-max-age-10000", { max_age: "10000" }, "code"],
    ["oidcc-ensure-request-with-unknown-parameter-succeeds", { extra: "foobar" }, "code"],
    ["oidcc-login-hint", { login_hint: "someone" }, "code"],
    ["oidcc-ui-locales", { ui_locales: "se" }, "code"],
    ["oidcc-claims-locales", { claims_locales: "se" }, "code"],
    [
      "oidcc-ensure-request-with-acr-values-succeeds",
      { acr_values: `${ACR.pwd} ${ACR.mfa}` },
      "code",
    ],
    ["oidcc-ensure-request-with-valid-pkce-succeeds", {}, "code"],
    ["oidcc-response-type-missing", { response_type: "" }, "invalid_request"],
    ["oidcc-scope-missing-openid", { scope: "profile" }, "invalid_request"],
    ["oidcc-unsigned-request-object-unsupported", { request: "e30.e30." }, "request_not_supported"],
    [
      "oidcc-request-uri-unsupported",
      { request_uri: "https://rp.example/r" },
      "request_uri_not_supported",
    ],
    ["pkce plain refused", { code_challenge_method: "plain" }, "invalid_request"],
  ];
  it.each(cases)("%s", async (_, params, expected) => {
    const { config, browser } = await signedIn();
    const request = await authorizationRequest(config, {});
    const url = new URL(request.url);
    for (const [key, value] of Object.entries(params)) {
      if (value === "") url.searchParams.delete(key);
      else url.searchParams.set(key, value);
    }
    if (params.nonce === "") request.nonce = undefined as unknown as string;
    const result = await browser.follow(url.href);
    if (expected !== "code") {
      const error = result.url.startsWith(REDIRECT_URI)
        ? new URL(result.url).searchParams.get("error")
        : result.hop.body;
      expect(error).toContain(expected);
      return;
    }
    const tokens = await client.authorizationCodeGrant(config, new URL(result.url), {
      pkceCodeVerifier: request.verifier,
      expectedState: request.state,
      expectedNonce: params.nonce === "" ? undefined : request.nonce,
      idTokenExpected: true,
    });
    expect(tokens.claims()?.sub).toBeTruthy();
  });
});
