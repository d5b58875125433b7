// Admin operations on a user's MFA, and their effect on the user's next sign-in.
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { saveSettings } from "@/lib/settings/store";
import { listUserFactors } from "@/lib/users/mfa/list-factors";
import {
  removeFactor,
  resetMfa,
  unlockSignIn,
  updateUserMfaSettings,
} from "@/lib/users/mfa/manage-factors";
import { TestClient } from "../helpers/client";
import { auditTypes } from "../helpers/db-state";
import { api, migrateTestDatabase, registerViaApi } from "../helpers/experience";
import { codeFor, mfaApi, passwordStep, registerWithTotp, setMfa } from "../helpers/mfa";

beforeAll(migrateTestDatabase);
beforeEach(async () => {
  await setMfa(["Totp", "BackupCode"]);
  await saveSettings({ sentinelPolicy: { maxAttempts: 2, lockoutDuration: 60 } });
});

const actor = { type: "admin" as const, id: "admin-1" };

async function submitAfterPassword(user: { username: string; password: string }) {
  const client = new TestClient();
  await passwordStep(client, user.username, user.password);
  return { client, submitted: await api.submit(client) };
}

describe("admin MFA operations", () => {
  it("list factors without secrets, with backup codes left", async () => {
    const user = await registerWithTotp();
    const factors = await listUserFactors(user.id);
    expect(factors.map((f) => f.type).sort()).toEqual(["BackupCode", "Totp"]);
    expect(factors.find((f) => f.type === "BackupCode")?.remainCodes).toBe(10);
    expect(JSON.stringify(factors)).not.toMatch(/secret|hash|argon2/i);
  });

  it("remove the last authenticator: the backup codes go too, and the next sign-in enrolls again", async () => {
    const user = await registerWithTotp();
    const totp = (await listUserFactors(user.id)).find((f) => f.type === "Totp");
    const removed = await removeFactor({ userId: user.id, factorId: totp?.id ?? "", actor });
    expect(removed.map((f) => f.type).sort()).toEqual(["BackupCode", "Totp"]);
    expect(await listUserFactors(user.id)).toEqual([]);
    expect((await submitAfterPassword(user)).submitted.body.code).toBe("user.suggest_mfa");
    expect((await auditTypes(user.id)).filter((t) => t === "mfa.factor_removed")).toHaveLength(2);
  });

  it("removing the backup codes leaves the authenticator", async () => {
    const user = await registerWithTotp();
    const codes = (await listUserFactors(user.id)).find((f) => f.type === "BackupCode");
    await removeFactor({ userId: user.id, factorId: codes?.id ?? "", actor });
    expect((await listUserFactors(user.id)).map((f) => f.type)).toEqual(["Totp"]);
  });

  it("refuse to remove another user's factor", async () => {
    const owner = await registerWithTotp();
    const other = await registerViaApi();
    const [factor] = await listUserFactors(owner.id);
    await expect(
      removeFactor({ userId: other.id, factorId: factor?.id ?? "", actor }),
    ).rejects.toMatchObject({ code: "entity.not_found" });
    expect(await listUserFactors(owner.id)).toHaveLength(2);
  });

  it("reset all MFA, forgetting an earlier skip", async () => {
    const user = await registerWithTotp();
    await getDb().user.update({ where: { id: user.id }, data: { mfaSkipped: true } });
    expect(await resetMfa({ userId: user.id, actor })).toBe(2);
    expect(await listUserFactors(user.id)).toEqual([]);
    expect((await submitAfterPassword(user)).submitted.body.code).toBe("user.suggest_mfa");
  });

  it("unlock a locked factor type", async () => {
    const user = await registerWithTotp();
    for (let i = 0; i < 2; i++) {
      const { client } = await submitAfterPassword(user);
      await mfaApi.totpVerify(client, { code: "000000" });
    }
    const locked = await submitAfterPassword(user);
    expect(
      (await mfaApi.totpVerify(locked.client, { code: codeFor(user.secret, 1) })).body.code,
    ).toBe("session.verification_blocked_too_many_attempts");
    await unlockSignIn({ userId: user.id, actor });
    const { client } = await submitAfterPassword(user);
    expect((await mfaApi.totpVerify(client, { code: codeFor(user.secret, 1) })).status).toBe(200);
    expect(await auditTypes(user.id)).toContain("mfa.unlocked");
  });

  it("require MFA for one user under a user-controlled policy", async () => {
    await setMfa(["Totp", "BackupCode"], "NoPrompt");
    const user = await registerViaApi();
    expect((await submitAfterPassword(user)).submitted.status).toBe(200);
    await updateUserMfaSettings({ userId: user.id, required: true, actor });
    expect((await submitAfterPassword(user)).submitted.body.code).toBe("user.missing_mfa");
  });

  it("answer entity.not_found for an unknown user", async () => {
    await expect(resetMfa({ userId: "nope", actor })).rejects.toMatchObject({
      code: "entity.not_found",
    });
    await expect(unlockSignIn({ userId: "nope", actor })).rejects.toMatchObject({
      code: "entity.not_found",
    });
  });
});
