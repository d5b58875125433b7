// The account API: a signed-in user manages their own factors, and every add, replace or remove
// needs a fresh re-verification (password, plus a factor when they have one) of this session.
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/lib/db/client";
import { saveSettings } from "@/lib/settings/store";
import { accountApi, signedInEarlier } from "../helpers/account";
import { TestClient } from "../helpers/client";
import {
  api,
  migrateTestDatabase,
  registerViaApi,
  SESSION_COOKIE,
  signInViaApi,
} from "../helpers/experience";
import { codeFor, mfaApi, passwordStep, registerWithTotp, setMfa } from "../helpers/mfa";
import { SoftAuthenticator } from "../helpers/soft-authenticator";
import { TEST_PUBLIC_URL } from "../setup/env";

const RP = { rpId: "localhost", origin: TEST_PUBLIC_URL };

beforeAll(migrateTestDatabase);
beforeEach(async () => {
  await setMfa(["Totp", "WebAuthn", "BackupCode"]);
  await saveSettings({ sentinelPolicy: { maxAttempts: 10, lockoutDuration: 60 } });
});
afterEach(() => vi.useRealTimers());

const factorsOf = (userId: string) =>
  getDb().mfaFactor.findMany({ where: { userId }, orderBy: { createdAt: "asc" } });

/** Adds a passkey from a software authenticator; the caller must be re-verified. */
async function addPasskey(client: TestClient, name?: string) {
  const started = await accountApi.passkeyOptions(client);
  expect(started.status).toBe(200);
  const options = started.body.registrationOptions as {
    challenge: string;
    user: { id: string };
    excludeCredentials: { id: string }[];
  };
  const device = new SoftAuthenticator(
    Buffer.from(options.user.id, "base64url").toString("utf8"),
    RP,
  );
  const added = await accountApi.add(client, {
    type: "WebAuthn",
    verificationId: started.body.verificationId,
    payload: device.create({ challenge: options.challenge }),
    ...(name ? { name } : {}),
  });
  expect(added.status).toBe(201);
  return { device, id: added.body.id as string, excluded: options.excludeCredentials };
}

/** Re-verifies with the password and a TOTP code (of the next step: enrollment used this one). */
async function reverifyWithTotp(
  user: { client: TestClient; password: string; secret: string },
  offset = 1,
) {
  expect((await accountApi.password(user.client, user.password)).body).toMatchObject({
    verified: false,
    passwordVerified: true,
    needsFactor: true,
  });
  const state = await accountApi.totp(user.client, codeFor(user.secret, offset));
  expect(state.body).toMatchObject({ verified: true, needsFactor: false });
}

describe("account API access", () => {
  it("needs a session, and writes need the site's Origin", async () => {
    const anonymous = new TestClient();
    expect((await accountApi.security(anonymous)).status).toBe(401);
    expect((await accountApi.password(anonymous, "x")).status).toBe(401);
    const user = await signedInEarlier(registerViaApi());
    const noOrigin = await accountApi.password(user.client, user.password, { origin: null });
    expect(noOrigin.status).toBe(403);
    expect(noOrigin.body.code).toBe("request.origin_not_allowed");
  });

  it("shows the user's factors and the state of 2-step verification", async () => {
    const user = await signedInEarlier(registerWithTotp());
    const security = await accountApi.security(user.client);
    expect(security.status).toBe(200);
    expect(security.body).toMatchObject({
      twoStepOn: true,
      required: false,
      enabledFactors: ["Totp", "WebAuthn", "BackupCode"],
      reverification: {
        verified: false,
        needsFactor: true,
        availableFactors: ["Totp", "BackupCode"],
      },
    });
    const types = (security.body.factors as { type: string; remainCodes?: number }[]).map((f) => [
      f.type,
      f.remainCodes,
    ]);
    expect(types).toEqual([
      ["Totp", undefined],
      ["BackupCode", 10],
    ]);
    expect(JSON.stringify(security.body)).not.toMatch(/secret|hash/i);
  });
});

