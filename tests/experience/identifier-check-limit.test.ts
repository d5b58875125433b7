// Registration says when a username or email is taken; the checks that reveal it are capped per
// client IP (30 an hour), whether the identifier turned out taken or free.
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { TestClient } from "../helpers/client";
import { api, migrateTestDatabase, newUserInput, registerViaApi } from "../helpers/experience";

// The test clients stand behind one trusted proxy that reports their address.
process.env.TWOFOLD_TRUST_PROXY = "1";
process.env.TWOFOLD_IDENTIFIER_CHECKS_PER_HOUR = "30";
beforeAll(migrateTestDatabase);

const LIMIT = 30;

function fromIp(ip: string | null) {
  return ip ? { headers: { "x-forwarded-for": ip } } : {};
}

async function check(client: TestClient, username: string, ip: string | null) {
  const input = newUserInput();
  return api.newIdentity(
    client,
    { identifier: { type: "username", value: username }, password: input.password },
    fromIp(ip),
  );
}

async function registrationClient(ip: string | null) {
  const client = new TestClient();
  await api.start(client, "Register", fromIp(ip));
  return client;
}

describe("identifier availability checks", () => {
  it("allows 30 per IP an hour, taken or free, then answers the lockout; other IPs go on", async () => {
    const taken = await registerViaApi();
    const ip = "203.0.113.7";
    const client = await registrationClient(ip);
    for (let i = 0; i < LIMIT; i++) {
      const probe = i % 2 === 0 ? taken.username : newUserInput().username;
      const answer = await check(client, probe, ip);
      expect(answer.body.code ?? "ok", `check ${i + 1}`).toBe(
        i % 2 === 0 ? "user.username_already_in_use" : "ok",
      );
    }
    const blocked = await check(client, newUserInput().username, ip);
    expect(blocked.status).toBe(400);
    expect(blocked.body.code).toBe("session.verification_blocked_too_many_attempts");
    expect(blocked.body.data?.minutesLeft).toBeGreaterThanOrEqual(59);
    expect(blocked.body.data?.minutesLeft).toBeLessThanOrEqual(60);
    // A taken name gets the lockout too: past the limit nothing is revealed.
    expect((await check(client, taken.username, ip)).body.code).toBe(
      "session.verification_blocked_too_many_attempts",
    );

    const elsewhere = await registrationClient("198.51.100.20");
    expect((await check(elsewhere, newUserInput().username, "198.51.100.20")).status).toBe(200);
    expect((await check(elsewhere, taken.username, "198.51.100.20")).body.code).toBe(
      "user.username_already_in_use",
    );
  });

  it("counts email checks in the same pool", async () => {
    const ip = "203.0.113.8";
    await getDb().sentinelAttempt.createMany({
      data: Array.from({ length: LIMIT - 1 }, (_, i) => ({
        id: `seed-${ip}-${i}`,
        subject: `ip:${ip}`,
        pool: "IdentifierCheck",
        success: false,
      })),
    });
    const client = await registrationClient(ip);
    const input = newUserInput();
    const last = await api.newIdentity(
      client,
      { identifier: { type: "email", value: input.email }, password: input.password },
      fromIp(ip),
    );
    expect(last.status).toBe(200);
    const blocked = await api.newIdentity(
      client,
      { identifier: { type: "email", value: newUserInput().email }, password: input.password },
      fromIp(ip),
    );
    expect(blocked.body.code).toBe("session.verification_blocked_too_many_attempts");
  });

  it("puts callers with no known IP in one shared pool", async () => {
    await getDb().sentinelAttempt.deleteMany({ where: { subject: "ip:unknown" } });
    const first = await registrationClient(null);
    for (let i = 0; i < LIMIT; i++) {
      expect((await check(first, newUserInput().username, null)).status).toBe(200);
    }
    const second = await registrationClient(null);
    expect((await check(second, newUserInput().username, null)).body.code).toBe(
      "session.verification_blocked_too_many_attempts",
    );
    expect(await getDb().sentinelAttempt.count({ where: { subject: "ip:unknown" } })).toBe(LIMIT);
  });
});
