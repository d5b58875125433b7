// Password sign-in through the experience API, and the ways a session must never be minted.
import { beforeAll, describe, expect, it } from "vitest";
import { newId } from "@/lib/crypto/tokens";
import { getDb } from "@/lib/db/client";
import { PASSWORD_POOL } from "@/lib/sentinel/pool";
import { userFromSessionCookie } from "@/lib/sessions/current";
import { TestClient } from "../helpers/client";
import { auditTypes, rowCounts } from "../helpers/db-state";
import {
  api,
  migrateTestDatabase,
  registerViaApi,
  SESSION_COOKIE,
  signInViaApi,
} from "../helpers/experience";

beforeAll(migrateTestDatabase);

describe("password sign-in", () => {
  it("signs in by username or email, minting a fresh session each time", async () => {
    const user = await registerViaApi();
    const byName = await signInViaApi(user.username.toUpperCase(), user.password);
    expect(byName.verified.status).toBe(200);
    expect(byName.identified.status).toBe(204);
    expect(byName.submitted.status).toBe(200);
    expect(byName.completed.status).toBe(303);
    const byEmail = await signInViaApi(user.email, user.password);
    const first = byName.client.cookies.get(SESSION_COOKIE);
    const second = byEmail.client.cookies.get(SESSION_COOKIE);
    expect(first && second && first !== second).toBe(true);
    expect((await userFromSessionCookie(second))?.username).toBe(user.username);
  });

  it("gives an unknown user and a wrong password the same answer", async () => {
    const user = await registerViaApi();
    const wrong = new TestClient();
    await api.start(wrong, "SignIn");
    const wrongPassword = await api.password(wrong, user.username, "not-the-password");
    const unknown = new TestClient();
    await api.start(unknown, "SignIn");
    const unknownUser = await api.password(unknown, "nobody_here", "not-the-password");
    for (const result of [wrongPassword, unknownUser]) {
      expect(result.status).toBe(422);
      expect(result.body).toEqual({
        code: "session.invalid_credentials",
        message: "The username, email or password is incorrect.",
      });
    }
    const types = await auditTypes(user.id);
    expect(types.at(-1)).toBe("sign_in.failed");
  });

  it("never mints a session for a flow that was not submitted", async () => {
    const user = await registerViaApi();
    const client = new TestClient();
    await api.start(client, "SignIn");
    const verified = await api.password(client, user.username, user.password);
    const early = await api.submit(client);
    expect(early.status).toBe(400);
    expect(early.body.code).toBe("session.identifier_not_verified");
    await api.identify(client, verified.body.verificationId);
    const before = await rowCounts();
    const completed = await api.complete(client);
    expect(completed.status).toBe(303);
    expect(completed.headers.get("location")).toContain("/sign-in?error=session.not_found");
    expect(client.cookies.has(SESSION_COOKIE)).toBe(false);
    expect(await rowCounts()).toEqual(before);
  });

  it("mints the session only once per flow", async () => {
    const user = await registerViaApi();
    const { client } = await signInViaApi(user.username, user.password);
    const replay = new TestClient();
    // The same flow cookie, replayed after it was consumed.
    const flowToken = client.cookies.get("twofold_flow");
    expect(flowToken).toBeUndefined();
    const fresh = new TestClient();
    await api.start(fresh, "SignIn");
    const verified = await api.password(fresh, user.username, user.password);
    await api.identify(fresh, verified.body.verificationId);
    await api.submit(fresh);
    const token = fresh.cookies.get("twofold_flow") ?? "";
    replay.cookies.set("twofold_flow", token);
    const sessionsBefore = await getDb().session.count({ where: { userId: user.id } });
    const results = await Promise.all([api.complete(fresh), api.complete(replay)]);
    const minted = results.filter((r) => r.headers.get("location")?.endsWith("/account"));
    expect(minted).toHaveLength(1);
    expect(await getDb().session.count({ where: { userId: user.id } })).toBe(sessionsBefore + 1);
  });

  it("refuses a verification id from another flow", async () => {
    const victim = await registerViaApi();
    const attacker = await registerViaApi();
    const victimFlow = new TestClient();
    await api.start(victimFlow, "SignIn");
    const victimProof = await api.password(victimFlow, victim.username, victim.password);
    const attackerFlow = new TestClient();
    await api.start(attackerFlow, "SignIn");
    await api.password(attackerFlow, attacker.username, attacker.password);
    const stolen = await api.identify(attackerFlow, victimProof.body.verificationId);
    expect(stolen.status).toBe(404);
    expect(stolen.body.code).toBe("session.verification_not_found");
  });

  it("answers 404 for an unknown flow and 410 for an expired one", async () => {
    const unknown = new TestClient();
    unknown.cookies.set("twofold_flow", "not-a-real-flow");
    const missing = await api.password(unknown, "someone", "password-here");
    expect(missing.status).toBe(404);
    expect(missing.body.code).toBe("session.not_found");
    const noCookie = await api.submit(new TestClient());
    expect(noCookie.status).toBe(404);

    const client = new TestClient();
    await api.start(client, "SignIn");
    await getDb().experienceFlow.updateMany({
      where: {},
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    const expired = await api.password(client, "someone", "password-here");
    expect(expired.status).toBe(410);
    expect(expired.body.code).toBe("session.expired");
    expect((await api.start(client, "SignIn")).status).toBe(200);
    expect((await api.interaction(client)).status).toBe(200);
  });

  it("locks a user's password pool after 100 failures in an hour, even for the right password", async () => {
    const user = await registerViaApi();
    await getDb().sentinelAttempt.createMany({
      data: Array.from({ length: PASSWORD_POOL.maxAttempts }, () => ({
        id: newId(),
        subject: user.id,
        pool: "Password",
        success: false,
      })),
    });
    const client = new TestClient();
    await api.start(client, "SignIn");
    const blocked = await api.password(client, user.username, user.password);
    expect(blocked.status).toBe(400);
    expect(blocked.body.code).toBe("session.verification_blocked_too_many_attempts");
    expect(blocked.body.data?.minutesLeft).toBeGreaterThanOrEqual(59);
    expect(blocked.body.data?.minutesLeft).toBeLessThanOrEqual(60);
    expect(await auditTypes(user.id)).toContain("sign_in.blocked");
    const other = await registerViaApi();
    const unaffected = await signInViaApi(other.username, other.password);
    expect(unaffected.verified.status).toBe(200);
  });

  it("locks unknown identifiers the same way, so the lockout reveals nothing", async () => {
    const client = new TestClient();
    await api.start(client, "SignIn");
    for (let i = 0; i < 3; i++) await api.password(client, "ghost_user", "wrong-password");
    const attempts = await getDb().sentinelAttempt.count({
      where: { subject: { startsWith: "unknown:" } },
    });
    expect(attempts).toBeGreaterThanOrEqual(3);
  });
});
