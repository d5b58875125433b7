// A remembered device through the provider: it stands in for the policy's second factor, so the
// app learns a password-only sign-in (amr pwd, acr pwd), and it never satisfies a step-up
// (acr_values mfa, an app that requires MFA).
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ACR } from "@/lib/assurance/acr";
import { trustedDeviceCookieName } from "@/lib/http/cookies";
import { saveSettings } from "@/lib/settings/store";
import { api, migrateTestDatabase } from "../helpers/experience";
import { codeFor, mfaApi, passwordStep, registerWithTotp, setMfa } from "../helpers/mfa";
import {
  authorizationRequest,
  Browser,
  exchange,
  newApp,
  relyingParty,
  startOidcServer,
  stopOidcServer,
} from "../helpers/oidc";

beforeAll(async () => {
  await migrateTestDatabase();
  await startOidcServer();
});
afterAll(stopOidcServer);
beforeEach(async () => {
  await setMfa(["Totp", "WebAuthn", "BackupCode"], "Mandatory");
  await saveSettings({ trustedDevice: { enabled: true, days: 30 } });
});

/** A user whose device cookie was issued after a TOTP sign-in; returns the cookie. */
async function rememberedUser() {
  const user = await registerWithTotp();
  const browser = new Browser();
  await passwordStep(browser.jar, user.username, user.password);
  await mfaApi.totpVerify(browser.jar, { code: codeFor(user.secret, 1) });
  expect((await api.submit(browser.jar, { body: { rememberDevice: true } })).status).toBe(200);
  await api.complete(browser.jar);
  const name = trustedDeviceCookieName(user.id);
  return { user, cookie: [name, browser.jar.cookies.get(name) ?? ""] as const };
}

/** A browser holding only the device cookie, sent to the app's authorization request. */
async function appSignIn(params: Record<string, string>, requireMfa = false) {
  const { user, cookie } = await rememberedUser();
  const app = await newApp("Traditional", { requireMfa });
  const config = await relyingParty(app);
  const request = await authorizationRequest(config, params);
  const browser = new Browser();
  browser.jar.cookies.set(...cookie);
  const landed = await browser.follow(request.url);
  expect(new URL(landed.url).pathname).toBe("/sign-in");
  const verified = await api.password(browser.jar, user.username, user.password);
  await api.identify(browser.jar, verified.body.verificationId);
  return { config, request, browser, submitted: await api.submit(browser.jar) };
}

describe("a remembered device signing in to an app", () => {
  it("skips Mandatory's second factor; the ID token says pwd", async () => {
    const { config, request, browser, submitted } = await appSignIn({});
    expect(submitted.status).toBe(200);
    const back = await browser.follow(String(submitted.body.redirectTo));
    const claims = (await exchange(config, back.url, request)).claims();
    expect(claims?.amr).toEqual(["pwd"]);
    expect(claims?.acr).toBe(ACR.pwd);
  });

  it("never satisfies acr_values=mfa", async () => {
    const { submitted } = await appSignIn({ acr_values: ACR.mfa });
    expect(submitted.status).toBe(403);
    expect(submitted.body.code).toBe("session.mfa.require_mfa_verification");
  });

  it("never satisfies acr_values=phr", async () => {
    const { submitted } = await appSignIn({ acr_values: ACR.phr });
    expect(submitted.status).toBe(403);
    expect(submitted.body.code).toBe("session.mfa.require_mfa_verification");
  });

  it("never satisfies an app that requires MFA", async () => {
    const { submitted } = await appSignIn({}, true);
    expect(submitted.status).toBe(403);
    expect(submitted.body.code).toBe("session.mfa.require_mfa_verification");
  });
});