describe("re-verification", () => {
  it("gates every add, replace and remove, and writes nothing when refused", async () => {
    const user = await signedInEarlier(registerWithTotp());
    const totpId = (await factorsOf(user.id))[0]?.id ?? "";
    const before = await getDb().mfaFactor.count();
    for (const call of [
      () => accountApi.totpSecret(user.client),
      () => accountApi.passkeyOptions(user.client),
      () => accountApi.add(user.client, { type: "BackupCode" }),
      () => accountApi.remove(user.client, totpId),
    ]) {
      const refused = await call();
      expect(refused.status).toBe(403);
      expect(refused.body.code).toBe("account.reverification_required");
      expect(refused.body.data).toMatchObject({ passwordVerified: false });
    }
    // The password alone is not enough for a user who has a factor.
    await accountApi.password(user.client, user.password);
    const halfway = await accountApi.remove(user.client, totpId);
    expect(halfway.body).toMatchObject({
      code: "account.reverification_required",
      data: { passwordVerified: true, availableFactors: ["Totp", "BackupCode"] },
    });
    expect((await factorsOf(user.id)).length).toBe(2);
    expect(await getDb().mfaFactor.count()).toBe(before);
  });

  it("refuses a wrong password and counts it in the user's password pool", async () => {
    const user = await signedInEarlier(registerViaApi());
    const wrong = await accountApi.password(user.client, "not-the-password");
    expect(wrong.status).toBe(422);
    expect(wrong.body).toMatchObject({
      code: "account.invalid_password",
      message: "That password is incorrect.",
    });
    const failures = await getDb().sentinelAttempt.count({
      where: { subject: user.id, pool: "Password", success: false },
    });
    expect(failures).toBe(1);
    expect((await accountApi.reverification(user.client)).body.verified).toBe(false);
  });

  it("needs only the password from a user without factors", async () => {
    const user = await signedInEarlier(registerViaApi());
    const state = await accountApi.password(user.client, user.password);
    expect(state.body).toMatchObject({ verified: true, needsFactor: false, availableFactors: [] });
    expect(Date.parse(state.body.expiresAt as string) - Date.now()).toBeGreaterThan(9 * 60_000);
  });

  it("lasts 10 minutes", async () => {
    const user = await signedInEarlier(registerViaApi());
    vi.useFakeTimers({ toFake: ["Date"], now: Date.now() });
    await accountApi.password(user.client, user.password);
    vi.setSystemTime(Date.now() + 9 * 60_000);
    expect((await accountApi.totpSecret(user.client)).status).toBe(200);
    vi.setSystemTime(Date.now() + 2 * 60_000);
    const late = await accountApi.totpSecret(user.client);
    expect(late.status).toBe(403);
    expect(late.body.code).toBe("account.reverification_required");
  });

  it("belongs to the session it happened in", async () => {
    const user = await signedInEarlier(registerViaApi());
    const other = await signedInEarlier(signInViaApi(user.username, user.password));
    await accountApi.password(user.client, user.password);
    expect((await accountApi.totpSecret(other.client)).body.code).toBe(
      "account.reverification_required",
    );
  });

  it("with a wrong TOTP code fails, and the failures lock TOTP like at sign-in", async () => {
    await saveSettings({ sentinelPolicy: { maxAttempts: 3, lockoutDuration: 60 } });
    const user = await signedInEarlier(registerWithTotp());
    // The failure that reaches the limit answers with the lock itself.
    for (const expected of ["invalid_totp_code", "invalid_totp_code", "blocked"]) {
      await accountApi.password(user.client, user.password);
      const wrong = await accountApi.totp(user.client, "000000");
      expect(wrong.body.code).toBe(
        expected === "blocked"
          ? "session.verification_blocked_too_many_attempts"
          : `session.mfa.${expected}`,
      );
    }
    await accountApi.password(user.client, user.password);
    const locked = await accountApi.totp(user.client, codeFor(user.secret, 1));
    expect(locked.body.code).toBe("session.verification_blocked_too_many_attempts");
    // Sign-in sees the same lock.
    const flow = new TestClient();
    await passwordStep(flow, user.username, user.password);
    expect((await mfaApi.totpVerify(flow, { code: codeFor(user.secret, 1) })).body.code).toBe(
      "session.verification_blocked_too_many_attempts",
    );
  });

  it("accepts a backup code, which is then used up", async () => {
    const user = await signedInEarlier(registerWithTotp());
    await accountApi.password(user.client, user.password);
    const [code = ""] = user.codes;
    expect((await accountApi.backupCode(user.client, code)).body.verified).toBe(true);
    await accountApi.password(user.client, user.password);
    expect((await accountApi.backupCode(user.client, code)).body.code).toBe(
      "session.mfa.invalid_backup_code",
    );
  });

  it("is never a sign-in: the account flow cannot complete through the experience API", async () => {
    const user = await signedInEarlier(registerViaApi());
    await accountApi.password(user.client, user.password);
    const session = await getDb().session.findFirstOrThrow({ where: { userId: user.id } });
    const intruder = new TestClient();
    intruder.cookies.set("twofold_flow", `account-flow:${session.id}`);
    expect((await api.submit(intruder)).body.code).toBe("session.not_found");
    expect((await api.complete(intruder)).status).not.toBe(200);
    expect(intruder.cookies.has(SESSION_COOKIE)).toBe(false);
  });
});

