// A brute-force run against one user's authenticator app: 1,000 guesses spread over 200 fresh
// sign-in flows (five each, the flow's own limit), 100 guesses in flight at a time. The user's
// TOTP pool locks after its limit and no guess ever succeeds, not even the right code sent last.
// Runs on SQLite and PostgreSQL (TWOFOLD_TEST_DB). The pool's lock serialises one user's attempts,
// so on a loaded PostgreSQL a guess may wait past the transaction's 10 s and be refused as
// overloaded (503 service.database_unavailable): refused unevaluated, like a locked one.
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { saveSettings } from "@/lib/settings/store";
import { TestClient } from "../helpers/client";
import { migrateTestDatabase } from "../helpers/experience";
import { codeFor, mfaApi, passwordStep, registerWithTotp, setMfa } from "../helpers/mfa";

const GUESSES = 1_000;
const PER_FLOW = 5;
const AT_ONCE = 20;
const LIMIT = 10;

beforeAll(async () => {
  await migrateTestDatabase();
  await setMfa(["Totp", "BackupCode"]);
  await saveSettings({ sentinelPolicy: { maxAttempts: LIMIT, lockoutDuration: 60 } });
});

/** Six digits that are none of the codes the window accepts now. */
function wrongGuess(secret: string, seen: Set<string>): string {
  const valid = new Set([-1, 0, 1].map((offset) => codeFor(secret, offset)));
  for (;;) {
    const guess = String(Math.floor(Math.random() * 1_000_000)).padStart(6, "0");
    if (!valid.has(guess) && !seen.has(guess)) {
      seen.add(guess);
      return guess;
    }
  }
}

describe("1,000 TOTP guesses across fresh flows", () => {
  it("end locked, with no success", async () => {
    const user = await registerWithTotp();
    const sessionsBefore = await getDb().session.count({ where: { userId: user.id } });
    const seen = new Set<string>();
    const tally = new Map<string, number>();
    for (let sent = 0; sent < GUESSES; sent += AT_ONCE * PER_FLOW) {
      const flows = await Promise.all(
        Array.from({ length: AT_ONCE }, async () => {
          const flow = new TestClient();
          await passwordStep(flow, user.username, user.password);
          return flow;
        }),
      );
      const answers = await Promise.all(
        flows.flatMap((flow) =>
          Array.from({ length: PER_FLOW }, () =>
            mfaApi.totpVerify(flow, { code: wrongGuess(user.secret, seen) }),
          ),
        ),
      );
      for (const { body } of answers) {
        const code = String(body.code ?? "success");
        tally.set(code, (tally.get(code) ?? 0) + 1);
      }
    }
    expect([...tally.values()].reduce((a, b) => a + b)).toBe(GUESSES);
    expect(tally.get("success"), JSON.stringify([...tally])).toBeUndefined();
    // At most LIMIT guesses were evaluated; every other one was refused unevaluated.
    const evaluated = await getDb().sentinelAttempt.count({
      where: { subject: user.id, pool: "mfa:Totp" },
    });
    expect(evaluated).toBeLessThanOrEqual(LIMIT);
    expect(evaluated).toBeGreaterThan(0);
    expect(
      [...tally.keys()].filter(
        (code) =>
          ![
            "session.mfa.invalid_totp_code",
            "session.verification_blocked_too_many_attempts",
            "session.mfa.too_many_attempts",
            "service.database_unavailable",
          ].includes(code),
      ),
    ).toEqual([]);

    // Locked: the right code, in a fresh flow, is refused too, and no session was ever minted.
    const last = new TestClient();
    await passwordStep(last, user.username, user.password);
    const right = await mfaApi.totpVerify(last, { code: codeFor(user.secret, 1) });
    expect(right.body).toMatchObject({
      code: "session.verification_blocked_too_many_attempts",
      data: { factor: "Totp" },
    });
    expect(await getDb().session.count({ where: { userId: user.id } })).toBe(sessionsBefore);
  }, 240_000);
});
