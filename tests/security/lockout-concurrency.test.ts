// Lockouts under concurrency: N ≫ limit wrong attempts sent at once are evaluated at most `limit`
// times, every evaluated failure is counted, and the right secret sent once the lock is in place
// is refused. Runs on SQLite and PostgreSQL (TWOFOLD_TEST_DB).
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { PASSWORD_POOL } from "@/lib/sentinel/pool";
import { saveSettings } from "@/lib/settings/store";
import { TestClient } from "../helpers/client";
import { api, migrateTestDatabase, registerViaApi } from "../helpers/experience";
import {
  codeFor,
  mfaApi,
  passwordStep,
  registerWithTotp,
  setMfa,
  webAuthnApi,
} from "../helpers/mfa";
import { passkeyUser } from "../helpers/passkey";
import { SoftAuthenticator } from "../helpers/soft-authenticator";

const LIMIT = 10;
const BLOCKED = "session.verification_blocked_too_many_attempts";

beforeAll(migrateTestDatabase);
beforeEach(async () => {
  await setMfa(["Totp", "WebAuthn", "BackupCode"]);
  await saveSettings({ sentinelPolicy: { maxAttempts: LIMIT, lockoutDuration: 60 } });
});

/** Rows in a user's pool: one per attempt that was evaluated (refused reservations write none). */
const attemptsIn = (subject: string, pool: string) =>
  getDb().sentinelAttempt.count({ where: { subject, pool } });

const auditCount = (userId: string, type: string) =>
  getDb().auditEvent.count({ where: { userId, type } });

/** `count` identified sign-in flows for the user, ready for a second factor. */
async function signInFlows(user: { username: string; password: string }, count: number) {
  const flows = Array.from({ length: count }, () => new TestClient());
  for (const flow of flows) await passwordStep(flow, user.username, user.password);
  return flows;
}

function codes(results: { body: { code?: unknown } }[]) {
  const tally = new Map<string, number>();
  for (const { body } of results) {
    const code = String(body.code ?? "ok");
    tally.set(code, (tally.get(code) ?? 0) + 1);
  }
  return tally;
}

