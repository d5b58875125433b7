// Scale-out on PostgreSQL: two production processes on one fresh schema, started together (both
// migrate at once), and a browser whose every request goes to the other one, as a load balancer
// without sticky sessions would send it. Everything they share lives in the database.
import * as oidc from "openid-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiKey } from "@/lib/api-keys/keys";
import { getDb } from "@/lib/db/client";
import { loadMigrations } from "@/lib/db/migrate";
import { totpCode, totpStep } from "@/lib/mfa/factors/totp/codes";
import { TEST_PUBLIC_URL } from "../setup/env";
import { HttpBrowser } from "./support/http";
import { Instance } from "./support/instance";

const ISSUER = `${TEST_PUBLIC_URL}/oidc`;
const REDIRECT_URI = "https://app.example/callback";
const BLOCKED = "session.verification_blocked_too_many_attempts";

const a = new Instance({ name: "A", databaseUrl: process.env.DATABASE_URL ?? "" });
const b = new Instance({ name: "B", databaseUrl: process.env.DATABASE_URL ?? "" });
let key = "";

/** A Management API call (the key's requests may go to either instance). */
async function manage(on: Instance, method: string, path: string, body?: unknown) {
  const answer = await new HttpBrowser().call(on, method, path, {
    body,
    origin: null,
    headers: { authorization: `Bearer ${key}` },
  });
  if (answer.status >= 300) throw new Error(`${method} ${path}: ${answer.status} ${answer.text}`);
  return answer.body;
}

let counter = 0;
/** A user with a password and an authenticator app, made through the Management API. */
async function totpUser() {
  counter += 1;
  const username = `scale_${Date.now().toString(36)}${counter}`;
  const password = `tidal-meadow-${Date.now().toString(36)}-lamp-${counter}`;
  const user = await manage(a, "POST", "/api/users", { username, password });
  const factor = await manage(b, "POST", `/api/users/${user.id}/mfa-verifications`, {
    type: "Totp",
  });
  return { id: String(user.id), username, password, secret: String(factor.secret) };
}

type User = Awaited<ReturnType<typeof totpUser>>;

/** Password step of a sign-in, starting on `first` and alternating from there. */
async function passwordSteps(browser: HttpBrowser, user: User, [first, second]: Instance[]) {
  const started = await browser.call(first as Instance, "PUT", "/api/experience", {
    body: { event: "SignIn" },
  });
  expect(started.status).toBe(200);
  const verified = await browser.call(
    second as Instance,
    "POST",
    "/api/experience/verification/password",
    { body: { identifier: { type: "username", value: user.username }, password: user.password } },
  );
  expect(verified.status, verified.text).toBe(200);
  const identified = await browser.call(
    first as Instance,
    "POST",
    "/api/experience/identification",
    {
      body: { verificationId: verified.body.verificationId },
    },
  );
  expect(identified.status, identified.text).toBeLessThan(300);
}

const totp = (browser: HttpBrowser, on: Instance, code: string) =>
  browser.call(on, "POST", "/api/experience/verification/totp/verify", { body: { code } });

beforeAll(async () => {
  if (!a.databaseUrl.startsWith("postgres")) {
    throw new Error("the system tests run on PostgreSQL: set TWOFOLD_TEST_DB=postgres");
  }
  // Started together: both preflights migrate the empty schema at the same moment.
  await Promise.all([a.start(), b.start()]);
  key = (await createApiKey({ name: "scale-out", scope: "write", actor: { type: "system" } })).key;
  await manage(a, "PATCH", "/api/sign-in-exp", {
    mfa: { factors: ["Totp"], policy: "PromptAtSignInAndSignUp" },
  });
}, 180_000);

afterAll(async () => {
  await Promise.all([a.dispose(), b.dispose()]);
});

