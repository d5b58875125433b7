// The console's MFA settings save: what it stores and audits, and what it refuses without
// writing anything (backup codes alone, a factor twice, unknown values or fields, bad lockouts).
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { AppError } from "@/lib/core/errors";
import { getDb } from "@/lib/db/client";
import { getSettings, saveSettings } from "@/lib/settings/store";
import { updateMfaSettings } from "@/lib/settings/update-mfa";
import { migrateTestDatabase } from "../helpers/experience";

beforeAll(migrateTestDatabase);
beforeEach(() =>
  saveSettings({
    mfa: { factors: [], policy: "PromptAtSignInAndSignUp" },
    sentinelPolicy: { maxAttempts: 10, lockoutDuration: 60 },
    passkeySignIn: { enabled: false },
  }),
);

const ADMIN_ID = "admin-mfa-settings";
const meta = { ip: "203.0.113.7", userAgent: "vitest" };
const LOCKOUT = { maxAttempts: 10, lockoutDuration: 60 };

function save(mfa: unknown, sentinelPolicy: unknown = LOCKOUT) {
  return updateMfaSettings({ mfa, sentinelPolicy, adminId: ADMIN_ID, meta });
}

async function settingsAudits() {
  return getDb().auditEvent.findMany({
    where: { type: "settings.updated", actorId: ADMIN_ID },
    orderBy: { createdAt: "asc" },
  });
}

