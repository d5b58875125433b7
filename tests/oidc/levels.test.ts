// amr and acr as apps see them, per factor (password, TOTP, backup code, passkey), and step-up:
// acr_values mfa/phr and apps that require MFA get a second factor whatever the policy, asking a
// signed-in user only for the missing step.
import { describe, expect, it } from "vitest";
import { ACR } from "@/lib/assurance/acr";
import { getDb } from "@/lib/db/client";
import { api, registerViaApi } from "../helpers/experience";
import { codeFor, enrollTotp, mfaApi, registerWithTotp, setMfa, webAuthnApi } from "../helpers/mfa";
import {
  authorizationRequest,
  Browser,
  exchange,
  newApp,
  passwordThenSubmit,
  REDIRECT_URI,
  relyingParty,
  withOidcServer,
} from "../helpers/oidc";
import { SoftAuthenticator } from "../helpers/soft-authenticator";
import { TEST_PUBLIC_URL } from "../setup/env";

withOidcServer();

async function appSession(params: Record<string, string> = {}, requireMfa = false) {
  const app = await newApp("Traditional", { requireMfa });
  const config = await relyingParty(app);
  const request = await authorizationRequest(config, params);
  return { app, config, request, browser: new Browser() };
}

/** Registers a user with a passkey (and backup codes); returns the device. */
async function passkeyUser() {
  const user = await registerViaApi();
  const browser = new Browser();
  const { client } = { client: browser.jar };
  await api.start(client, "SignIn");
  const verified = await api.password(client, user.username, user.password);
  await api.identify(client, verified.body.verificationId);
  const started = await webAuthnApi.registration(client);
  const options = started.body.registrationOptions as { challenge: string; user: { id: string } };
  const device = new SoftAuthenticator(Buffer.from(options.user.id, "base64url").toString("utf8"), {
    rpId: "localhost",
    origin: TEST_PUBLIC_URL,
  });
  await webAuthnApi.registrationVerify(client, started.body.verificationId, device.create(options));
  await mfaApi.bind(client, "WebAuthn", started.body.verificationId);
  const codes = await mfaApi.backupGenerate(client);
  await mfaApi.bind(client, "BackupCode", codes.body.verificationId);
  expect((await api.submit(client)).status).toBe(200);
  return { ...user, device };
}

async function passkeyStep(browser: Browser, device: SoftAuthenticator) {
  const started = await webAuthnApi.authentication(browser.jar);
  const options = started.body.authenticationOptions as { challenge: string };
  const verified = await webAuthnApi.authenticationVerify(
    browser.jar,
    started.body.verificationId,
    device.get({ challenge: options.challenge }),
  );
  expect(verified.status).toBe(200);
}

describe("amr and acr per factor", () => {
  it("password only: pwd", async () => {
    const user = await registerViaApi();
    const { config, request, browser } = await appSession();
    const submitted = await passwordThenSubmit(browser, request.url, user);
    const back = await browser.follow(String(submitted.body.redirectTo));
    const claims = (await exchange(config, back.url, request)).claims();
    expect(claims).toMatchObject({ amr: ["pwd"], acr: ACR.pwd });
  });

  it("password and TOTP: pwd otp mfa", async () => {
    const user = await registerWithTotp();
    const { config, request, browser } = await appSession();
    const submitted = await passwordThenSubmit(browser, request.url, user);
    expect(submitted.body.code).toBe("session.mfa.require_mfa_verification");
    await mfaApi.totpVerify(browser.jar, { code: codeFor(user.secret, 1) });
    const back = await browser.follow(String((await api.submit(browser.jar)).body.redirectTo));
    const claims = (await exchange(config, back.url, request)).claims();
    expect(claims?.amr).toEqual(["pwd", "otp", "mfa"]);
    expect(claims?.acr).toBe(ACR.mfa);
  });

  it("password and a backup code: pwd mfa (no RFC value of its own)", async () => {
    const user = await registerWithTotp();
    const { config, request, browser } = await appSession();
    await passwordThenSubmit(browser, request.url, user);
    expect((await mfaApi.backupVerify(browser.jar, user.codes[0] ?? "")).status).toBe(200);
    const back = await browser.follow(String((await api.submit(browser.jar)).body.redirectTo));
    const claims = (await exchange(config, back.url, request)).claims();
    expect(claims?.amr).toEqual(["pwd", "mfa"]);
    expect(claims?.acr).toBe(ACR.mfa);
  });

  it("password and a passkey: pwd user hwk mfa, phishing-resistant", async () => {
    const user = await passkeyUser();
    const { config, request, browser } = await appSession();
    await passwordThenSubmit(browser, request.url, user);
    await passkeyStep(browser, user.device);
    const back = await browser.follow(String((await api.submit(browser.jar)).body.redirectTo));
    const claims = (await exchange(config, back.url, request)).claims();
    expect(claims?.amr).toEqual(["pwd", "user", "hwk", "mfa"]);
    expect(claims?.acr).toBe(ACR.phr);
  });
});

