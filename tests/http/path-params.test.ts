// Ids in paths are validated by the contracts' params schemas: an odd id is refused as
// guard.invalid_input before any lookup, an unknown one is entity.not_found, never a 500 (a NUL
// byte, say, reaching PostgreSQL).
import { beforeAll, describe, expect, it } from "vitest";
import * as application from "@/app/api/applications/[id]/route";
import * as applicationSecret from "@/app/api/applications/[id]/secret/route";
import * as ownFactor from "@/app/api/my-account/mfa-verifications/[verificationId]/route";
import * as mfaSettings from "@/app/api/users/[userId]/mfa-settings/route";
import * as oneFactor from "@/app/api/users/[userId]/mfa-verifications/[verificationId]/route";
import * as factors from "@/app/api/users/[userId]/mfa-verifications/route";
import * as user from "@/app/api/users/[userId]/route";
import * as trustedDevice from "@/app/api/users/[userId]/trusted-devices/[deviceId]/route";
import * as trustedDevices from "@/app/api/users/[userId]/trusted-devices/route";
import { accountContracts } from "@/lib/account/contracts";
import type { Contract } from "@/lib/api/contract";
import { pathParamNames } from "@/lib/api/route";
import { getApplication } from "@/lib/applications/find-applications";
import { apiContracts } from "@/lib/management/api-document";
import { contracts } from "@/lib/management/contracts";
import { getUser } from "@/lib/users/get-user";
import type { TestClient } from "../helpers/client";
import { migrateTestDatabase, registerViaApi } from "../helpers/experience";
import { callApi, newKey } from "../helpers/management";

const ODD = [
  "x".repeat(65),
  "a b",
  "nul\u0000byte",
  "tab\there",
  "cr\r\nlf",
  "back\\slash",
  "..%2F..",
  "lone\ud800surrogate",
  "ünï",
  "%E0%A4%A",
];
const UNKNOWN = ["missing", "00000000-0000-0000-0000-000000000000"];

let key = "";
let account: TestClient;
beforeAll(async () => {
  await migrateTestDatabase();
  key = (await newKey()).key;
  account = (await registerViaApi()).client;
});

type Handler = Parameters<TestClient["call"]>[0];
const management: [Contract, Handler, unknown?][] = [
  [contracts.getUser, user.GET],
  [contracts.updateUser, user.PATCH, { name: "x" }],
  [contracts.deleteUser, user.DELETE],
  [contracts.listMfaVerifications, factors.GET],
  [contracts.createMfaVerification, factors.POST, { type: "BackupCode" }],
  [contracts.getMfaSettings, mfaSettings.GET],
  [contracts.updateMfaSettings, mfaSettings.PATCH, { required: true }],
  [contracts.deleteMfaVerification, oneFactor.DELETE],
  [contracts.listTrustedDevices, trustedDevices.GET],
  [contracts.deleteTrustedDevice, trustedDevice.DELETE],
  [contracts.getApplication, application.GET],
  [contracts.updateApplication, application.PATCH, { name: "x" }],
  [contracts.deleteApplication, application.DELETE],
  [contracts.rotateApplicationSecret, applicationSecret.POST],
];

function expectRefused(result: { status: number; body: { code?: string } }, odd: boolean) {
  expect(result.status).toBe(odd ? 400 : 404);
  expect(result.body.code).toBe(odd ? "guard.invalid_input" : "entity.not_found");
}

describe("ids in Management API paths", () => {
  it.each([...ODD.map((id) => [id, true] as const), ...UNKNOWN.map((id) => [id, false] as const)])(
    "%j answers 400 or 404",
    async (id, odd) => {
      for (const [contract, handler, body] of management) {
        const params = { userId: id, verificationId: id, deviceId: id, id };
        const result = await callApi(contract, handler, key, { params, body });
        expect(contract.errors, contract.path).toContain(result.body.code);
        expectRefused(result, odd);
      }
    },
  );

  it("every contract validates each of its path's parameters", () => {
    for (const contract of Object.values(apiContracts) as Contract[]) {
      const names = pathParamNames(contract.path);
      if (names.length === 0) continue;
      const shape = (contract.params as { shape?: Record<string, unknown> } | undefined)?.shape;
      expect(Object.keys(shape ?? {}).sort(), contract.path).toEqual(names.sort());
    }
  });

  it("documents the ids as constrained path parameters", async () => {
    const { apiDocument } = await import("@/lib/management/api-document");
    const op = apiDocument().paths["/api/users/{userId}/mfa-verifications/{verificationId}"]
      ?.delete as { parameters: { name: string; schema: { pattern?: string } }[] };
    expect(op.parameters.map((p) => [p.name, typeof p.schema.pattern])).toEqual([
      ["userId", "string"],
      ["verificationId", "string"],
    ]);
  });
});

describe("ids in console page paths", () => {
  it("a NUL byte, which no PostgreSQL text holds, finds no user and no application", async () => {
    expect(await getUser("nul\u0000byte")).toBeNull();
    await expect(getApplication("nul\u0000byte")).rejects.toMatchObject({
      code: "entity.not_found",
    });
  });
});

describe("ids in account API paths", () => {
  const path = "/api/my-account/mfa-verifications/x";
  it.each(ODD)("%j is refused as input", async (id) => {
    const params = { verificationId: id };
    const renamed = await account.call(ownFactor.PATCH, "PATCH", path, {
      params,
      body: { name: "n" },
    });
    expectRefused(renamed, true);
    expectRefused(await account.call(ownFactor.DELETE, "DELETE", path, { params }), true);
  });

  it.each(UNKNOWN)("%j is not found", async (id) => {
    const params = { verificationId: id };
    const renamed = await account.call(ownFactor.PATCH, "PATCH", path, {
      params,
      body: { name: "n" },
    });
    expectRefused(renamed, false);
    expect(accountContracts.renameOwnMfaVerification.errors).toContain(renamed.body.code);
  });
});
