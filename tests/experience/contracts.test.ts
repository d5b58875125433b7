// The sign-in flow API is declared by its contracts: every handler under app/api/experience is
// one, documented under "Sign-in flow" with the flow cookie, and what each step answers is what
// its response schema describes, with every field the pages and custom UIs read.
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Contract } from "@/lib/api/contract";
import { experienceContracts } from "@/lib/experience/contracts";
import { flowCookieName } from "@/lib/http/cookies";
import { apiDocument } from "@/lib/management/api-document";
import { type CallResult, TestClient } from "../helpers/client";
import { api, migrateTestDatabase, startRegistration } from "../helpers/experience";
import { codeFor, mfaApi, registerWithTotp, setMfa, webAuthnApi } from "../helpers/mfa";

beforeAll(migrateTestDatabase);
beforeEach(() => setMfa(["Totp", "WebAuthn", "BackupCode"]));

const dir = path.resolve(import.meta.dirname, "../../app/api/experience");
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"];
const contracts: Record<string, Contract> = experienceContracts;

function routeFiles(at: string): string[] {
  return readdirSync(at).flatMap((entry) => {
    const full = path.join(at, entry);
    if (statSync(full).isDirectory()) return routeFiles(full);
    return entry === "route.ts" ? [full] : [];
  });
}

/** The answer's body parses through the schema unchanged: the schema describes all of it. */
function answers(result: CallResult, contract: Contract) {
  expect(result.status, JSON.stringify(result.body)).toBe(contract.status);
  expect(contract.response?.parse(result.body)).toEqual(result.body);
}

describe("the sign-in flow contracts", () => {
  it("declare every handler under app/api/experience, with the flow cookie", async () => {
    const declared = Object.values(contracts).map((c) => `${c.method} ${c.path}`);
    const handlers: string[] = [];
    for (const file of routeFiles(dir)) {
      const route = `/api/experience/${path.relative(dir, path.dirname(file))}`.replace(/\/$/, "");
      const module = (await import(file)) as Record<string, unknown>;
      for (const method of METHODS.filter((m) => typeof module[m] === "function"))
        handlers.push(`${method.toLowerCase()} ${route}`);
    }
    expect(handlers.sort()).toEqual(declared.sort());

    const doc = apiDocument();
    expect(doc.components.securitySchemes.flowCookie).toMatchObject({
      in: "cookie",
      name: flowCookieName(),
    });
    for (const [id, contract] of Object.entries(contracts)) {
      const op = doc.paths[contract.path]?.[contract.method] as Record<string, unknown>;
      expect(op, id).toMatchObject({
        operationId: id,
        tags: ["Sign-in flow"],
        security: [{ flowCookie: [] }],
      });
      expect(Object.keys(op.responses as object)).toContain(String(contract.status));
    }
  });

  it("answer registration's steps as their schemas say, secrets and codes included", async () => {
    const c = experienceContracts;
    const { client } = await startRegistration();
    const interaction = await api.interaction(client);
    answers(interaction, c.getInteraction);
    expect(interaction.body).toMatchObject({ event: "Register", identified: true, user: null });

    const secret = await mfaApi.totpSecret(client);
    answers(secret, c.createTotpSecret);
    expect(secret.body.otpauthUri).toMatch(/^otpauth:\/\/totp\//);
    expect(secret.body.secretQrCode).toMatch(/^data:image\/png;base64,/);
    const verified = await mfaApi.totpVerify(client, {
      code: codeFor(secret.body.secret as string),
      verificationId: secret.body.verificationId,
    });
    answers(verified, c.verifyTotp);
    expect((await mfaApi.bind(client, "Totp", secret.body.verificationId)).status).toBe(204);

    const passkey = await webAuthnApi.registration(client);
    answers(passkey, c.startWebAuthnRegistration);
    expect(passkey.body.registrationOptions).toHaveProperty("challenge");

    const codes = await mfaApi.backupGenerate(client);
    answers(codes, c.generateBackupCodes);
    expect(codes.body.codes).toHaveLength(10);
    await mfaApi.bind(client, "BackupCode", codes.body.verificationId);

    const submitted = await api.submit(client);
    answers(submitted, c.submit);
    expect(submitted.body.redirectTo).toMatch(/\/api\/experience\/complete$/);
  });

  it("answer sign-in's steps as their schemas say", async () => {
    const c = experienceContracts;
    const user = await registerWithTotp();
    const client = new TestClient();
    const started = await api.start(client, "SignIn");
    answers(started, c.startFlow);
    expect(started.body.event).toBe("SignIn");
    const password = await api.password(client, user.username, user.password);
    answers(password, c.verifyPassword);
    const identified = await api.identify(client, password.body.verificationId);
    expect(identified.status).toBe(c.identify.status);
    expect(identified.headers.getSetCookie().join()).toContain(`${flowCookieName()}=`);

    const spent = await mfaApi.backupVerify(client, user.codes[0] ?? "");
    answers(spent, c.verifyBackupCode);
    expect(spent.body.remaining).toBe(9);

    const challenge = await webAuthnApi.authentication(client);
    answers(challenge, c.startWebAuthnAuthentication);
    expect(challenge.body.authenticationOptions).toHaveProperty("challenge");

    const interaction = await api.interaction(client);
    answers(interaction, c.getInteraction);
    expect(interaction.body).toMatchObject({
      identified: true,
      user: { username: user.username },
    });
    // Identity proofs carry no id; the factor records do.
    const records = interaction.body.verifications as { id?: string; type: string }[];
    expect(records.find((r) => r.type === "Password")).toEqual({ type: "Password" });
    expect(records.find((r) => r.type === "BackupCode")?.id).toEqual(expect.any(String));

    answers(await api.submit(client), c.submit);
    const completed = await api.complete(client);
    expect(completed.status).toBe(c.complete.status);
    expect(completed.headers.get("location")).toMatch(/\/account$/);
  });

  it("refuse with documented codes", async () => {
    const refused = await api.submit(new TestClient());
    expect(refused.status).toBe(404);
    expect(experienceContracts.submit.errors).toContain(refused.body.code);
  });
});