/** Runs a save that must fail; returns its error after checking that nothing was written. */
async function refused(mfa: unknown, sentinelPolicy: unknown = LOCKOUT): Promise<AppError> {
  const before = await getSettings();
  const auditsBefore = (await settingsAudits()).length;
  const error = await save(mfa, sentinelPolicy).then(
    () => expect.unreachable("the save must be refused"),
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect(await getSettings()).toEqual(before);
  expect(await settingsAudits()).toHaveLength(auditsBefore);
  return error as AppError;
}

function issuePaths(error: AppError): string[] {
  expect(error.code).toBe("guard.invalid_input");
  expect(error.status).toBe(400);
  return ((error.data?.issues ?? []) as { path: string }[]).map((issue) => issue.path);
}

describe("updateMfaSettings", () => {
  it("saves factors, policy and lockout together and audits the change with the admin", async () => {
    const auditsBefore = (await settingsAudits()).length;
    const saved = await save(
      { factors: ["BackupCode", "Totp"], policy: "Mandatory" },
      { maxAttempts: 5, lockoutDuration: 1440 },
    );
    // Stored in the canonical order, whatever order the form sent.
    const expected = {
      mfa: { factors: ["Totp", "BackupCode"], policy: "Mandatory" },
      sentinelPolicy: { maxAttempts: 5, lockoutDuration: 1440 },
    };
    expect(saved).toMatchObject(expected);
    expect(await getSettings()).toMatchObject(expected);
    const rows = await getDb().setting.findMany({
      where: { key: { in: ["mfa", "sentinelPolicy"] } },
    });
    expect(Object.fromEntries(rows.map((row) => [row.key, JSON.parse(row.value)]))).toEqual(
      expected,
    );

    const [event, ...others] = (await settingsAudits()).slice(auditsBefore);
    expect(others).toHaveLength(0);
    expect(event).toMatchObject({ actorType: "admin", ip: meta.ip, userAgent: meta.userAgent });
    expect(JSON.parse(event?.data ?? "{}")).toEqual({
      sections: ["mfa", "sentinelPolicy"],
      ...expected,
    });
  });

  it("turns MFA off again with no factors, keeping the chosen prompt", async () => {
    await save({ factors: ["Totp", "WebAuthn"], policy: "NoPrompt" });
    await save({ factors: [], policy: "PromptOnlyAtSignIn" });
    expect((await getSettings()).mfa).toEqual({ factors: [], policy: "PromptOnlyAtSignIn" });
  });

  it("accepts the lockout bounds 1 and 100 attempts, 1 and 1440 minutes", async () => {
    for (const sentinelPolicy of [
      { maxAttempts: 1, lockoutDuration: 1 },
      { maxAttempts: 100, lockoutDuration: 1440 },
    ]) {
      await save({ factors: ["Totp"], policy: "PromptAtSignInAndSignUp" }, sentinelPolicy);
      expect((await getSettings()).sentinelPolicy).toEqual(sentinelPolicy);
    }
  });

  it("refuses backup codes alone with a 400 code of its own", async () => {
    const error = await refused({ factors: ["BackupCode"], policy: "PromptAtSignInAndSignUp" });
    expect(error.code).toBe("sign_in_experiences.backup_code_cannot_be_enabled_alone");
    expect(error.status).toBe(400);
  });

  it("refuses a factor listed twice", async () => {
    const error = await refused({ factors: ["Totp", "Totp"], policy: "PromptAtSignInAndSignUp" });
    expect(issuePaths(error)).toEqual(["mfa.factors"]);
  });

  it("refuses an unknown factor or policy, naming the path", async () => {
    expect(
      issuePaths(await refused({ factors: ["Sms"], policy: "PromptAtSignInAndSignUp" })),
    ).toEqual(["mfa.factors.0"]);
    expect(issuePaths(await refused({ factors: ["Totp"], policy: "Sometimes" }))).toEqual([
      "mfa.policy",
    ]);
    expect(issuePaths(await refused({ factors: ["Totp"] }))).toEqual(["mfa.policy"]);
  });

  it.each([
    [{ maxAttempts: 0, lockoutDuration: 60 }, ["sentinelPolicy.maxAttempts"]],
    [{ maxAttempts: 101, lockoutDuration: 60 }, ["sentinelPolicy.maxAttempts"]],
    [{ maxAttempts: 2.5, lockoutDuration: 60 }, ["sentinelPolicy.maxAttempts"]],
    [{ maxAttempts: "10", lockoutDuration: 60 }, ["sentinelPolicy.maxAttempts"]],
    [{ maxAttempts: 10, lockoutDuration: 0 }, ["sentinelPolicy.lockoutDuration"]],
    [{ maxAttempts: 10, lockoutDuration: 1441 }, ["sentinelPolicy.lockoutDuration"]],
    [
      { maxAttempts: -1, lockoutDuration: 99999 },
      ["sentinelPolicy.maxAttempts", "sentinelPolicy.lockoutDuration"],
    ],
    [{ maxAttempts: 10 }, ["sentinelPolicy.lockoutDuration"]],
  ])("refuses the lockout policy %o", async (sentinelPolicy, paths) => {
    const error = await refused({ factors: ["Totp"], policy: "Mandatory" }, sentinelPolicy);
    expect(issuePaths(error)).toEqual(paths);
  });

  it("refuses unknown fields instead of storing them", async () => {
    const error = await refused({
      factors: ["Totp"],
      policy: "PromptAtSignInAndSignUp",
      rememberDevice: true,
    });
    expect(issuePaths(error)).toEqual(["mfa"]);
  });

  it("saves passkey sign-in only with WebAuthn, and switches it off with WebAuthn", async () => {
    const withPasskeys = { factors: ["WebAuthn"], policy: "NoPrompt" };
    const error = await updateMfaSettings({
      mfa: { factors: ["Totp"], policy: "NoPrompt" },
      sentinelPolicy: LOCKOUT,
      passkeySignIn: { enabled: true },
      adminId: ADMIN_ID,
      meta,
    }).catch((e: unknown) => e);
    expect(issuePaths(error as AppError)).toEqual(["passkeySignIn.enabled"]);
    expect((await getSettings()).passkeySignIn.enabled).toBe(false);
    const on = await updateMfaSettings({
      mfa: withPasskeys,
      sentinelPolicy: LOCKOUT,
      passkeySignIn: { enabled: true },
      adminId: ADMIN_ID,
      meta,
    });
    expect(on.passkeySignIn).toEqual({ enabled: true });
    const off = await save({ factors: ["Totp"], policy: "NoPrompt" });
    expect(off.passkeySignIn).toEqual({ enabled: false });
    const [event] = (await settingsAudits()).slice(-1);
    expect(JSON.parse(event?.data ?? "{}").sections).toEqual([
      "mfa",
      "sentinelPolicy",
      "passkeySignIn",
    ]);
  });
});
