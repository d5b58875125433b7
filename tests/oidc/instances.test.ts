// Instances share everything through the database: an authorization started on one provider
// instance finishes on another, and signing keys rotate for all of them.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { buildProvider, oidcHandler, reloadIfKeysChanged } from "@/lib/oidc/handler";
import { rotateSigningKeys } from "@/lib/oidc/signing-keys";
import { api, registerViaApi } from "../helpers/experience";
import {
  authorizationRequest,
  Browser,
  exchange,
  httpFetch,
  ISSUER,
  newApp,
  relyingParty,
  withOidcServer,
} from "../helpers/oidc";
import { TEST_PUBLIC_URL } from "../setup/env";

let other: ReturnType<typeof createServer> | undefined;
let otherBase = "";

withOidcServer(["Totp", "BackupCode"]);

beforeAll(async () => {
  const second = await buildProvider();
  other = createServer(oidcHandler(async () => second));
  await new Promise<void>((resolve) => other?.listen(0, "127.0.0.1", resolve));
  otherBase = `http://127.0.0.1:${(other.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise<void>((resolve) => (other ? other.close(() => resolve()) : resolve()));
});

describe("several instances", () => {
  it("finish on instance B an authorization started on instance A", async () => {
    const user = await registerViaApi();
    const app = await newApp();
    const config = await relyingParty(app);
    const browser = new Browser();
    const request = await authorizationRequest(config);
    // Instance A starts the interaction and sends the browser to sign in.
    const landed = await browser.follow(request.url);
    expect(new URL(landed.url).pathname).toBe("/sign-in");
    const verified = await api.password(browser.jar, user.username, user.password);
    await api.identify(browser.jar, verified.body.verificationId);
    const submitted = await api.submit(browser.jar);
    // The rest of the redirects go to instance B.
    const toB = (url: string) => url.replace(TEST_PUBLIC_URL, otherBase);
    let url = String(submitted.body.redirectTo);
    const complete = await browser.follow(url);
    url = complete.url;
    const cookie = () => [...browser.jar.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
    for (let i = 0; i < 5 && url.startsWith(ISSUER); i += 1) {
      const response = await fetch(toB(url), { headers: { cookie: cookie() }, redirect: "manual" });
      browser.jar.storeCookies(response.headers);
      url = new URL(response.headers.get("location") ?? "", url).href;
    }
    const tokens = await exchange(config, url, request);
    expect(tokens.claims()?.sub).toBe(user.id);
  });

  it("rotates signing keys: the new key signs, the previous one stays published", async () => {
    const user = await registerViaApi();
    const app = await newApp();
    const config = await relyingParty(app);
    const before = await (await httpFetch(`${ISSUER}/jwks`)).json();
    const kids = await rotateSigningKeys({ type: "system" });
    await reloadIfKeysChanged();
    const after = await (await httpFetch(`${ISSUER}/jwks`)).json();
    const published = after.keys.map((k: { kid: string }) => k.kid);
    for (const kid of [...kids, ...before.keys.map((k: { kid: string }) => k.kid)]) {
      expect(published).toContain(kid);
    }
    const browser = new Browser();
    const request = await authorizationRequest(config);
    await browser.follow(request.url);
    const verified = await api.password(browser.jar, user.username, user.password);
    await api.identify(browser.jar, verified.body.verificationId);
    const back = await browser.follow(String((await api.submit(browser.jar)).body.redirectTo));
    const tokens = await exchange(config, back.url, request);
    const header = JSON.parse(
      Buffer.from((tokens.id_token ?? "").split(".")[0] ?? "", "base64url").toString(),
    );
    expect(kids).toContain(header.kid);
    const rows = await getDb().signingKey.findMany();
    expect(rows.every((r) => !r.privateJwk.includes('"d"'))).toBe(true);
    expect(await getDb().auditEvent.count({ where: { type: "oidc.signing_key_rotated" } })).toBe(1);
  });
});

describe("storage", () => {
  it("sweeps expired provider rows and hides them before that", async () => {
    const { PrismaAdapter, sweepExpired } = await import("@/lib/oidc/adapter");
    const adapter = new PrismaAdapter("AccessToken");
    await adapter.upsert("live", { grantId: "g1", kind: "AccessToken" }, 60);
    await adapter.upsert("stale", { grantId: "g2", kind: "AccessToken" }, 1);
    await getDb().oidcModel.update({
      where: { model_id: { model: "AccessToken", id: "stale" } },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expect(await adapter.find("stale")).toBeUndefined();
    await adapter.consume("live");
    expect((await adapter.find("live"))?.consumed).toBeTypeOf("number");
    sweepExpired(Date.now() + 120_000);
    await expect.poll(() => getDb().oidcModel.count({ where: { id: "stale" } })).toBe(0);
    await adapter.revokeByGrantId("g1");
    expect(await adapter.find("live")).toBeUndefined();
  });
});
