// The MFA column of the console's user list and the lockout panel of a user's page: factor
// counts, backup codes left, "required", and lockouts (password sign-in and factor types)
// computed for many users at once by the same rules as the sign-in guards (lib/sentinel/pool.ts),
// before and after admin operations.
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { newId } from "@/lib/crypto/tokens";
import { getDb } from "@/lib/db/client";
import { FACTOR_TYPES } from "@/lib/mfa/factors";
import { mfaPool, poolKey } from "@/lib/sentinel/mfa-pools";
import { PASSWORD_POOL, passwordPoolKey, poolState } from "@/lib/sentinel/pool";
import { saveSettings } from "@/lib/settings/store";
import { listUserFactors } from "@/lib/users/mfa/list-factors";
import {
  removeFactor,
  resetMfa,
  unlockSignIn,
  updateUserMfaSettings,
} from "@/lib/users/mfa/manage-factors";
import { mfaStatusOf, userLockouts } from "@/lib/users/mfa-status";
import { TestClient } from "../helpers/client";
import { auditTypes } from "../helpers/db-state";
import { migrateTestDatabase, registerViaApi, signInViaApi } from "../helpers/experience";
import { mfaApi, passwordStep, registerWithTotp, setMfa } from "../helpers/mfa";

beforeAll(migrateTestDatabase);
beforeEach(async () => {
  await setMfa(["Totp", "WebAuthn", "BackupCode"]);
  await saveSettings({ sentinelPolicy: { maxAttempts: 2, lockoutDuration: 30 } });
});

const actor = { type: "admin" as const, id: "admin-1" };
const MINUTE = 60_000;

async function addPasskey(userId: string, name: string) {
  await getDb().mfaFactor.create({
    data: { id: newId(), userId, type: "WebAuthn", name, credentialId: newId(), publicKey: "x" },
  });
}

async function failTotp(user: { username: string; password: string }, times: number) {
  for (let i = 0; i < times; i++) {
    const client = new TestClient();
    await passwordStep(client, user.username, user.password);
    await mfaApi.totpVerify(client, { code: "000000" });
  }
}

async function attempts(subject: string, type: string, success: boolean, n: number, at: Date) {
  await getDb().sentinelAttempt.createMany({
    data: Array.from({ length: n }, () => ({
      id: newId(),
      subject,
      pool: `mfa:${type}`,
      success,
      createdAt: at,
    })),
  });
}

/** What the sign-in guard says, type by type, for comparison. */
async function guardSays(userId: string, now = new Date()) {
  const policy = await mfaPool();
  const states = await Promise.all(
    FACTOR_TYPES.map(async (type) => ({
      type,
      state: await poolState(poolKey(userId, type), policy, now),
    })),
  );
  return states.flatMap(({ type, state }) =>
    state.locked ? [{ type, minutesLeft: state.minutesLeft }] : [],
  );
}

describe("mfaStatusOf", () => {
  it("summarises factors per type, with backup codes left, for several users at once", async () => {
    const withTotp = await registerWithTotp();
    const bare = await registerViaApi();
    const keys = await registerViaApi();
    await addPasskey(keys.id, "Chrome on Linux");
    await addPasskey(keys.id, "Safari on iPhone");
    await updateUserMfaSettings({ userId: bare.id, required: true, actor });
    const spent = await getDb().backupCode.findFirstOrThrow({
      where: { factor: { userId: withTotp.id } },
    });
    await getDb().backupCode.update({ where: { id: spent.id }, data: { usedAt: new Date() } });

    const status = await mfaStatusOf([withTotp.id, bare.id, keys.id, "unknown-id"]);
    expect(status.get(withTotp.id)).toEqual({
      required: false,
      factors: [
        { type: "Totp", count: 1 },
        { type: "BackupCode", count: 1, remainCodes: 9 },
      ],
      lockouts: [],
    });
    expect(status.get(bare.id)).toEqual({ required: true, factors: [], lockouts: [] });
    expect(status.get(keys.id)?.factors).toEqual([{ type: "WebAuthn", count: 2 }]);
    expect(status.has("unknown-id")).toBe(false);
    expect(await mfaStatusOf([])).toEqual(new Map());
  });

  it("follows removing one factor and resetting all", async () => {
    const user = await registerWithTotp();
    const backup = (await listUserFactors(user.id)).find((f) => f.type === "BackupCode");
    await removeFactor({ userId: user.id, factorId: backup?.id ?? "", actor });
    expect((await mfaStatusOf([user.id])).get(user.id)?.factors).toEqual([
      { type: "Totp", count: 1 },
    ]);
    await resetMfa({ userId: user.id, actor });
    expect((await mfaStatusOf([user.id])).get(user.id)?.factors).toEqual([]);
  });
});

