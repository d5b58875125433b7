// Management API MFA endpoints: factors an admin creates work at sign-in, deleted ones stop at
// once, and every documented refusal writes nothing.
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import * as signInExp from "@/app/api/sign-in-exp/route";
import * as mfaSettings from "@/app/api/users/[userId]/mfa-settings/route";
import * as oneFactor from "@/app/api/users/[userId]/mfa-verifications/[verificationId]/route";
import * as factors from "@/app/api/users/[userId]/mfa-verifications/route";
import { DEFAULT_BRANDING } from "@/lib/branding/schemas";
import { getDb } from "@/lib/db/client";
import { contracts } from "@/lib/management/contracts";
import { TestClient } from "../helpers/client";
import { api, migrateTestDatabase, registerViaApi } from "../helpers/experience";
import { callApi, newKey } from "../helpers/management";
import { codeFor, mfaApi, passwordStep, setMfa } from "../helpers/mfa";

let key = "";
beforeAll(async () => {
  await migrateTestDatabase();
  key = (await newKey()).key;
});
beforeEach(() => setMfa(["Totp", "BackupCode"], "NoPrompt"));

const at = (userId: string) => ({
  path: `/api/users/${userId}/mfa-verifications`,
  params: { userId },
});
const createFactor = (userId: string, body: unknown) =>
  callApi(contracts.createMfaVerification, factors.POST, key, { ...at(userId), body });

describe("mfa-verifications", () => {
  it("a TOTP created through the API signs the user in; deleting it stops it at once", async () => {
    await setMfa(["Totp"], "NoPrompt");
    const user = await registerViaApi();
    const secret = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
    const created = await createFactor(user.id, { type: "Totp", secret });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ type: "Totp", secret });
    expect(created.body.secretQrCode).toMatch(/^data:image\/png;base64,/);
    const flow = new TestClient();
    await passwordStep(flow, user.username, user.password);
    expect((await api.submit(flow)).body.code).toBe("session.mfa.require_mfa_verification");
    expect((await mfaApi.totpVerify(flow, { code: codeFor(secret) })).status).toBe(200);
    expect((await api.submit(flow)).status).toBe(200);

    const list = await callApi(contracts.listMfaVerifications, factors.GET, key, at(user.id));
    const [totp] = list.body as unknown as { id: string; type: string }[];
    expect(totp?.type).toBe("Totp");
    const removed = await callApi(contracts.deleteMfaVerification, oneFactor.DELETE, key, {
      path: `/api/users/${user.id}/mfa-verifications/${totp?.id}`,
      params: { userId: user.id, verificationId: totp?.id ?? "" },
    });
    expect(removed.status).toBe(204);
    const after = new TestClient();
    await passwordStep(after, user.username, user.password);
    expect((await mfaApi.totpVerify(after, { code: codeFor(secret, 1) })).body.code).toBe(
      "session.mfa.invalid_totp_code",
    );
    expect((await api.submit(after)).status).toBe(200);
  });

  it("backup codes: never alone, supplied codes checked, remainCodes listed", async () => {
    const user = await registerViaApi();
    expect((await createFactor(user.id, { type: "BackupCode" })).body.code).toBe(
      "session.mfa.backup_code_can_not_be_alone",
    );
    await createFactor(user.id, { type: "Totp" });
    const bad = await createFactor(user.id, {
      type: "BackupCode",
      codes: ["abcde-fghjk", "0oO1l-iiiii"],
    });
    expect(bad.status).toBe(422);
    expect(bad.body.code).toBe("user.wrong_backup_code_format");
    const codes = ["abcde-fghjk", "mnpqr-stuvw"];
    const created = await createFactor(user.id, { type: "BackupCode", codes });
    expect(created.body).toEqual({ type: "BackupCode", codes });
    expect((await createFactor(user.id, { type: "BackupCode" })).body.code).toBe(
      "user.backup_code_already_in_use",
    );
    const list = await callApi(contracts.listMfaVerifications, factors.GET, key, at(user.id));
    expect(
      (list.body as unknown as { type: string; remainCodes?: number }[]).find(
        (f) => f.type === "BackupCode",
      )?.remainCodes,
    ).toBe(2);
    expect(JSON.stringify(list.body)).not.toMatch(/argon2|secret/i);
  });

  const refusals: [string, unknown, number, string][] = [
    ["a WebAuthn factor", { type: "WebAuthn" }, 400, "guard.invalid_input"],
    [
      "an invalid base32 secret",
      { type: "Totp", secret: "not base32!" },
      422,
      "user.totp_secret_invalid",
    ],
    ["a short secret", { type: "Totp", secret: "JBSWY3DP" }, 422, "user.totp_secret_invalid"],
    ["an unknown field", { type: "Totp", extra: 1 }, 400, "guard.invalid_input"],
    ["a wrong type", { type: "Totp", secret: 12 }, 400, "guard.invalid_input"],
  ];
  it.each(refusals)("refuse %s with %i %s, writing nothing", async (_, body, status, code) => {
    const user = await registerViaApi();
    const result = await createFactor(user.id, body);
    expect(result.status).toBe(status);
    expect(result.body.code).toBe(code);
    expect(await getDb().mfaFactor.count({ where: { userId: user.id } })).toBe(0);
  });

  it("refuse a second TOTP and unknown users", async () => {
    const user = await registerViaApi();
    await createFactor(user.id, { type: "Totp" });
    expect((await createFactor(user.id, { type: "Totp" })).body.code).toBe(
      "user.totp_already_in_use",
    );
    expect((await createFactor("missing", { type: "Totp" })).status).toBe(404);
    const foreign = await callApi(contracts.deleteMfaVerification, oneFactor.DELETE, key, {
      path: "/api/users/missing/mfa-verifications/x",
      params: { userId: "missing", verificationId: "x" },
    });
    expect(foreign.body.code).toBe("entity.not_found");
  });
});

