// The rules about which factors a user may hold hold when changes race (every change runs under
// the user's factor lock): two requests removing a user's two authenticators at once cannot both
// see the other one still there — under Mandatory one is refused (account.last_factor_required),
// otherwise the second takes the backup codes with it — and adds racing adds or removals cannot
// leave two authenticator apps or backup codes alone.
import { beforeAll, describe, expect, it } from "vitest";
import { newId } from "@/lib/crypto/tokens";
import { getDb } from "@/lib/db/client";
import { deleteUser } from "@/lib/users/delete-user";
import { createBackupCodesForUser, createTotpForUser } from "@/lib/users/mfa/create-factor";
import { removeFactor } from "@/lib/users/mfa/manage-factors";
import { accountApi } from "../helpers/account";
import { migrateTestDatabase, registerViaApi } from "../helpers/experience";
import { registerWithTotp, setMfa } from "../helpers/mfa";

const USERS = 8;

beforeAll(migrateTestDatabase);

/** A signed-in user (the sign-in counts as re-verification) with TOTP, a passkey and backup codes. */
async function userWithTwoAuthenticators() {
  const user = await registerWithTotp();
  const passkey = newId();
  await getDb().mfaFactor.create({
    data: {
      id: passkey,
      userId: user.id,
      type: "WebAuthn",
      name: "Laptop",
      credentialId: newId(),
      publicKey: "x",
    },
  });
  const totp = await getDb().mfaFactor.findFirstOrThrow({
    where: { userId: user.id, type: "Totp" },
  });
  return { ...user, totp: totp.id, passkey };
}

const typesOf = async (userId: string) =>
  (await getDb().mfaFactor.findMany({ where: { userId } })).map((f) => f.type).sort();

describe("removing both authenticators at once", () => {
  it("under Mandatory, one removal goes through and the other is refused", async () => {
    await setMfa(["Totp", "WebAuthn", "BackupCode"]);
    const users = await Promise.all(Array.from({ length: USERS }, userWithTwoAuthenticators));
    await setMfa(["Totp", "WebAuthn", "BackupCode"], "Mandatory");
    await Promise.all(
      users.map(async (user) => {
        const answers = await Promise.all([
          accountApi.remove(user.client, user.totp),
          accountApi.remove(user.client, user.passkey),
        ]);
        expect(answers.map((a) => a.status).sort()).toEqual([204, 422]);
        expect(answers.find((a) => a.status === 422)?.body.code).toBe(
          "account.last_factor_required",
        );
        const left = await typesOf(user.id);
        expect(left.filter((t) => t !== "BackupCode")).toHaveLength(1);
        expect(left).toContain("BackupCode");
      }),
    );
  });

  it("otherwise the backup codes go with whichever removal is last", async () => {
    await setMfa(["Totp", "WebAuthn", "BackupCode"]);
    const users = await Promise.all(Array.from({ length: USERS }, userWithTwoAuthenticators));
    const actor = { type: "system" as const };
    await Promise.all(
      users.map(async (user) => {
        const removed = await Promise.all([
          removeFactor({ userId: user.id, factorId: user.totp, actor }),
          removeFactor({ userId: user.id, factorId: user.passkey, actor }),
        ]);
        expect(await typesOf(user.id)).toEqual([]);
        const types = removed.flat().map((f) => f.type);
        expect(types.sort()).toEqual(["BackupCode", "Totp", "WebAuthn"]);
      }),
    );
  });
});

describe("adding while another change runs", () => {
  const actor = { type: "system" as const };
  const settled = (all: Promise<unknown>[]) => Promise.allSettled(all);
  const codeOf = (r: PromiseSettledResult<unknown>) =>
    r.status === "rejected" ? (r.reason as { code?: string }).code : "ok";

  it("two authenticator apps created at once: one is stored, the other refused", async () => {
    const users = await Promise.all(Array.from({ length: USERS }, () => registerViaApi()));
    await Promise.all(
      users.map(async (user) => {
        const results = await settled([
          createTotpForUser({ userId: user.id, actor }),
          createTotpForUser({ userId: user.id, actor }),
        ]);
        expect(results.map(codeOf).sort()).toEqual(["ok", "user.totp_already_in_use"]);
        expect(await typesOf(user.id)).toEqual(["Totp"]);
      }),
    );
  });

  it("backup codes created while the last authenticator is removed never stand alone", async () => {
    await setMfa(["Totp", "WebAuthn"]);
    const users = await Promise.all(
      Array.from({ length: USERS }, () => registerWithTotp({ backupCodes: false })),
    );
    await setMfa(["Totp", "WebAuthn", "BackupCode"]);
    await Promise.all(
      users.map(async (user) => {
        const totp = await getDb().mfaFactor.findFirstOrThrow({ where: { userId: user.id } });
        const [removed, created] = await settled([
          removeFactor({ userId: user.id, factorId: totp.id, actor }),
          createBackupCodesForUser({ userId: user.id, actor }),
        ]);
        expect(codeOf(removed as PromiseSettledResult<unknown>)).toBe("ok");
        expect(["ok", "session.mfa.backup_code_can_not_be_alone"]).toContain(
          codeOf(created as PromiseSettledResult<unknown>),
        );
        expect(await typesOf(user.id)).toEqual([]);
      }),
    );
  });

  it("a factor created while its user is deleted is stored first or finds the user gone", async () => {
    const users = await Promise.all(Array.from({ length: USERS }, () => registerViaApi()));
    await Promise.all(
      users.map(async (user) => {
        const [created, deleted] = await settled([
          createTotpForUser({ userId: user.id, actor }),
          deleteUser({ userId: user.id, actor }),
        ]);
        expect(["ok", "entity.not_found"]).toContain(
          codeOf(created as PromiseSettledResult<unknown>),
        );
        expect(codeOf(deleted as PromiseSettledResult<unknown>)).toBe("ok");
        expect(await typesOf(user.id)).toEqual([]);
      }),
    );
  });
});