describe("lockouts hold under concurrency", () => {
  it("passwords: 250 wrong guesses at once evaluate at most 100, then the right one is refused", async () => {
    const user = await registerViaApi();
    const before = await attemptsIn(user.id, "Password");
    const guesses = Array.from({ length: 250 }, async () => {
      const client = new TestClient();
      await api.start(client, "SignIn");
      return api.password(client, user.username, "not-the-password");
    });
    const results = await Promise.all(guesses);
    const evaluated = (await attemptsIn(user.id, "Password")) - before;
    expect(evaluated).toBeLessThanOrEqual(PASSWORD_POOL.maxAttempts);
    expect(await auditCount(user.id, "sign_in.failed")).toBe(evaluated);
    const tally = codes(results);
    expect(tally.get("session.invalid_credentials")).toBe(PASSWORD_POOL.maxAttempts - 1);
    expect(tally.get(BLOCKED)).toBe(250 - PASSWORD_POOL.maxAttempts + 1);
    const client = new TestClient();
    await api.start(client, "SignIn");
    expect((await api.password(client, user.username, user.password)).body.code).toBe(BLOCKED);
  });

  it("TOTP: 120 flows guessing at once evaluate at most the limit; the right code is then refused", async () => {
    const user = await registerWithTotp();
    const flows = await signInFlows(user, 120);
    const results = await Promise.all(
      flows.map((flow) => mfaApi.totpVerify(flow, { code: "000000" })),
    );
    const evaluated = await attemptsIn(user.id, "mfa:Totp");
    expect(evaluated).toBeLessThanOrEqual(LIMIT);
    expect(await auditCount(user.id, "mfa.verification_failed")).toBe(evaluated);
    expect(codes(results).get(BLOCKED)).toBe(120 - LIMIT + 1);
    const [late] = await signInFlows(user, 1);
    const refused = await mfaApi.totpVerify(late as TestClient, { code: codeFor(user.secret, 1) });
    expect(refused.body).toMatchObject({ code: BLOCKED, data: { factor: "Totp" } });
    expect((await api.submit(late as TestClient)).status).toBe(403);
  });

  it("backup codes: 60 flows guessing at once evaluate at most the limit; a real code is then refused", async () => {
    const user = await registerWithTotp();
    const flows = await signInFlows(user, 60);
    const results = await Promise.all(
      flows.map((flow) => mfaApi.backupVerify(flow, "aaaaa-aaaaa")),
    );
    expect(await attemptsIn(user.id, "mfa:BackupCode")).toBeLessThanOrEqual(LIMIT);
    expect(codes(results).get(BLOCKED)).toBe(60 - LIMIT + 1);
    const [late] = await signInFlows(user, 1);
    const refused = await mfaApi.backupVerify(late as TestClient, user.codes[0] ?? "");
    expect(refused.body.code).toBe(BLOCKED);
    const unused = await getDb().backupCode.count({
      where: { usedAt: null, factor: { userId: user.id } },
    });
    expect(unused).toBe(user.codes.length);
  });

  it("passkeys: 30 forged assertions at once evaluate at most the limit; the device is then refused", async () => {
    const user = await passkeyUser();
    const forger = new SoftAuthenticator(user.id, user.device.rp);
    const flows = await signInFlows(user, 30);
    const started = await Promise.all(
      flows.map(async (flow) => ({ flow, body: (await webAuthnApi.authentication(flow)).body })),
    );
    const results = await Promise.all(
      started.map(({ flow, body }) => {
        const { verificationId, authenticationOptions } = body as {
          verificationId: string;
          authenticationOptions: { challenge: string };
        };
        const forged = user.device.get({
          challenge: authenticationOptions.challenge,
          signWith: forger.keys.privateKey,
        });
        return webAuthnApi.authenticationVerify(flow, verificationId, forged);
      }),
    );
    expect(await attemptsIn(user.id, "mfa:WebAuthn")).toBeLessThanOrEqual(LIMIT);
    expect(codes(results).get(BLOCKED)).toBe(30 - LIMIT + 1);
    const [late] = await signInFlows(user, 1);
    expect((await webAuthnApi.authentication(late as TestClient)).body.code).toBe(BLOCKED);
  });

  it("one flow: 50 parallel wrong codes evaluate at most 5, and every evaluated failure counts", async () => {
    await saveSettings({ sentinelPolicy: { maxAttempts: 100, lockoutDuration: 60 } });
    const user = await registerWithTotp();
    const [flow] = await signInFlows(user, 1);
    const results = await Promise.all(
      Array.from({ length: 50 }, () => mfaApi.totpVerify(flow as TestClient, { code: "000000" })),
    );
    const tally = codes(results);
    expect(tally.get("session.mfa.invalid_totp_code")).toBe(5);
    expect(tally.get("session.mfa.too_many_attempts")).toBe(45);
    expect(await attemptsIn(user.id, "mfa:Totp")).toBe(5);
    const row = await getDb().experienceFlow.findFirstOrThrow({
      where: { userId: user.id, status: "active" },
      orderBy: { createdAt: "desc" },
    });
    expect(row.mfaFailures).toBe(5);
    const right = await mfaApi.totpVerify(flow as TestClient, { code: codeFor(user.secret, 1) });
    expect(right.body.code).toBe("session.mfa.too_many_attempts");
  });

  it("one flow: right proofs racing wrong ones give back exactly their own slots", async () => {
    await saveSettings({ sentinelPolicy: { maxAttempts: 100, lockoutDuration: 60 } });
    const user = await registerWithTotp();
    const [flow] = await signInFlows(user, 1);
    const results = await Promise.all([
      mfaApi.totpVerify(flow as TestClient, { code: codeFor(user.secret, 1) }),
      mfaApi.backupVerify(flow as TestClient, user.codes[0] ?? ""),
      mfaApi.totpVerify(flow as TestClient, { code: "000000" }),
      mfaApi.totpVerify(flow as TestClient, { code: "000000" }),
    ]);
    // Both right proofs may pass, or one may lose the flow's version race (session.conflict):
    // a proof whose save lost keeps its slot counted, like every failure.
    const passed = results.filter((r) => r.status === 200).length;
    expect(passed).toBeGreaterThanOrEqual(1);
    expect(results.slice(2).map((r) => r.body.code)).toEqual([
      "session.mfa.invalid_totp_code",
      "session.mfa.invalid_totp_code",
    ]);
    const row = await getDb().experienceFlow.findFirstOrThrow({
      where: { userId: user.id, status: "active" },
      orderBy: { createdAt: "desc" },
    });
    expect(row.mfaFailures).toBe(results.length - passed);
  });
});
