// Deleting a user: the row goes, sessions, factors, backup codes, flows and lockout counters go
// with it, the audit trail stays (with a deletion event naming the admin), and a signed-in
// browser of that user is signed out.
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { userFromSessionCookie } from "@/lib/sessions/current";
import { deleteUser } from "@/lib/users/delete-user";
import { TestClient } from "../helpers/client";
import { auditTypes } from "../helpers/db-state";
import {
  api,
  migrateTestDatabase,
  newUserInput,
  registerViaApi,
  SESSION_COOKIE,
} from "../helpers/experience";
import { enrollTotp, mfaApi, passwordStep, setMfa } from "../helpers/mfa";

beforeAll(migrateTestDatabase);

const actor = { type: "admin" as const, id: "admin-1" };

/** A signed-in user with TOTP and backup codes, a failed TOTP attempt and an open flow. */
async function userWithEverything() {
  await setMfa(["Totp", "BackupCode"]);
  const input = newUserInput();
  const client = new TestClient();
  await api.start(client, "Register");
  const v = await api.newIdentity(client, {
    identifier: { type: "username", value: input.username },
    email: input.email,
    password: input.password,
  });
  await api.identify(client, v.body.verificationId);
  await enrollTotp(client);
  await api.submit(client);
  await api.complete(client);
  const { id } = await getDb().user.findUniqueOrThrow({ where: { username: input.username } });
  const pending = new TestClient();
  await passwordStep(pending, input.username, input.password);
  await mfaApi.totpVerify(pending, { code: "000000" });
  return { ...input, id, token: client.cookies.get(SESSION_COOKIE) ?? "" };
}

describe("deleteUser", () => {
  it("removes the user with their sessions, factors, codes, flows and lockout counters", async () => {
    const user = await userWithEverything();
    const db = getDb();
    const factorIds = (await db.mfaFactor.findMany({ where: { userId: user.id } })).map(
      (f) => f.id,
    );
    expect(factorIds).toHaveLength(2);
    expect(await userFromSessionCookie(user.token)).toMatchObject({ id: user.id });
    expect(await db.sentinelAttempt.count({ where: { subject: user.id } })).toBeGreaterThan(0);

    const deleted = await deleteUser({
      userId: user.id,
      actor,
      meta: { ip: null, userAgent: "t" },
    });
    expect(deleted.username).toBe(user.username);

    expect(await db.user.findUnique({ where: { id: user.id } })).toBeNull();
    expect(await db.session.count({ where: { userId: user.id } })).toBe(0);
    expect(await db.mfaFactor.count({ where: { userId: user.id } })).toBe(0);
    expect(await db.backupCode.count({ where: { factorId: { in: factorIds } } })).toBe(0);
    expect(await db.experienceFlow.count({ where: { userId: user.id } })).toBe(0);
    expect(await db.sentinelAttempt.count({ where: { subject: user.id } })).toBe(0);
    expect(await userFromSessionCookie(user.token)).toBeUndefined();
  });

  it("keeps the audit trail and records the deletion with the admin as actor", async () => {
    const user = await registerViaApi();
    await deleteUser({ userId: user.id, actor });
    const types = await auditTypes(user.id);
    expect(types[0]).toBe("user.registered");
    expect(types.at(-1)).toBe("user.deleted");
    const event = await getDb().auditEvent.findFirstOrThrow({
      where: { userId: user.id, type: "user.deleted" },
    });
    expect(event).toMatchObject({ actorType: "admin", actorId: "admin-1" });
    expect(JSON.parse(event.data)).toEqual({
      username: user.username,
      primaryEmail: user.email,
      role: "user",
      activeSessions: 1,
      factors: 0,
    });
  });

  it("leaves other users alone", async () => {
    const [doomed, other] = [await registerViaApi(), await registerViaApi()];
    await deleteUser({ userId: doomed.id, actor });
    const token = other.client.cookies.get(SESSION_COOKIE);
    expect(await userFromSessionCookie(token)).toMatchObject({ id: other.id });
  });

  it("answers entity.not_found for an unknown or already deleted user", async () => {
    const user = await registerViaApi();
    await deleteUser({ userId: user.id, actor });
    await expect(deleteUser({ userId: user.id, actor })).rejects.toMatchObject({
      code: "entity.not_found",
    });
    await expect(deleteUser({ userId: "nope", actor })).rejects.toMatchObject({
      code: "entity.not_found",
    });
  });

  it("refuses to let an admin delete their own account", async () => {
    const user = await registerViaApi();
    await expect(
      deleteUser({ userId: user.id, actor: { type: "admin", id: user.id } }),
    ).rejects.toMatchObject({ code: "auth.forbidden" });
    expect(await getDb().user.findUnique({ where: { id: user.id } })).not.toBeNull();
    expect(await auditTypes(user.id)).not.toContain("user.deleted");
  });
});
