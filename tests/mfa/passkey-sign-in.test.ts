// Signing in with a passkey alone, through the experience API with a software authenticator's
// discoverable credential: who it identifies, what it refuses, and how failures are counted.
// Runs on SQLite and PostgreSQL (TWOFOLD_TEST_DB).
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import * as signInExp from "@/app/api/sign-in-exp/route";
import { getDb } from "@/lib/db/client";
import { contracts } from "@/lib/management/contracts";
import { getSettings, saveSettings } from "@/lib/settings/store";
import { TestClient } from "../helpers/client";
import { api, migrateTestDatabase, registerViaApi } from "../helpers/experience";
import { callApi, newKey } from "../helpers/management";
import { setMfa } from "../helpers/mfa";
import { passkeySignInApi, passkeyUser, startPasskeySignIn } from "../helpers/passkey";
import { SoftAuthenticator, UP } from "../helpers/soft-authenticator";

const LIMIT = 10;
const BLOCKED = "session.verification_blocked_too_many_attempts";
const FAILED = "session.mfa.webauthn_verification_failed";

beforeAll(migrateTestDatabase);
beforeEach(async () => {
  await setMfa(["WebAuthn", "BackupCode"]);
  await saveSettings({
    passkeySignIn: { enabled: true },
    sentinelPolicy: { maxAttempts: LIMIT, lockoutDuration: 60 },
  });
});

type User = Awaited<ReturnType<typeof passkeyUser>>;

/** A passkey sign-in with `forge` building the assertion from the user's device. */
async function attempt(
  user: User,
  forge: (d: SoftAuthenticator, challenge: string) => unknown = (d, challenge) =>
    d.get({ challenge }),
) {
  const { client, verificationId, options } = await startPasskeySignIn();
  const result = await passkeySignInApi.verify(
    client,
    verificationId,
    forge(user.device, options.challenge),
  );
  return { client, result, verificationId, options };
}

const lastSignIn = (userId: string) =>
  getDb().auditEvent.findFirst({
    where: { userId, type: "sign_in.succeeded" },
    orderBy: { createdAt: "desc" },
  });