describe("step-up", () => {
  it("acr_values mfa asks a signed-in user only for the second factor", async () => {
    const user = await registerWithTotp();
    // Signed in with the password alone while no second factor was enabled.
    await setMfa([], "NoPrompt");
    const first = await appSession();
    const submitted = await passwordThenSubmit(first.browser, first.request.url, user);
    const back = await first.browser.follow(String(submitted.body.redirectTo));
    expect((await exchange(first.config, back.url, first.request)).claims()?.acr).toBe(ACR.pwd);
    const before = await getDb().session.findFirstOrThrow({
      where: { userId: user.id, revokedAt: null },
      orderBy: { createdAt: "desc" },
    });

    await setMfa(["Totp", "BackupCode"], "NoPrompt");
    const app = await newApp();
    const config = await relyingParty(app);
    const request = await authorizationRequest(config, { acr_values: ACR.mfa });
    const landed = await first.browser.follow(request.url);
    expect(new URL(landed.url).pathname).toBe("/mfa/verify");
    // No password again: the flow is identified by the session.
    expect((await api.interaction(first.browser.jar)).body.identified).toBe(true);
    await mfaApi.totpVerify(first.browser.jar, { code: codeFor(user.secret, 1) });
    const done = await first.browser.follow(
      String((await api.submit(first.browser.jar)).body.redirectTo),
    );
    expect(done.url.startsWith(REDIRECT_URI)).toBe(true);
    const claims = (await exchange(config, done.url, request)).claims();
    expect(claims?.amr).toEqual(["pwd", "otp", "mfa"]);
    expect(claims?.acr).toBe(ACR.mfa);
    // The weaker session was replaced by the stronger one.
    const old = await getDb().session.findUniqueOrThrow({ where: { id: before.id } });
    expect(old.revokedAt).not.toBeNull();
  });

  it("an app that requires MFA makes a user without factors enroll, with no skip", async () => {
    const user = await registerViaApi();
    const { config, request, browser } = await appSession({}, true);
    const submitted = await passwordThenSubmit(browser, request.url, user);
    expect(submitted.body.code).toBe("user.missing_mfa");
    expect((await mfaApi.skip(browser.jar)).body.code).toBe(
      "session.mfa.mfa_policy_not_user_controlled",
    );
    await enrollTotp(browser.jar);
    const back = await browser.follow(String((await api.submit(browser.jar)).body.redirectTo));
    const claims = (await exchange(config, back.url, request)).claims();
    expect(claims?.acr).toBe(ACR.mfa);
    expect(claims?.amr).toEqual(["pwd", "otp", "mfa"]);
  });

  it("acr_values phr asks a user with TOTP and a passkey for the passkey", async () => {
    const user = await passkeyUser();
    const { config, request, browser } = await appSession({ acr_values: ACR.phr });
    const submitted = await passwordThenSubmit(browser, request.url, user);
    expect(submitted.body).toMatchObject({
      code: "session.mfa.require_mfa_verification",
      data: { availableFactors: ["WebAuthn"] },
    });
    await passkeyStep(browser, user.device);
    const back = await browser.follow(String((await api.submit(browser.jar)).body.redirectTo));
    expect((await exchange(config, back.url, request)).claims()?.acr).toBe(ACR.phr);
  });

  it("a session already at the level asked is not asked again", async () => {
    const user = await registerWithTotp();
    const first = await appSession({ acr_values: ACR.mfa });
    await passwordThenSubmit(first.browser, first.request.url, user);
    await mfaApi.totpVerify(first.browser.jar, { code: codeFor(user.secret, 1) });
    await first.browser.follow(String((await api.submit(first.browser.jar)).body.redirectTo));
    const again = await authorizationRequest(first.config, { acr_values: ACR.mfa });
    const back = await first.browser.follow(again.url);
    expect(back.url.startsWith(REDIRECT_URI)).toBe(true);
    expect((await exchange(first.config, back.url, again)).claims()?.acr).toBe(ACR.mfa);
  });
});