describe("two instances on one PostgreSQL", () => {
  it("started together, applied every migration exactly once", async () => {
    const rows = await getDb().$queryRawUnsafe<{ name: string }[]>(
      `SELECT "name" FROM "_twofold_migrations" ORDER BY "name"`,
    );
    expect(rows.map((r) => r.name)).toEqual(loadMigrations("postgresql").map((m) => m.name));
    for (const instance of [a, b]) {
      const health = await new HttpBrowser().call(instance, "GET", "/api/health");
      expect(health.body).toEqual({ status: "ok" });
    }
  });

  it("signs in with password and TOTP, each step on the other instance, and signs out on one for both", async () => {
    const user = await totpUser();
    const browser = new HttpBrowser();
    await passwordSteps(browser, user, [a, b]);
    const early = await browser.call(b, "POST", "/api/experience/submit");
    expect(early.body.code).toBe("session.mfa.require_mfa_verification");
    const verified = await totp(browser, a, totpCode(user.secret, totpStep()));
    expect(verified.status, verified.text).toBe(200);
    const submitted = await browser.call(b, "POST", "/api/experience/submit");
    expect(submitted.status, submitted.text).toBe(200);
    const completed = await browser.call(a, "GET", String(submitted.body.redirectTo), {
      origin: null,
    });
    expect(completed.status).toBe(303);
    const session = await browser.call(b, "GET", "/api/auth/session");
    expect(session.body).toMatchObject({ user: { id: user.id } });

    // Signing out on A revokes the session row; B refuses the same cookie at once.
    const csrf = await browser.call(a, "GET", "/api/auth/csrf");
    const out = await browser.call(a, "POST", "/api/auth/signout", {
      form: { csrfToken: String(csrf.body.csrfToken), json: "true" },
    });
    expect(out.status).toBeLessThan(400);
    expect(await getDb().session.count({ where: { userId: user.id, revokedAt: null } })).toBe(0);
    const refused = await browser.call(b, "GET", "/api/my-account/security");
    expect(refused.status).toBe(401);
    expect((await browser.call(b, "GET", "/api/auth/session")).body).toEqual({});
  });

  it("counts second-factor failures on A toward a lock that B enforces", async () => {
    const user = await totpUser();
    // Ten wrong codes on A, in two flows (a flow allows five), fill the user's TOTP pool; the
    // failure that fills it already answers with the lock.
    const answers: string[] = [];
    for (let flow = 0; flow < 2; flow += 1) {
      const browser = new HttpBrowser();
      await passwordSteps(browser, user, [a, a]);
      for (let i = 0; i < 5; i += 1)
        answers.push(String((await totp(browser, a, "000000")).body.code));
    }
    expect(answers).toEqual([...Array(9).fill("session.mfa.invalid_totp_code"), BLOCKED]);
    expect(
      await getDb().sentinelAttempt.count({ where: { subject: user.id, pool: "mfa:Totp" } }),
    ).toBe(10);
    const browser = new HttpBrowser();
    await passwordSteps(browser, user, [b, b]);
    const right = await totp(browser, b, totpCode(user.secret, totpStep()));
    expect(right.body).toMatchObject({ code: BLOCKED, data: { factor: "Totp" } });
  });

  it("completes on B an authorization started on A, signing in across both", async () => {
    const user = await totpUser();
    const app = await manage(a, "POST", "/api/applications", {
      name: "Scale-out app",
      type: "Traditional",
      oidcClientMetadata: { redirectUris: [REDIRECT_URI], postLogoutRedirectUris: [] },
    });
    // The relying party's discovery and token requests go to B.
    const toB: oidc.CustomFetch = (url, options) =>
      fetch(url.replace(TEST_PUBLIC_URL, b.base), options as RequestInit);
    const config = await oidc.discovery(
      new URL(ISSUER),
      String(app.id),
      String(app.secret),
      oidc.ClientSecretBasic(String(app.secret)),
      { [oidc.customFetch]: toB, execute: [oidc.allowInsecureRequests] },
    );
    const verifier = oidc.randomPKCECodeVerifier();
    const state = oidc.randomState();
    const url = oidc.buildAuthorizationUrl(config, {
      redirect_uri: REDIRECT_URI,
      scope: "openid profile",
      code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
      code_challenge_method: "S256",
      state,
    });

    const browser = new HttpBrowser();
    const authorize = await browser.call(a, "GET", url.href, { origin: null });
    expect(authorize.status).toBe(303);
    const interaction = await browser.call(b, "GET", String(authorize.location), { origin: null });
    expect(new URL(String(interaction.location)).pathname).toBe("/sign-in");
    // The interaction started the flow; its steps go to alternating instances.
    const verified = await browser.call(a, "POST", "/api/experience/verification/password", {
      body: { identifier: { type: "username", value: user.username }, password: user.password },
    });
    await browser.call(b, "POST", "/api/experience/identification", {
      body: { verificationId: verified.body.verificationId },
    });
    expect((await totp(browser, a, totpCode(user.secret, totpStep()))).status).toBe(200);
    const submitted = await browser.call(b, "POST", "/api/experience/submit");
    expect(submitted.status, submitted.text).toBe(200);
    let next = String(submitted.body.redirectTo);
    const hops = [a, b, a, b, a, b];
    for (const on of hops) {
      if (next.startsWith(REDIRECT_URI)) break;
      const hop = await browser.call(on, "GET", next, { origin: null });
      expect(hop.status, `${on.name} ${next}: ${hop.text.slice(0, 200)}`).toBeLessThan(400);
      next = String(hop.location);
    }
    expect(next.startsWith(REDIRECT_URI), next).toBe(true);
    const tokens = await oidc.authorizationCodeGrant(config, new URL(next), {
      pkceCodeVerifier: verifier,
      expectedState: state,
      idTokenExpected: true,
    });
    expect(tokens.claims()).toMatchObject({ sub: user.id, amr: expect.arrayContaining(["otp"]) });
  });

  it("carries a settings change saved on A to B within the cache's second", async () => {
    const read = async () => (await manage(b, "GET", "/api/sign-in-exp")).sentinelPolicy;
    const before = await read();
    expect(before).toMatchObject({ maxAttempts: 10 });
    // B's cache is warm now; the change is saved through A.
    await manage(a, "PATCH", "/api/sign-in-exp", {
      sentinelPolicy: { maxAttempts: 7, lockoutDuration: 60 },
    });
    const saved = Date.now();
    let seen = await read();
    while ((seen as { maxAttempts?: number }).maxAttempts !== 7 && Date.now() - saved < 3_000) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      seen = await read();
    }
    expect(seen).toMatchObject({ maxAttempts: 7 });
    // Revalidation runs at most once a second, plus the requests' own time.
    expect(Date.now() - saved).toBeLessThan(2_000);
  });
});