describe("a sign-in from the last 10 minutes", () => {
  it("counts as re-verification when it proved the password and a second factor", async () => {
    const user = await signedInEarlier(registerWithTotp());
    const client = new TestClient();
    await passwordStep(client, user.username, user.password);
    await mfaApi.totpVerify(client, { code: codeFor(user.secret, 1) });
    expect((await api.submit(client)).status).toBe(200);
    await api.complete(client);
    expect((await accountApi.reverification(client)).body).toMatchObject({
      verified: true,
      needsFactor: false,
    });
    // Requests arriving together race to store the sign-in in the account flow: one wins, the
    // others get the flow's usual conflict answer, never a 500.
    const started = await Promise.all(
      Array.from({ length: 20 }, () => accountApi.passkeyOptions(client)),
    );
    const codes = started.map((r) => (r.status === 200 ? "ok" : r.body.code));
    expect(codes).toContain("ok");
    expect(codes.filter((c) => c !== "ok" && c !== "session.conflict")).toEqual([]);
    // The session signed in more than 10 minutes ago still has to re-verify.
    expect((await accountApi.passkeyOptions(user.client)).body.code).toBe(
      "account.reverification_required",
    );
  });

  it("counts the password alone for a user without factors, and stops after 10 minutes", async () => {
    const user = await registerViaApi();
    expect((await accountApi.totpSecret(user.client)).status).toBe(200);
    vi.useFakeTimers({ now: Date.now() + 10 * 60_000 + 1000, toFake: ["Date"] });
    const refused = await accountApi.totpSecret(user.client);
    expect(refused.body.code).toBe("account.reverification_required");
  });
});