describe("userLockouts", () => {
  it("shows a factor type locked by failed sign-ins, as the guard does, until unlocked", async () => {
    const user = await registerWithTotp();
    const other = await registerWithTotp();
    await failTotp(user, 2);

    const lockouts = await userLockouts([user.id, other.id]);
    expect(lockouts.get(user.id)).toEqual([{ type: "Totp", minutesLeft: 30 }]);
    expect(lockouts.get(user.id)).toEqual(await guardSays(user.id));
    expect(lockouts.has(other.id)).toBe(false);
    expect((await mfaStatusOf([user.id])).get(user.id)?.lockouts).toEqual([
      { type: "Totp", minutesLeft: 30 },
    ]);

    await unlockSignIn({ userId: user.id, actor });
    expect((await userLockouts([user.id])).has(user.id)).toBe(false);
    expect(await guardSays(user.id)).toEqual([]);
  });

  it("counts down and opens once the lock has passed", async () => {
    const user = await registerViaApi();
    const start = new Date(Date.now() - 10 * MINUTE);
    await attempts(user.id, "WebAuthn", false, 2, start);
    const now = new Date();
    expect((await userLockouts([user.id], now)).get(user.id)).toEqual([
      { type: "WebAuthn", minutesLeft: 20 },
    ]);
    expect(await guardSays(user.id, now)).toEqual([{ type: "WebAuthn", minutesLeft: 20 }]);
    const later = new Date(start.getTime() + 31 * MINUTE);
    expect((await userLockouts([user.id], later)).has(user.id)).toBe(false);
    expect(await guardSays(user.id, later)).toEqual([]);
  });

  it("does not lock on failures spread wider than the window", async () => {
    const user = await registerViaApi();
    await attempts(user.id, "Totp", false, 1, new Date(Date.now() - 70 * MINUTE));
    await attempts(user.id, "Totp", false, 1, new Date(Date.now() - 5 * MINUTE));
    expect((await userLockouts([user.id])).has(user.id)).toBe(false);
    expect(await guardSays(user.id)).toEqual([]);
  });

  it("shows a hard lock (100 failures in a row) with no end, until a success", async () => {
    const user = await registerViaApi();
    const longAgo = new Date(Date.now() - 3 * 24 * 60 * MINUTE);
    await attempts(user.id, "BackupCode", true, 1, new Date(longAgo.getTime() - MINUTE));
    await attempts(user.id, "BackupCode", false, 100, longAgo);
    expect((await userLockouts([user.id])).get(user.id)).toEqual([
      { type: "BackupCode", minutesLeft: null },
    ]);
    expect(await guardSays(user.id)).toEqual([{ type: "BackupCode", minutesLeft: null }]);

    await attempts(user.id, "BackupCode", true, 1, new Date());
    expect((await userLockouts([user.id])).has(user.id)).toBe(false);
    expect(await guardSays(user.id)).toEqual([]);
  });

  it("ends a hard lock when another factor type verifies, as the guard does", async () => {
    const user = await registerViaApi();
    const longAgo = new Date(Date.now() - 3 * 24 * 60 * MINUTE);
    await attempts(user.id, "Totp", false, 100, longAgo);
    await attempts(user.id, "BackupCode", false, 100, longAgo);
    expect((await userLockouts([user.id])).get(user.id)).toHaveLength(2);

    await attempts(user.id, "WebAuthn", true, 1, new Date(longAgo.getTime() + MINUTE));
    expect((await userLockouts([user.id])).has(user.id)).toBe(false);
    expect(await guardSays(user.id)).toEqual([]);
  });

  it("lists several locked types of one user", async () => {
    const user = await registerViaApi();
    const now = new Date();
    await attempts(user.id, "Totp", false, 2, new Date(now.getTime() - MINUTE));
    await attempts(user.id, "BackupCode", false, 100, new Date(now.getTime() - 600 * MINUTE));
    const lockouts = (await userLockouts([user.id], now)).get(user.id);
    expect(lockouts).toEqual([
      { type: "Totp", minutesLeft: 29 },
      { type: "BackupCode", minutesLeft: null },
    ]);
    expect(lockouts).toEqual(await guardSays(user.id, now));
  });
});

