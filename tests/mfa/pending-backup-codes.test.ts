// A generated backup-code set stays the flow's set until it is bound: asking again returns the
// same codes (a reloaded page shows what the user may already have saved), never in plain text
// in the database, and binding drops the sealed copy.
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { TestClient } from "../helpers/client";
import { api, migrateTestDatabase, startRegistration } from "../helpers/experience";
import { codeFor, mfaApi, passwordStep, setMfa } from "../helpers/mfa";

beforeAll(migrateTestDatabase);
beforeEach(() => setMfa(["Totp", "WebAuthn", "BackupCode"]));

async function flowRow(userIdOrNull: string | null) {
  const rows = await getDb().experienceFlow.findMany({
    where: { userId: userIdOrNull },
    orderBy: { createdAt: "desc" },
    take: 1,
  });
  return rows[0]?.data ?? "";
}

describe("a generated backup-code set", () => {
  it("is the same set until bound, then the bound set signs in", async () => {
    const { client, username, password } = await startRegistration();
    const issued = await mfaApi.totpSecret(client);
    const secret = issued.body.secret as string;
    await mfaApi.totpVerify(client, {
      code: codeFor(secret),
      verificationId: issued.body.verificationId,
    });
    await mfaApi.bind(client, "Totp", issued.body.verificationId);

    const first = await mfaApi.backupGenerate(client);
    const again = await mfaApi.backupGenerate(client);
    expect(again.body).toEqual(first.body);
    const codes = first.body.codes as string[];
    expect(codes).toHaveLength(10);
    const stored = await getDb().experienceFlow.findMany({ select: { data: true } });
    for (const code of codes) expect(stored.some((f) => f.data.includes(code))).toBe(false);

    expect((await mfaApi.bind(client, "BackupCode", first.body.verificationId)).status).toBe(204);
    const afterBind = await getDb().experienceFlow.findMany({ select: { data: true } });
    expect(afterBind.some((f) => f.data.includes('"sealedCodes"'))).toBe(false);
    expect((await api.submit(client)).status).toBe(200);
    await api.complete(client);

    const signIn = new TestClient();
    await passwordStep(signIn, username, password);
    expect((await mfaApi.backupVerify(signIn, codes[3] ?? "")).status).toBe(200);
  });

  it("binding one set and generating again gives a new set", async () => {
    const { client } = await startRegistration();
    const issued = await mfaApi.totpSecret(client);
    await mfaApi.totpVerify(client, {
      code: codeFor(issued.body.secret as string),
      verificationId: issued.body.verificationId,
    });
    await mfaApi.bind(client, "Totp", issued.body.verificationId);
    const first = await mfaApi.backupGenerate(client);
    await mfaApi.bind(client, "BackupCode", first.body.verificationId);
    const second = await mfaApi.backupGenerate(client);
    expect(second.body.verificationId).not.toBe(first.body.verificationId);
    expect(second.body.codes).not.toEqual(first.body.codes);
    expect(await flowRow(null)).toContain('"sealedCodes"');
  });
});