describe("adding factors", () => {
  it("adds TOTP after a confirmed code; the next sign-in asks for it", async () => {
    const user = await signedInEarlier(registerViaApi());
    await accountApi.password(user.client, user.password);
    const issued = await accountApi.totpSecret(user.client);
    expect(issued.body.secretQrCode).toMatch(/^data:image\/png;base64,/);
    const uri = new URL(issued.body.otpauthUri as string);
    expect([uri.protocol, uri.searchParams.get("secret")]).toEqual([
      "otpauth:",
      issued.body.secret,
    ]);
    const wrong = await accountApi.add(user.client, {
      type: "Totp",
      verificationId: issued.body.verificationId,
      code: "123456",
    });
    expect(wrong.body.code).toBe("session.mfa.invalid_totp_code");
    expect(await factorsOf(user.id)).toEqual([]);
    const secret = issued.body.secret as string;
    const added = await accountApi.add(user.client, {
      type: "Totp",
      verificationId: issued.body.verificationId,
      code: codeFor(secret),
    });
    expect(added.status).toBe(201);
    expect((await factorsOf(user.id)).map((f) => f.type)).toEqual(["Totp"]);
    // The same verification cannot bind a second factor.
    const again = await accountApi.add(user.client, {
      type: "Totp",
      verificationId: issued.body.verificationId,
      code: codeFor(secret, 1),
    });
    expect(again.status).toBeGreaterThanOrEqual(400);
    expect((await factorsOf(user.id)).length).toBe(1);
    const events = await getDb().auditEvent.findMany({
      where: { userId: user.id, type: "mfa.enrolled" },
    });
    expect(events.map((e) => JSON.parse(e.data))).toEqual([
      expect.objectContaining({ factor: "Totp", source: "account" }),
    ]);
    const signIn = await signInViaApi(user.username, user.password);
    expect(signIn.submitted.body.code).toBe("session.mfa.require_mfa_verification");
  });

  it("does not offer a factor type the settings turned off", async () => {
    await setMfa(["WebAuthn"]);
    const user = await signedInEarlier(registerViaApi());
    await accountApi.password(user.client, user.password);
    const refused = await accountApi.totpSecret(user.client);
    expect(refused.body.code).toBe("session.mfa.factor_not_enabled");
  });

  it("adds two passkeys, excludes the first when adding the second, and renames one", async () => {
    const user = await signedInEarlier(registerViaApi());
    await accountApi.password(user.client, user.password);
    const first = await addPasskey(user.client);
    const second = await addPasskey(user.client, "Work laptop");
    expect(second.excluded.map((c) => c.id)).toEqual([first.device.id]);
    const stored = await factorsOf(user.id);
    expect(stored.map((f) => f.name)).toEqual([expect.any(String), "Work laptop"]);
    expect((await accountApi.rename(user.client, first.id, "  Phone  ")).status).toBe(204);
    expect((await getDb().mfaFactor.findUniqueOrThrow({ where: { id: first.id } })).name).toBe(
      "Phone",
    );
    expect((await accountApi.rename(user.client, first.id, "")).body.code).toBe(
      "guard.invalid_input",
    );
    expect((await accountApi.rename(user.client, first.id, "x".repeat(65))).status).toBe(400);
  });

  it("cannot rename or remove another user's factor", async () => {
    const owner = await signedInEarlier(registerWithTotp());
    const other = await signedInEarlier(registerViaApi());
    const [totp] = await factorsOf(owner.id);
    await accountApi.password(other.client, other.password);
    expect((await accountApi.rename(other.client, totp?.id ?? "", "mine")).status).toBe(404);
    expect((await accountApi.remove(other.client, totp?.id ?? "")).status).toBe(404);
    expect((await factorsOf(owner.id)).length).toBe(2);
  });
});

