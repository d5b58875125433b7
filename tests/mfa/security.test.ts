// Security invariants of the second factor: replay, concurrency, bypass and lockout.
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { verifySecret } from "@/lib/crypto/password-hash";
import { getDb } from "@/lib/db/client";
import { normalizeBackupCode } from "@/lib/mfa/factors/backup-code/codes";
import { totpCode } from "@/lib/mfa/factors/totp/codes";
import { saveSettings } from "@/lib/settings/store";
import { TestClient } from "../helpers/client";
import { rowCounts } from "../helpers/db-state";
import { api, migrateTestDatabase, newUserInput, SESSION_COOKIE } from "../helpers/experience";
import { codeFor, mfaApi, passwordStep, registerWithTotp, setMfa } from "../helpers/mfa";
import { enrollPasskey } from "../helpers/passkey";

beforeAll(migrateTestDatabase);
beforeEach(async () => {
  await setMfa(["Totp", "WebAuthn", "BackupCode"]);
  await saveSettings({ sentinelPolicy: { maxAttempts: 10, lockoutDuration: 60 } });
});

async function signInFlow(user: { username: string; password: string }) {
  const client = new TestClient();
  await passwordStep(client, user.username, user.password);
  return client;
}

describe("TOTP", () => {
  it("refuses a replayed code, and an older step after a newer one", async () => {
    const user = await registerWithTotp();
    // The code enrollment spent must not work again, even if a step boundary passed since.
    const replay = await signInFlow(user);
    const spent = totpCode(user.secret, user.enrolledStep);
    expect((await mfaApi.totpVerify(replay, { code: spent })).body.code).toBe(
      "session.mfa.invalid_totp_code",
    );
    const newer = await signInFlow(user);
    expect((await mfaApi.totpVerify(newer, { code: codeFor(user.secret, 1) })).status).toBe(200);
    const older = await signInFlow(user);
    expect((await mfaApi.totpVerify(older, { code: codeFor(user.secret, -1) })).body.code).toBe(
      "session.mfa.invalid_totp_code",
    );
  });

  it("accepts one step either side of now", async () => {
    const user = await registerWithTotp();
    await getDb().mfaFactor.updateMany({
      where: { userId: user.id, type: "Totp" },
      data: { lastUsedStep: null },
    });
    const early = await signInFlow(user);
    expect((await mfaApi.totpVerify(early, { code: codeFor(user.secret, -1) })).status).toBe(200);
    const late = await signInFlow(user);
    expect((await mfaApi.totpVerify(late, { code: codeFor(user.secret, 1) })).status).toBe(200);
    const tooLate = await signInFlow(user);
    expect((await mfaApi.totpVerify(tooLate, { code: codeFor(user.secret, 2) })).body.code).toBe(
      "session.mfa.invalid_totp_code",
    );
  });

  it("gives the same code to a user without TOTP", async () => {
    const input = newUserInput();
    await setMfa([], "NoPrompt");
    const client = new TestClient();
    await api.start(client, "Register");
    const v = await api.newIdentity(client, {
      identifier: { type: "username", value: input.username },
      password: input.password,
    });
    await api.identify(client, v.body.verificationId);
    await api.submit(client);
    await setMfa(["Totp", "BackupCode"]);
    const flow = await signInFlow(input);
    const result = await mfaApi.totpVerify(flow, { code: "123456" });
    expect(result.status).toBe(400);
    expect(result.body.code).toBe("session.mfa.invalid_totp_code");
  });

  it("lets only one of two concurrent submissions of a code through", async () => {
    const user = await registerWithTotp();
    const a = await signInFlow(user);
    const b = await signInFlow(user);
    const code = codeFor(user.secret, 1);
    const results = await Promise.all([
      mfaApi.totpVerify(a, { code }),
      mfaApi.totpVerify(b, { code }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 400]);
  });
});

describe("backup codes", () => {
  it("are case- and hyphen-insensitive and single use", async () => {
    const user = await registerWithTotp();
    const [first = ""] = user.codes;
    const flow = await signInFlow(user);
    const used = await mfaApi.backupVerify(flow, ` ${first.replace("-", "").toUpperCase()} `);
    expect(used.status).toBe(200);
    expect(used.body.remaining).toBe(9);
    expect((await api.submit(flow)).status).toBe(200);
    const again = await signInFlow(user);
    expect((await mfaApi.backupVerify(again, first)).body.code).toBe(
      "session.mfa.invalid_backup_code",
    );
    const events = await getDb().auditEvent.findMany({
      where: { userId: user.id, type: "mfa.backup_code_used" },
    });
    expect(JSON.parse(events[0]?.data ?? "{}")).toEqual({ remaining: 9 });
  });

  it("let exactly one of 20 concurrent spends of one code succeed", async () => {
    const user = await registerWithTotp();
    const flows = await Promise.all(Array.from({ length: 20 }, () => signInFlow(user)));
    const code = user.codes[1] ?? "";
    const results = await Promise.all(flows.map((flow) => mfaApi.backupVerify(flow, code)));
    expect(results.filter((r) => r.status === 200)).toHaveLength(1);
    const unused = await getDb().backupCode.count({
      where: { usedAt: null, factor: { userId: user.id } },
    });
    expect(unused).toBe(9);
  });

  it("sign in with the last code, then ask for a new set", async () => {
    const user = await registerWithTotp();
    const last = user.codes[9] ?? "";
    const rows = await getDb().backupCode.findMany({ where: { factor: { userId: user.id } } });
    const lastRow = await findAsync(rows, (row) =>
      verifySecret(row.hash, normalizeBackupCode(last)),
    );
    // The other nine are spent directly; verifying them one by one would only be slower.
    await getDb().backupCode.updateMany({
      where: { id: { not: lastRow?.id }, factorId: lastRow?.factorId },
      data: { usedAt: new Date() },
    });
    const flow = await signInFlow(user);
    expect((await mfaApi.backupVerify(flow, last)).body.remaining).toBe(0);
    const submitted = await api.submit(flow);
    expect(submitted.status).toBe(422);
    expect(submitted.body.code).toBe("session.mfa.backup_code_required");
    const generated = await mfaApi.backupGenerate(flow);
    expect((await mfaApi.bind(flow, "BackupCode", generated.body.verificationId)).status).toBe(204);
    expect((await api.submit(flow)).status).toBe(200);
    expect(
      await getDb().backupCode.count({ where: { usedAt: null, factor: { userId: user.id } } }),
    ).toBe(10);
  });
});

async function findAsync<T>(
  items: T[],
  test: (item: T) => Promise<boolean>,
): Promise<T | undefined> {
  for (const item of items) if (await test(item)) return item;
  return undefined;
}

describe("bypass attempts", () => {
  it("never mints a session before the second factor", async () => {
    const user = await registerWithTotp();
    const flow = await signInFlow(user);
    const before = await rowCounts();
    const submitted = await api.submit(flow);
    expect(submitted.status).toBe(403);
    const completed = await api.complete(flow);
    expect(completed.headers.get("location")).toContain("/sign-in?error=");
    expect(flow.cookies.has(SESSION_COOKIE)).toBe(false);
    expect(await rowCounts()).toEqual(before);
  });

  it("refuses another flow's verification as a binding or proof", async () => {
    const victim = await registerWithTotp();
    const attacker = await registerWithTotp();
    const victimFlow = await signInFlow(victim);
    const proof = await mfaApi.totpVerify(victimFlow, { code: codeFor(victim.secret, 1) });
    const attackerFlow = await signInFlow(attacker);
    const stolen = await mfaApi.bind(attackerFlow, "Totp", proof.body.verificationId);
    expect(stolen.status).toBe(404);
    expect((await api.submit(attackerFlow)).status).toBe(403);
  });

  it("does not count a factor bound in this flow as verification", async () => {
    const user = await registerWithTotp();
    const flow = await signInFlow(user);
    const generated = await mfaApi.backupGenerate(flow);
    expect(generated.body.code).toBe("user.backup_code_already_in_use");
    // A new passkey, registered, verified and bound in this flow, proves nothing about the user.
    await enrollPasskey(flow);
    const submitted = await api.submit(flow);
    expect(submitted.status).toBe(403);
    expect(submitted.body.code).toBe("session.mfa.require_mfa_verification");
    expect(await getDb().mfaFactor.count({ where: { userId: user.id, type: "WebAuthn" } })).toBe(0);
  });
});

describe("lockout", () => {
  it("locks a factor type at the maxAttempts-th failure, across flows, and only that type", async () => {
    await saveSettings({ sentinelPolicy: { maxAttempts: 3, lockoutDuration: 15 } });
    const user = await registerWithTotp();
    for (let i = 0; i < 3; i++) {
      const flow = await signInFlow(user);
      // The failure that reaches the limit answers with the lock itself.
      expect((await mfaApi.totpVerify(flow, { code: "000000" })).body.code).toBe(
        i < 2 ? "session.mfa.invalid_totp_code" : "session.verification_blocked_too_many_attempts",
      );
    }
    const flow = await signInFlow(user);
    const locked = await mfaApi.totpVerify(flow, { code: codeFor(user.secret, 1) });
    expect(locked.status).toBe(400);
    expect(locked.body).toMatchObject({
      code: "session.verification_blocked_too_many_attempts",
      data: { factor: "Totp" },
    });
    expect(locked.body.data?.minutesLeft).toBeGreaterThan(13);
    expect((await mfaApi.backupVerify(flow, user.codes[0] ?? "")).status).toBe(200);
    const types = (await getDb().auditEvent.findMany({ where: { userId: user.id } })).map(
      (e) => e.type,
    );
    expect(types).toContain("mfa.locked");
  });

  it("ends a flow after 5 failed second-factor attempts; a new password step resets no counter", async () => {
    await saveSettings({ sentinelPolicy: { maxAttempts: 20, lockoutDuration: 60 } });
    const user = await registerWithTotp();
    const flow = await signInFlow(user);
    for (let i = 0; i < 5; i++) await mfaApi.totpVerify(flow, { code: "000000" });
    const sixth = await mfaApi.totpVerify(flow, { code: codeFor(user.secret, 1) });
    expect(sixth.body.code).toBe("session.mfa.too_many_attempts");
    const v = await api.password(flow, user.username, user.password);
    await api.identify(flow, v.body.verificationId);
    expect((await mfaApi.totpVerify(flow, { code: codeFor(user.secret, 1) })).body.code).toBe(
      "session.mfa.too_many_attempts",
    );
    const failures = await getDb().sentinelAttempt.count({
      where: { subject: user.id, pool: "mfa:Totp", success: false },
    });
    expect(failures).toBe(5);
  });

  it("hard-locks after 100 failures in a row until another factor is verified", async () => {
    const user = await registerWithTotp();
    await getDb().sentinelAttempt.createMany({
      data: Array.from({ length: 100 }, (_, i) => ({
        id: `hard-${user.id}-${i}`,
        subject: user.id,
        pool: "mfa:Totp",
        success: false,
        createdAt: new Date(Date.now() - 3 * 60 * 60 * 1000),
      })),
    });
    const flow = await signInFlow(user);
    const locked = await mfaApi.totpVerify(flow, { code: codeFor(user.secret, 1) });
    expect(locked.body).toMatchObject({
      code: "session.verification_blocked_too_many_attempts",
      data: { minutesLeft: null },
    });
    expect((await mfaApi.backupVerify(flow, user.codes[2] ?? "")).status).toBe(200);
    const next = await signInFlow(user);
    expect((await mfaApi.totpVerify(next, { code: codeFor(user.secret, 1) })).status).toBe(200);
  });
});