describe("mfa-settings and sign-in-exp", () => {
  it("read and change a user's skipped and required flags", async () => {
    const user = await registerViaApi();
    const path = { path: `/api/users/${user.id}/mfa-settings`, params: { userId: user.id } };
    expect((await callApi(contracts.getMfaSettings, mfaSettings.GET, key, path)).body).toEqual({
      skipped: false,
      required: false,
    });
    const patched = await callApi(contracts.updateMfaSettings, mfaSettings.PATCH, key, {
      ...path,
      body: { required: true },
    });
    expect(patched.body).toEqual({ skipped: false, required: true });
    const flow = new TestClient();
    await passwordStep(flow, user.username, user.password);
    expect((await api.submit(flow)).body.code).toBe("user.missing_mfa");
    expect(
      (
        await callApi(contracts.updateMfaSettings, mfaSettings.PATCH, key, {
          ...path,
          body: { required: "yes" },
        })
      ).status,
    ).toBe(400);
  });

  it("read and change the sign-in experience with full validation", async () => {
    const got = await callApi(contracts.getSignInExp, signInExp.GET, key);
    expect(got.body).toEqual({
      mfa: { factors: ["Totp", "BackupCode"], policy: "NoPrompt" },
      sentinelPolicy: { maxAttempts: 10, lockoutDuration: 60 },
      trustedDevice: { enabled: false, days: 30 },
      passkeySignIn: { enabled: false },
      branding: DEFAULT_BRANDING,
    });
    const changed = await callApi(contracts.updateSignInExp, signInExp.PATCH, key, {
      body: { mfa: { factors: ["BackupCode", "WebAuthn"], policy: "Mandatory" } },
    });
    expect(changed.body.mfa).toEqual({ factors: ["WebAuthn", "BackupCode"], policy: "Mandatory" });
    for (const [body, code] of [
      [
        { mfa: { factors: ["BackupCode"], policy: "Mandatory" } },
        "sign_in_experiences.backup_code_cannot_be_enabled_alone",
      ],
      [{ mfa: { factors: ["Totp", "Totp"], policy: "Mandatory" } }, "guard.invalid_input"],
      [{ mfa: { factors: ["Sms"], policy: "Mandatory" } }, "guard.invalid_input"],
      [{ sentinelPolicy: { maxAttempts: 0, lockoutDuration: 60 } }, "guard.invalid_input"],
      [{ other: true }, "guard.invalid_input"],
    ] as const) {
      const result = await callApi(contracts.updateSignInExp, signInExp.PATCH, key, { body });
      expect(result.status).toBe(400);
      expect(result.body.code).toBe(code);
    }
    expect((await callApi(contracts.getSignInExp, signInExp.GET, key)).body.mfa).toEqual({
      factors: ["WebAuthn", "BackupCode"],
      policy: "Mandatory",
    });
  });
});
