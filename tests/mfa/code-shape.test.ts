// A code that cannot be one (empty, too short or long, wrong characters) is refused as input,
// on every path that takes a code, and counts nowhere: no lockout row, no failure event, no
// flow failure. Only real guesses spend attempts.
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { saveSettings } from "@/lib/settings/store";
import { accountApi } from "../helpers/account";
import { TestClient } from "../helpers/client";
import { migrateTestDatabase } from "../helpers/experience";
import { mfaApi, passwordStep, registerWithTotp, setMfa } from "../helpers/mfa";

beforeAll(migrateTestDatabase);
beforeEach(async () => {
  await setMfa(["Totp", "WebAuthn", "BackupCode"]);
  await saveSettings({ sentinelPolicy: { maxAttempts: 10, lockoutDuration: 60 } });
});

const NOT_TOTP = ["", "12345", "abcdef", "1234567"];
const NOT_BACKUP = ["", "abcde-fghj", "abcde-fghjkm", "abcde-fghj1", "123456"];

type User = Awaited<ReturnType<typeof registerWithTotp>>;

/** Everything a failed attempt would have left behind for this user. */
async function counted(user: User) {
  const db = getDb();
  const [attempts, failures] = await Promise.all([
    db.sentinelAttempt.count({ where: { subject: user.id } }),
    db.auditEvent.count({ where: { userId: user.id, type: "mfa.verification_failed" } }),
  ]);
  const flows = await db.experienceFlow.aggregate({
    where: { userId: user.id },
    _sum: { mfaFailures: true },
  });
  return { attempts, failures, flowFailures: flows._sum.mfaFailures ?? 0 };
}

function expectRefusedInput(result: Awaited<ReturnType<typeof mfaApi.totpVerify>>, what: string) {
  expect(result.status, what).toBe(400);
  expect(result.body.code, what).toBe("guard.invalid_input");
  expect(result.body.data?.issues, what).toEqual([
    expect.objectContaining({ path: "code", message: expect.stringMatching(/^Enter /) }),
  ]);
}

describe("malformed codes", () => {
  it("at sign-in: TOTP and backup codes are refused as input and not counted", async () => {
    const user = await registerWithTotp();
    const flow = new TestClient();
    await passwordStep(flow, user.username, user.password);
    const before = await counted(user);
    for (const code of NOT_TOTP) expectRefusedInput(await mfaApi.totpVerify(flow, { code }), code);
    for (const code of NOT_BACKUP) expectRefusedInput(await mfaApi.backupVerify(flow, code), code);
    expect(await counted(user)).toEqual(before);
    // The flow is still good for a real attempt, which does count.
    expect((await mfaApi.totpVerify(flow, { code: "000000" })).body.code).toBe(
      "session.mfa.invalid_totp_code",
    );
    const after = await counted(user);
    expect(after.attempts).toBe(before.attempts + 1);
    expect(after.failures).toBe(before.failures + 1);
    expect(after.flowFailures).toBe(before.flowFailures + 1);
  });

  it("at enrollment: the new secret's first code is refused as input and not counted", async () => {
    const user = await registerWithTotp();
    const flow = new TestClient();
    await passwordStep(flow, user.username, user.password);
    // A registration-style enrollment: a new secret in this flow, checked before it is bound.
    await getDb().mfaFactor.deleteMany({ where: { userId: user.id } });
    const issued = await mfaApi.totpSecret(flow);
    expect(issued.status).toBe(200);
    const before = await counted(user);
    for (const code of NOT_TOTP) {
      expectRefusedInput(
        await mfaApi.totpVerify(flow, { code, verificationId: issued.body.verificationId }),
        code,
      );
    }
    expect(await counted(user)).toEqual(before);
  });

  it("on the account API: re-verification and adding an app refuse them as input", async () => {
    const user = await registerWithTotp();
    await accountApi.password(user.client, user.password);
    const before = await counted(user);
    for (const code of NOT_TOTP) expectRefusedInput(await accountApi.totp(user.client, code), code);
    for (const code of NOT_BACKUP)
      expectRefusedInput(await accountApi.backupCode(user.client, code), code);
    for (const code of NOT_TOTP) {
      const added = await accountApi.add(user.client, {
        type: "Totp",
        verificationId: "any",
        code,
      });
      expect(added.body.code, code).toBe("guard.invalid_input");
    }
    expect(await counted(user)).toEqual(before);
  });
});