describe("password lockouts", () => {
  async function passwordFailures(subject: string, n: number, at: Date) {
    await getDb().sentinelAttempt.createMany({
      data: Array.from({ length: n }, () => ({
        id: newId(),
        ...passwordPoolKey(subject),
        success: false,
        createdAt: at,
      })),
    });
  }

  it("shows password sign-in locked by 100 failures, as the guard does, until unlocked", async () => {
    const user = await registerWithTotp();
    const other = await registerViaApi();
    await passwordFailures(other.id, PASSWORD_POOL.maxAttempts - 1, new Date());
    await passwordFailures(user.id, PASSWORD_POOL.maxAttempts, new Date(Date.now() - MINUTE));

    const lockouts = await userLockouts([user.id, other.id]);
    expect(lockouts.get(user.id)).toEqual([{ type: "Password", minutesLeft: 59 }]);
    expect(await poolState(passwordPoolKey(user.id), PASSWORD_POOL)).toEqual({
      locked: true,
      minutesLeft: 59,
    });
    expect(lockouts.has(other.id)).toBe(false);
    expect((await mfaStatusOf([user.id])).get(user.id)?.lockouts).toEqual([
      { type: "Password", minutesLeft: 59 },
    ]);
    const blocked = await signInViaApi(user.username, user.password);
    expect(blocked.verified.body.code).toBe("session.verification_blocked_too_many_attempts");

    await unlockSignIn({ userId: user.id, actor });
    expect((await userLockouts([user.id])).has(user.id)).toBe(false);
    const signedIn = await signInViaApi(user.username, user.password);
    expect(signedIn.verified.status).toBe(200);
    expect(signedIn.identified.status).toBe(204);
    expect(await auditTypes(user.id)).toContain("mfa.unlocked");
    // Another user's failures are theirs: one more locks them, whoever was unlocked.
    await passwordFailures(other.id, 1, new Date());
    expect((await userLockouts([other.id])).get(other.id)).toEqual([
      { type: "Password", minutesLeft: 60 },
    ]);
  });

  it("lists a password lock before the factor types it shares the user with", async () => {
    const user = await registerViaApi();
    const now = new Date();
    await attempts(user.id, "Totp", false, 2, new Date(now.getTime() - MINUTE));
    await passwordFailures(
      user.id,
      PASSWORD_POOL.maxAttempts,
      new Date(now.getTime() - 30 * MINUTE),
    );
    expect((await userLockouts([user.id], now)).get(user.id)).toEqual([
      { type: "Password", minutesLeft: 30 },
      { type: "Totp", minutesLeft: 29 },
    ]);
    await unlockSignIn({ userId: user.id, actor });
    expect((await userLockouts([user.id], now)).has(user.id)).toBe(false);
  });

  it("opens an hour after the newest failure, with no hard lock", async () => {
    const user = await registerViaApi();
    await passwordFailures(user.id, 150, new Date(Date.now() - 61 * MINUTE));
    expect((await userLockouts([user.id])).has(user.id)).toBe(false);
    expect((await poolState(passwordPoolKey(user.id), PASSWORD_POOL)).locked).toBe(false);
  });
});