describe("passkey sign-in", () => {
  it("offers any discoverable passkey with user verification required", async () => {
    const { options } = await startPasskeySignIn();
    expect(options).not.toHaveProperty("allowCredentials");
    expect(options).toMatchObject({ userVerification: "required", rpId: "localhost" });
  });

  it("identifies the credential's owner and signs in with no password and no further factor", async () => {
    const other = await passkeyUser();
    const user = await passkeyUser();
    const { client, result } = await attempt(user);
    expect(result.status).toBe(200);
    const view = await api.interaction(client);
    expect(view.body.user).toMatchObject({ id: user.id, username: user.username });
    expect(view.body.user).not.toMatchObject({ id: other.id });
    expect((await api.submit(client)).status).toBe(200);
    expect((await api.complete(client)).status).toBe(303);
    const event = await lastSignIn(user.id);
    expect(JSON.parse(event?.data ?? "{}").amr).toEqual(["user", "hwk", "mfa"]);
  });

  it("works under Mandatory with no second prompt", async () => {
    await setMfa(["Totp", "WebAuthn", "BackupCode"], "Mandatory");
    const user = await passkeyUser();
    const { client, result } = await attempt(user);
    expect(result.status).toBe(200);
    const submitted = await api.submit(client);
    expect(submitted.body.code).toBeUndefined();
    expect(submitted.status).toBe(200);
  });

  it("rotates the flow token: the cookie held before the passkey is dead", async () => {
    const user = await passkeyUser();
    const { client, verificationId, options } = await startPasskeySignIn();
    const planted = new TestClient();
    for (const [k, v] of client.cookies) planted.cookies.set(k, v);
    const result = await passkeySignInApi.verify(
      client,
      verificationId,
      user.device.get({ challenge: options.challenge }),
    );
    expect(result.status).toBe(200);
    expect((await api.submit(planted)).status).toBe(404);
  });

  const refusals: [string, (d: SoftAuthenticator, challenge: string) => unknown][] = [
    ["no user verification", (d, challenge) => d.get({ challenge, flags: UP })],
    ["another user's handle", (d, challenge) => d.get({ challenge, userHandle: "someone-else" })],
    ["no user handle", (d, challenge) => d.get({ challenge, userHandle: null })],
    ["a counter going backwards", (d, challenge) => d.get({ challenge, counter: 0 })],
  ];

  it.each(refusals)("refuses %s, and nothing is identified", async (_, forge) => {
    const user = await passkeyUser();
    await attempt(user); // one good sign-in first, so the stored counter is above zero
    const { client, result } = await attempt(user, forge);
    expect(result.status).toBe(400);
    expect(result.body).toEqual({ code: FAILED, message: "The passkey could not be verified." });
    expect((await api.interaction(client)).body.identified).toBe(false);
  });

  it("refuses a credential whose user was deleted", async () => {
    const user = await passkeyUser();
    await getDb().user.delete({ where: { id: user.id } });
    const { result } = await attempt(user);
    expect(result.status).toBe(400);
    expect(result.body.code).toBe(FAILED);
  });

  it("answers an unknown credential exactly as a wrong signature", async () => {
    const user = await passkeyUser();
    const stranger = new SoftAuthenticator(user.id, user.device.rp);
    const unknown = await attempt(user, (_, challenge) => stranger.get({ challenge }));
    const forged = await attempt(user, (d, challenge) =>
      d.get({ challenge, signWith: stranger.keys.privateKey }),
    );
    expect(unknown.result.status).toBe(forged.result.status);
    expect(unknown.result.body).toEqual(forged.result.body);
    expect(forged.result.body).toEqual({ code: FAILED, message: expect.any(String) });
  });

  it("refuses a reused verificationId and a replayed assertion", async () => {
    const user = await passkeyUser();
    const { client, verificationId, options } = await startPasskeySignIn();
    const assertion = user.device.get({ challenge: options.challenge });
    expect((await passkeySignInApi.verify(client, verificationId, assertion)).status).toBe(200);
    const again = await passkeySignInApi.verify(client, verificationId, assertion);
    expect(again.body.code).toBe(FAILED);
    const next = await startPasskeySignIn();
    const replayed = await passkeySignInApi.verify(next.client, next.verificationId, assertion);
    expect(replayed.body.code).toBe(FAILED);
    expect((await api.interaction(next.client)).body.identified).toBe(false);
  });

  it("refuses with a stable code while the setting is off, or WebAuthn is", async () => {
    const { client, verificationId } = await startPasskeySignIn();
    await saveSettings({ passkeySignIn: { enabled: false } });
    for (const result of [
      await passkeySignInApi.start(client),
      await passkeySignInApi.verify(client, verificationId, {}),
    ]) {
      expect(result.status).toBe(400);
      expect(result.body.code).toBe("session.passkey_sign_in_disabled");
    }
    await saveSettings({
      passkeySignIn: { enabled: true },
      mfa: { factors: ["Totp"], policy: "NoPrompt" },
    });
    expect((await passkeySignInApi.start(client)).body.code).toBe(
      "session.passkey_sign_in_disabled",
    );
  });

  it("refuses a registration flow", async () => {
    const client = new TestClient();
    await api.start(client, "Register");
    expect((await passkeySignInApi.start(client)).body.code).toBe("session.wrong_event");
  });

  it("30 forged assertions at once evaluate at most the limit; the device is then refused", async () => {
    const user = await passkeyUser();
    const forger = new SoftAuthenticator(user.id, user.device.rp);
    const flows = await Promise.all(Array.from({ length: 30 }, () => startPasskeySignIn()));
    const results = await Promise.all(
      flows.map(({ client, verificationId, options }) =>
        passkeySignInApi.verify(
          client,
          verificationId,
          user.device.get({ challenge: options.challenge, signWith: forger.keys.privateKey }),
        ),
      ),
    );
    const pool = await getDb().sentinelAttempt.count({
      where: { subject: user.id, pool: "mfa:WebAuthn" },
    });
    expect(pool).toBeLessThanOrEqual(LIMIT);
    expect(results.filter((r) => r.body.code === BLOCKED)).toHaveLength(30 - LIMIT + 1);
    expect(results.every((r) => r.body.code === FAILED || r.body.code === BLOCKED)).toBe(true);
    const genuine = await attempt(user);
    expect(genuine.result.body.code).toBe(BLOCKED);
    const failures = await getDb().auditEvent.count({
      where: { userId: user.id, type: "mfa.verification_failed" },
    });
    expect(failures).toBe(LIMIT);
  });
});

