// The provider as an app meets it: the real /oidc handler on a real http.Server (random port),
// openid-client 6 as the relying party, and a "browser" that follows redirects with one cookie
// jar — /oidc/* over HTTP, the hosted flow's JSON API through its route handlers in-process.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import * as client from "openid-client";
import { afterAll, beforeAll, beforeEach, expect } from "vitest";
import * as complete from "@/app/api/experience/complete/route";
import { createApplication } from "@/lib/applications/create-application";
import type { ApplicationType } from "@/lib/applications/types";
import type { FactorType } from "@/lib/mfa/factors";
import { handleOidc } from "@/lib/oidc/handler";
import { TEST_PUBLIC_URL } from "../setup/env";
import { TestClient } from "./client";
import { api, migrateTestDatabase } from "./experience";
import { setMfa } from "./mfa";

export const ISSUER = `${TEST_PUBLIC_URL}/oidc`;
export const REDIRECT_URI = "https://app.example/callback";
export const POST_LOGOUT_URI = "https://app.example/signed-out";

let server: Server | undefined;
let base = "";

export async function startOidcServer() {
  server = createServer((req, res) => {
    handleOidc(req, res).catch((error: unknown) => {
      console.error(error);
      res.statusCode = 500;
      res.end();
    });
  });
  await new Promise<void>((resolve) => server?.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

export async function stopOidcServer() {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
}

/**
 * A suite against the provider: a migrated database and the server for the whole file, and MFA
 * settings reset before each test (every factor on, never prompted, unless the suite says).
 */
export function withOidcServer(factors: FactorType[] = ["Totp", "WebAuthn", "BackupCode"]) {
  beforeAll(async () => {
    await migrateTestDatabase();
    await startOidcServer();
  });
  afterAll(stopOidcServer);
  beforeEach(() => setMfa(factors, "NoPrompt"));
}

/** Sends a request for the public URL to the test server. */
export const toServer = (url: string) =>
  url.startsWith(TEST_PUBLIC_URL) ? base + url.slice(TEST_PUBLIC_URL.length) : url;

export const serverFetch: client.CustomFetch = (url, options) =>
  fetch(toServer(url), options as RequestInit);

/** A plain request to the test server, for what openid-client does not do itself. */
export const httpFetch = (url: string, init?: RequestInit) => fetch(toServer(url), init);

export async function newApp(
  type: ApplicationType = "Traditional",
  extra: { requireMfa?: boolean } = {},
) {
  return createApplication({
    name: `App ${type}`,
    type,
    redirectUris: [REDIRECT_URI],
    postLogoutRedirectUris: [POST_LOGOUT_URI],
    requireMfa: extra.requireMfa ?? false,
    actor: { type: "system" },
  });
}

/** The app's openid-client configuration (discovery through the test server). */
export async function relyingParty(app: { id: string; secret?: string }, post = false) {
  const auth = app.secret
    ? post
      ? client.ClientSecretPost(app.secret)
      : client.ClientSecretBasic(app.secret)
    : client.None();
  return client.discovery(new URL(ISSUER), app.id, app.secret, auth, {
    [client.customFetch]: serverFetch,
    execute: [client.allowInsecureRequests],
  });
}

export type Hop = { status: number; location: string | null; body: string };

/** A browser: a cookie jar shared by the provider (HTTP) and the hosted flow (route handlers). */
export class Browser {
  readonly jar = new TestClient();

  /** One GET (or form POST) of a provider URL, without following redirects. */
  async request(url: string, form?: Record<string, string>): Promise<Hop> {
    const absolute = new URL(url, TEST_PUBLIC_URL).href;
    const headers: Record<string, string> = {};
    if (this.jar.cookies.size) {
      headers.cookie = [...this.jar.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
    }
    if (form) headers["content-type"] = "application/x-www-form-urlencoded";
    const response = await fetch(toServer(absolute), {
      method: form ? "POST" : "GET",
      headers,
      body: form ? new URLSearchParams(form).toString() : undefined,
      redirect: "manual",
    });
    this.jar.storeCookies(response.headers);
    const location = response.headers.get("location");
    return {
      status: response.status,
      location: location && new URL(location, absolute).href,
      body: await response.text(),
    };
  }

  /**
   * Follows redirects from `url` until they leave the provider: to the app (its redirect URI),
   * to a hosted page (/sign-in, /mfa/…), or to a page the provider drew. Completing a flow
   * (/api/experience/complete) runs its route handler, as the browser would.
   */
  async follow(url: string): Promise<{ url: string; hop: Hop }> {
    let current = url;
    for (let i = 0; i < 20; i += 1) {
      const path = new URL(current, TEST_PUBLIC_URL);
      if (path.href.startsWith(TEST_PUBLIC_URL) && path.pathname === "/api/experience/complete") {
        const done = await this.jar.call(complete.GET, "GET", path.pathname, { origin: null });
        current = new URL(done.headers.get("location") ?? "/", TEST_PUBLIC_URL).href;
        continue;
      }
      if (!path.href.startsWith(ISSUER))
        return { url: path.href, hop: { status: 0, location: null, body: "" } };
      const hop = await this.request(path.href);
      if (!hop.location) return { url: path.href, hop };
      current = hop.location;
    }
    throw new Error("too many redirects");
  }
}

/** A PKCE authorization request of `config`'s app, with state and nonce. */
export async function authorizationRequest(
  config: client.Configuration,
  params: Record<string, string> = {},
) {
  const verifier = client.randomPKCECodeVerifier();
  const state = client.randomState();
  const nonce = client.randomNonce();
  const url = client.buildAuthorizationUrl(config, {
    redirect_uri: REDIRECT_URI,
    scope: "openid profile email",
    code_challenge: await client.calculatePKCECodeChallenge(verifier),
    code_challenge_method: "S256",
    state,
    nonce,
    ...params,
  });
  return { url: url.href, verifier, state, nonce };
}

export async function exchange(
  config: client.Configuration,
  callbackUrl: string,
  request: { verifier: string; state: string; nonce: string },
) {
  return client.authorizationCodeGrant(config, new URL(callbackUrl), {
    pkceCodeVerifier: request.verifier,
    expectedState: request.state,
    expectedNonce: request.nonce,
    idTokenExpected: true,
  });
}

export { client };

/** The password step of the hosted flow an app's request led to; returns the submit answer. */
export async function passwordThenSubmit(
  browser: Browser,
  url: string,
  user: { username: string; password: string },
) {
  const landed = await browser.follow(url);
  expect(new URL(landed.url).pathname).toBe("/sign-in");
  const verified = await api.password(browser.jar, user.username, user.password);
  await api.identify(browser.jar, verified.body.verificationId);
  return api.submit(browser.jar);
}
