// Sessions are server-side rows: sign-out and expiry end them for next-auth too.
import { beforeAll, describe, expect, it } from "vitest";
import { sessionAdapter } from "@/lib/auth/adapter";
import { authOptions } from "@/lib/auth/options";
import { sha256 } from "@/lib/crypto/tokens";
import { getDb } from "@/lib/db/client";
import { userFromSessionCookie } from "@/lib/sessions/current";
import { signOut } from "@/lib/sessions/sign-out";
import { auditTypes } from "../helpers/db-state";
import { migrateTestDatabase, registerViaApi, SESSION_COOKIE } from "../helpers/experience";

beforeAll(migrateTestDatabase);

describe("sessions", () => {
  it("are visible to next-auth's adapter until signed out", async () => {
    const user = await registerViaApi();
    const token = user.client.cookies.get(SESSION_COOKIE) ?? "";
    const found = await sessionAdapter.getSessionAndUser?.(token);
    expect(found?.user).toMatchObject({ id: user.id, email: user.email });
    await signOut(token, { ip: null, userAgent: null });
    expect(await sessionAdapter.getSessionAndUser?.(token)).toBeNull();
    expect(await userFromSessionCookie(token)).toBeUndefined();
    expect((await auditTypes(user.id)).at(-1)).toBe("sign_out");
  });

  it("show next-auth the signed-in user with the APIs' field names", async () => {
    const user = await registerViaApi();
    const token = user.client.cookies.get(SESSION_COOKIE) ?? "";
    const found = await sessionAdapter.getSessionAndUser?.(token);
    if (!found) throw new Error("no session");
    const shaped = await authOptions().callbacks?.session?.({
      session: { user: {}, expires: found.session.expires.toISOString() },
      user: found.user,
    } as never);
    expect(shaped?.user).toEqual({
      id: user.id,
      username: user.username,
      primaryEmail: user.email,
      name: user.username,
      role: "user",
    });
  });

  it("store only the token's hash", async () => {
    const user = await registerViaApi();
    const token = user.client.cookies.get(SESSION_COOKIE) ?? "";
    const rows = await getDb().session.findMany({ where: { userId: user.id } });
    expect(rows.map((r) => r.tokenHash)).toEqual([sha256(token)]);
    expect(JSON.stringify(rows)).not.toContain(token);
  });

  it("end when they expire", async () => {
    const user = await registerViaApi();
    const token = user.client.cookies.get(SESSION_COOKIE) ?? "";
    await getDb().session.updateMany({
      where: { userId: user.id },
      data: { expiresAt: new Date(Date.now() - 1) },
    });
    expect(await userFromSessionCookie(token)).toBeUndefined();
    expect(await sessionAdapter.getSessionAndUser?.(token)).toBeNull();
  });

  it("next-auth's sign-out revokes through the adapter", async () => {
    const user = await registerViaApi();
    const token = user.client.cookies.get(SESSION_COOKIE) ?? "";
    await sessionAdapter.deleteSession?.(token);
    expect(await userFromSessionCookie(token)).toBeUndefined();
  });
});
