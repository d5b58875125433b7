// Every policy at registration and sign-in, skips, admin-required users, and factor changes
// that must send the user back to enrollment.
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import type { MfaPolicy } from "@/lib/mfa/factor-types";
import { TestClient } from "../helpers/client";
import { api, migrateTestDatabase, newUserInput, registerViaApi } from "../helpers/experience";
import { codeFor, enrollTotp, mfaApi, passwordStep, setMfa } from "../helpers/mfa";

beforeAll(migrateTestDatabase);
beforeEach(() => setMfa(["Totp", "WebAuthn", "BackupCode"]));

async function registerUntilSubmit(input = newUserInput()) {
  const client = new TestClient();
  await api.start(client, "Register");
  const v = await api.newIdentity(client, {
    identifier: { type: "username", value: input.username },
    password: input.password,
  });
  await api.identify(client, v.body.verificationId);
  return { client, input };
}

describe("registration under each policy", () => {
  const cases: [MfaPolicy, string | null][] = [
    ["PromptAtSignInAndSignUp", "user.suggest_mfa"],
    ["PromptOnlyAtSignIn", null],
    ["NoPrompt", null],
    ["Mandatory", "user.missing_mfa"],
  ];
  it.each(cases)("%s → %s", async (policy, code) => {
    await setMfa(["Totp", "WebAuthn", "BackupCode"], policy);
    const { client, input } = await registerUntilSubmit();
    const submitted = await api.submit(client);
    if (code === null) {
      expect(submitted.status).toBe(200);
      return;
    }
    expect(submitted.status).toBe(422);
    expect(submitted.body.code).toBe(code);
    expect(submitted.body.data?.availableFactors).toEqual(["Totp", "WebAuthn"]);
    expect(await getDb().user.count({ where: { username: input.username } })).toBe(0);
  });

  it("enrolls TOTP and backup codes, storing them with the new user at completion", async () => {
    const { client, input } = await registerUntilSubmit();
    const issued = await mfaApi.totpSecret(client);
    expect(issued.status).toBe(200);
    expect(issued.body.secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(issued.body.secretQrCode).toMatch(/^data:image\/png;base64,/);
    const wrong = await mfaApi.totpVerify(client, {
      code: "000000",
      verificationId: issued.body.verificationId,
    });
    expect(wrong.body.code).toBe("session.mfa.invalid_totp_code");
    const secret = issued.body.secret as string;
    expect(
      (
        await mfaApi.totpVerify(client, {
          code: codeFor(secret),
          verificationId: issued.body.verificationId,
        })
      ).status,
    ).toBe(200);
    expect((await mfaApi.bind(client, "Totp", issued.body.verificationId)).status).toBe(204);
    const needsCodes = await api.submit(client);
    expect(needsCodes.status).toBe(422);
    expect(needsCodes.body.code).toBe("session.mfa.backup_code_required");
    const generated = await mfaApi.backupGenerate(client);
    expect(generated.body.codes).toHaveLength(10);
    expect((await mfaApi.bind(client, "BackupCode", generated.body.verificationId)).status).toBe(
      204,
    );
    expect((await api.submit(client)).status).toBe(200);
    const user = await getDb().user.findUniqueOrThrow({
      where: { username: input.username },
      include: { factors: { include: { codes: true } } },
    });
    expect(user.factors.map((f) => f.type).sort()).toEqual(["BackupCode", "Totp"]);
    const totp = user.factors.find((f) => f.type === "Totp");
    expect(totp?.secret).not.toContain(secret);
    const codes = user.factors.find((f) => f.type === "BackupCode")?.codes ?? [];
    expect(codes).toHaveLength(10);
    for (const code of codes) expect(code.hash).toMatch(/^\$argon2id\$/);
  });

  it("refuses to bind backup codes as the only factor", async () => {
    const { client } = await registerUntilSubmit();
    const generated = await mfaApi.backupGenerate(client);
    const bound = await mfaApi.bind(client, "BackupCode", generated.body.verificationId);
    expect(bound.status).toBe(422);
    expect(bound.body.code).toBe("session.mfa.backup_code_can_not_be_alone");
  });

  it("refuses to bind a TOTP secret that was never verified", async () => {
    const { client } = await registerUntilSubmit();
    const issued = await mfaApi.totpSecret(client);
    const bound = await mfaApi.bind(client, "Totp", issued.body.verificationId);
    expect(bound.status).toBe(400);
    expect(bound.body.code).toBe("session.mfa.verification_not_verified");
  });
});

describe("skip", () => {
  it("is remembered for the user under prompt policies", async () => {
    const { client, input } = await registerUntilSubmit();
    expect((await mfaApi.skip(client)).status).toBe(204);
    expect((await api.submit(client)).status).toBe(200);
    expect(
      (await getDb().user.findUniqueOrThrow({ where: { username: input.username } })).mfaSkipped,
    ).toBe(true);
    const again = new TestClient();
    await passwordStep(again, input.username, input.password);
    expect((await api.submit(again)).status).toBe(200);
  });

  it("is refused under Mandatory, which also overrides an earlier skip", async () => {
    const { client, input } = await registerUntilSubmit();
    await mfaApi.skip(client);
    await api.submit(client);
    await setMfa(["Totp", "BackupCode"], "Mandatory");
    const later = new TestClient();
    await passwordStep(later, input.username, input.password);
    const submitted = await api.submit(later);
    expect(submitted.status).toBe(422);
    expect(submitted.body).toMatchObject({
      code: "user.missing_mfa",
      data: { availableFactors: ["Totp"] },
    });
    const skipped = await mfaApi.skip(later);
    expect(skipped.status).toBe(422);
    expect(skipped.body.code).toBe("session.mfa.mfa_policy_not_user_controlled");
  });

  it("is refused for a user an admin marked as required, whatever the policy", async () => {
    await setMfa(["Totp", "BackupCode"], "NoPrompt");
    const user = await registerViaApi();
    await getDb().user.update({
      where: { id: user.id },
      data: { mfaRequired: true, mfaSkipped: true },
    });
    const client = new TestClient();
    await passwordStep(client, user.username, user.password);
    expect((await api.submit(client)).body.code).toBe("user.missing_mfa");
    expect((await mfaApi.skip(client)).body.code).toBe(
      "session.mfa.mfa_policy_not_user_controlled",
    );
  });
});

describe("sign-in under each policy for a user without factors", () => {
  const cases: [MfaPolicy, string | null][] = [
    ["PromptAtSignInAndSignUp", "user.suggest_mfa"],
    ["PromptOnlyAtSignIn", "user.suggest_mfa"],
    ["NoPrompt", null],
    ["Mandatory", "user.missing_mfa"],
  ];
  it.each(cases)("%s → %s", async (policy, code) => {
    await setMfa([], "PromptAtSignInAndSignUp");
    const user = await registerViaApi();
    await setMfa(["Totp", "BackupCode"], policy);
    const client = new TestClient();
    await passwordStep(client, user.username, user.password);
    const submitted = await api.submit(client);
    expect(submitted.body.code ?? null).toBe(code);
  });
});

describe("factor changes", () => {
  it("asks for verification of stored factors, then enrollment again once an admin removes them", async () => {
    const { client, input } = await registerUntilSubmit();
    const { secret } = await enrollTotp(client);
    await api.submit(client);
    const next = new TestClient();
    await passwordStep(next, input.username, input.password);
    const submitted = await api.submit(next);
    expect(submitted.status).toBe(403);
    expect(submitted.body).toMatchObject({
      code: "session.mfa.require_mfa_verification",
      data: { availableFactors: ["Totp", "BackupCode"] },
    });
    expect((await mfaApi.totpVerify(next, { code: codeFor(secret, 1) })).status).toBe(200);
    expect((await api.submit(next)).status).toBe(200);

    const user = await getDb().user.findUniqueOrThrow({ where: { username: input.username } });
    await getDb().mfaFactor.deleteMany({ where: { userId: user.id } });
    const afterReset = new TestClient();
    await passwordStep(afterReset, input.username, input.password);
    expect((await api.submit(afterReset)).body.code).toBe("user.suggest_mfa");
  });

  it("neither offers nor accepts a factor type that was switched off", async () => {
    const { client, input } = await registerUntilSubmit();
    const { secret } = await enrollTotp(client);
    await api.submit(client);
    await setMfa(["WebAuthn"], "PromptAtSignInAndSignUp");
    const next = new TestClient();
    await passwordStep(next, input.username, input.password);
    const verify = await mfaApi.totpVerify(next, { code: codeFor(secret) });
    expect(verify.status).toBe(400);
    expect(verify.body.code).toBe("session.mfa.factor_not_enabled");
    const submitted = await api.submit(next);
    expect(submitted.body).toMatchObject({
      code: "user.suggest_mfa",
      data: { availableFactors: ["WebAuthn"] },
    });
  });
});