describe("identifier-first passkey sign-in", () => {
  const byName = (username: string) => ({ type: "username" as const, value: username });

  it("allows the account's credentials, so one that returns no user handle signs in", async () => {
    const user = await passkeyUser();
    const { client, verificationId, options } = await startPasskeySignIn(
      undefined,
      byName(user.username),
    );
    expect(options.allowCredentials?.map((c) => c.id)).toEqual([user.device.id]);
    const assertion = user.device.get({ challenge: options.challenge, userHandle: null });
    expect((await passkeySignInApi.verify(client, verificationId, assertion)).status).toBe(200);
    expect((await api.interaction(client)).body.user).toMatchObject({ id: user.id });
    expect((await api.submit(client)).status).toBe(200);
  });

  it("refuses another account's credential after an identifier", async () => {
    const named = await passkeyUser();
    const other = await passkeyUser();
    const { client, verificationId, options } = await startPasskeySignIn(
      undefined,
      byName(named.username),
    );
    const result = await passkeySignInApi.verify(
      client,
      verificationId,
      other.device.get({ challenge: options.challenge }),
    );
    expect(result.body).toEqual({ code: FAILED, message: expect.any(String) });
  });

  it("answers an unknown name and a user without passkeys like an account with passkeys", async () => {
    const user = await passkeyUser();
    const { username: noPasskeys } = await registerViaApi();
    const shapes = [];
    for (const name of [`nobody_${Date.now()}`, noPasskeys, user.username]) {
      const first = await startPasskeySignIn(undefined, byName(name));
      const again = await startPasskeySignIn(undefined, byName(name.toUpperCase()));
      // The same name always gets the same list, so repeating the question tells nothing.
      expect(again.options.allowCredentials).toEqual(first.options.allowCredentials);
      const list = first.options.allowCredentials ?? [];
      expect(list.length).toBeGreaterThan(0);
      shapes.push(list.map((c) => [c.id.length, c.transports?.length ?? 0]));
      const { challenge, ...rest } = first.options;
      expect(Object.keys(rest).sort()).toEqual(
        ["allowCredentials", "rpId", "timeout", "userVerification"].sort(),
      );
    }
    // A decoy never lets a real credential in.
    const { client, verificationId, options } = await startPasskeySignIn(
      undefined,
      byName(noPasskeys),
    );
    const result = await passkeySignInApi.verify(
      client,
      verificationId,
      user.device.get({ challenge: options.challenge }),
    );
    expect(result.body.code).toBe(FAILED);
    expect(shapes.every((shape) => shape.every(([length]) => length === 22))).toBe(true);
  });
});

describe("the passkey sign-in setting", () => {
  it("is refused without WebAuthn, and switched off with it", async () => {
    const { key } = await newKey();
    await setMfa(["Totp"]);
    await saveSettings({ passkeySignIn: { enabled: false } });
    const refused = await callApi(contracts.updateSignInExp, signInExp.PATCH, key, {
      body: { passkeySignIn: { enabled: true } },
    });
    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject({
      code: "guard.invalid_input",
      data: { issues: [{ path: "passkeySignIn.enabled" }] },
    });
    expect((await getSettings()).passkeySignIn.enabled).toBe(false);
    const on = await callApi(contracts.updateSignInExp, signInExp.PATCH, key, {
      body: {
        mfa: { factors: ["Totp", "WebAuthn"], policy: "NoPrompt" },
        passkeySignIn: { enabled: true },
      },
    });
    expect(on.body.passkeySignIn).toEqual({ enabled: true });
    const off = await callApi(contracts.updateSignInExp, signInExp.PATCH, key, {
      body: { mfa: { factors: ["Totp"], policy: "NoPrompt" } },
    });
    expect(off.status).toBe(200);
    expect(off.body.passkeySignIn).toEqual({ enabled: false });
    const back = await callApi(contracts.updateSignInExp, signInExp.PATCH, key, {
      body: { mfa: { factors: ["Totp", "WebAuthn"], policy: "NoPrompt" } },
    });
    expect(back.body.passkeySignIn).toEqual({ enabled: false });
  });
});
