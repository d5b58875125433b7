// Signing a user out everywhere from the console: every live session stops resolving at once,
// for our lookup and for next-auth's, and one audit event records how many ended.
import { beforeAll, describe, expect, it } from "vitest";
import { sessionAdapter } from "@/lib/auth/adapter";
import { getDb } from "@/lib/db/client";
import { userFromSessionCookie } from "@/lib/sessions/current";
import { listActiveSessions } from "@/lib/sessions/list-sessions";
import { revokeAllSessions } from "@/lib/sessions/revoke-all";
import {
  migrateTestDatabase,
  registerViaApi,
  SESSION_COOKIE,
  signInViaApi,
} from "../helpers/experience";

beforeAll(migrateTestDatabase);

const actor = { type: "admin" as const, id: "admin-1" };

describe("revokeAllSessions", () => {
  it("ends every live session of the user and records the count", async () => {
    const user = await registerViaApi();
    const second = await signInViaApi(user.username, user.password);
    const tokens = [user.client, second.client].map((c) => c.cookies.get(SESSION_COOKIE) ?? "");
    for (const token of tokens) expect(await userFromSessionCookie(token)).toBeDefined();
    expect(await listActiveSessions(user.id)).toHaveLength(2);

    expect(await revokeAllSessions({ userId: user.id, actor })).toBe(2);

    for (const token of tokens) {
      expect(await userFromSessionCookie(token)).toBeUndefined();
      expect(await sessionAdapter.getSessionAndUser?.(token)).toBeNull();
    }
    expect(await listActiveSessions(user.id)).toEqual([]);
    const event = await getDb().auditEvent.findFirstOrThrow({
      where: { userId: user.id, type: "sessions.revoked" },
    });
    expect(event).toMatchObject({ actorType: "admin", actorId: "admin-1" });
    expect(JSON.parse(event.data)).toEqual({ count: 2 });
  });

  it("leaves other users signed in and new sign-ins working", async () => {
    const [user, other] = [await registerViaApi(), await registerViaApi()];
    await revokeAllSessions({ userId: user.id, actor });
    const otherToken = other.client.cookies.get(SESSION_COOKIE);
    expect(await userFromSessionCookie(otherToken)).toMatchObject({ id: other.id });
    const again = await signInViaApi(user.username, user.password);
    expect(await userFromSessionCookie(again.client.cookies.get(SESSION_COOKIE))).toMatchObject({
      id: user.id,
    });
  });

  it("counts only sessions that were live", async () => {
    const user = await registerViaApi();
    await getDb().session.updateMany({
      where: { userId: user.id },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expect(await revokeAllSessions({ userId: user.id, actor })).toBe(0);
  });

  it("answers entity.not_found for an unknown user", async () => {
    await expect(revokeAllSessions({ userId: "nope", actor })).rejects.toMatchObject({
      code: "entity.not_found",
    });
  });
});

describe("listActiveSessions", () => {
  it("lists live sessions newest first with their IP and user agent, never the token", async () => {
    const user = await registerViaApi();
    const second = await signInViaApi(user.username, user.password);
    const sessions = await listActiveSessions(user.id);
    expect(sessions).toHaveLength(2);
    expect(sessions[0]?.createdAt.getTime()).toBeGreaterThanOrEqual(
      sessions[1]?.createdAt.getTime() ?? 0,
    );
    expect(Object.keys(sessions[0] ?? {}).sort()).toEqual(
      ["createdAt", "expiresAt", "id", "ip", "userAgent"].sort(),
    );
    expect(JSON.stringify(sessions)).not.toContain(second.client.cookies.get(SESSION_COOKIE));
  });
});