describe("backup codes", () => {
  it("a new set replaces the old one: old codes stop working, new ones sign in", async () => {
    const user = await signedInEarlier(registerWithTotp());
    await reverifyWithTotp(user);
    const replaced = await accountApi.add(user.client, { type: "BackupCode" });
    expect(replaced.status).toBe(201);
    const codes = replaced.body.codes as string[];
    expect(codes).toHaveLength(10);
    expect((await accountApi.security(user.client)).body.factors).toEqual(
      expect.arrayContaining([expect.objectContaining({ type: "BackupCode", remainCodes: 10 })]),
    );
    const old = new TestClient();
    await passwordStep(old, user.username, user.password);
    expect((await mfaApi.backupVerify(old, user.codes[0] ?? "")).body.code).toBe(
      "session.mfa.invalid_backup_code",
    );
    const fresh = new TestClient();
    await passwordStep(fresh, user.username, user.password);
    expect((await mfaApi.backupVerify(fresh, codes[0] ?? "")).status).toBe(200);
  });

  it("are never the only factor", async () => {
    const user = await signedInEarlier(registerViaApi());
    await accountApi.password(user.client, user.password);
    const refused = await accountApi.add(user.client, { type: "BackupCode" });
    expect(refused.body.code).toBe("session.mfa.backup_code_can_not_be_alone");
    expect(await factorsOf(user.id)).toEqual([]);
  });
});

describe("removing factors", () => {
  it("under Mandatory, refuses to remove the last authenticator app or passkey", async () => {
    const user = await signedInEarlier(registerWithTotp());
    await setMfa(["Totp", "WebAuthn", "BackupCode"], "Mandatory");
    await reverifyWithTotp(user);
    const [totp] = await factorsOf(user.id);
    const refused = await accountApi.remove(user.client, totp?.id ?? "");
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe("account.last_factor_required");
    expect((await factorsOf(user.id)).length).toBe(2);
    // With a passkey beside it, the app can go.
    await addPasskey(user.client);
    expect((await accountApi.remove(user.client, totp?.id ?? "")).status).toBe(204);
    expect((await factorsOf(user.id)).map((f) => f.type).sort()).toEqual([
      "BackupCode",
      "WebAuthn",
    ]);
  });

  it("an admin's requirement counts like Mandatory", async () => {
    const user = await signedInEarlier(registerWithTotp());
    await getDb().user.update({ where: { id: user.id }, data: { mfaRequired: true } });
    await reverifyWithTotp(user);
    const [totp] = await factorsOf(user.id);
    expect((await accountApi.remove(user.client, totp?.id ?? "")).body.code).toBe(
      "account.last_factor_required",
    );
  });

  it("the last authenticator takes the backup codes with it; sign-in offers enrollment again", async () => {
    const user = await signedInEarlier(registerWithTotp());
    await reverifyWithTotp(user);
    const [totp] = await factorsOf(user.id);
    expect((await accountApi.remove(user.client, totp?.id ?? "")).status).toBe(204);
    expect(await factorsOf(user.id)).toEqual([]);
    const removed = await getDb().auditEvent.findMany({
      where: { userId: user.id, type: "mfa.factor_removed" },
    });
    expect(removed.map((e) => JSON.parse(e.data).factor).sort()).toEqual(["BackupCode", "Totp"]);
    expect(removed.every((e) => e.actorType === "user" && e.actorId === user.id)).toBe(true);
    const signIn = await signInViaApi(user.username, user.password);
    expect(signIn.submitted.body.code).toBe("user.suggest_mfa");
  });

  it("a removed passkey stops working at once", async () => {
    const user = await signedInEarlier(registerViaApi());
    await accountApi.password(user.client, user.password);
    const kept = await addPasskey(user.client, "Kept");
    const gone = await addPasskey(user.client, "Gone");
    expect((await accountApi.remove(user.client, gone.id)).status).toBe(204);
    // Re-verifying with the removed passkey is refused; the kept one works.
    await accountApi.password(user.client, user.password);
    for (const [device, ok] of [
      [gone.device, false],
      [kept.device, true],
    ] as const) {
      const started = await accountApi.webAuthn(user.client);
      const challenge = (started.body.authenticationOptions as { challenge: string }).challenge;
      const verified = await accountApi.webAuthnVerify(
        user.client,
        started.body.verificationId,
        device.get({ challenge }),
      );
      expect(verified.status === 200, JSON.stringify(verified.body)).toBe(ok);
    }
    expect((await accountApi.reverification(user.client)).body.verified).toBe(true);
  });
});
