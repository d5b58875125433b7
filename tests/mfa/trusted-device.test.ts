// "Remember this device": a browser that chose it after a TOTP or passkey proof skips the
// policy's second factor for that one user (Mandatory and admin-required included) until it
// expires or is revoked; anything else a browser presents is ignored, and only the secret's
// hash is stored.
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import * as ownDevice from "@/app/api/my-account/trusted-devices/[deviceId]/route";
import * as ownDevices from "@/app/api/my-account/trusted-devices/route";
import * as signInExp from "@/app/api/sign-in-exp/route";
import * as userOne from "@/app/api/users/[userId]/route";
import * as deviceOne from "@/app/api/users/[userId]/trusted-devices/[deviceId]/route";
import * as deviceList from "@/app/api/users/[userId]/trusted-devices/route";
import { readMfaForm } from "@/components/console/mfa-settings/read-mfa-form";
import { AppError } from "@/lib/core/errors";
import { sha256 } from "@/lib/crypto/tokens";
import { getDb } from "@/lib/db/client";
import { trustedDeviceCookieName } from "@/lib/http/cookies";
import { contracts } from "@/lib/management/contracts";
import type { MfaPolicy } from "@/lib/mfa/factor-types";
import { revokeAllSessions } from "@/lib/sessions/revoke-all";
import { getSettings, saveSettings } from "@/lib/settings/store";
import { updateMfaSettings } from "@/lib/settings/update-mfa";
import { resetMfa } from "@/lib/users/mfa/manage-factors";
import { TestClient } from "../helpers/client";
import { auditTypes } from "../helpers/db-state";
import { api, migrateTestDatabase, registerViaApi } from "../helpers/experience";
import { callApi, newKey } from "../helpers/management";
import { codeFor, mfaApi, passwordStep, registerWithTotp, setMfa } from "../helpers/mfa";

let key = "";
beforeAll(async () => {
  await migrateTestDatabase();
  key = (await newKey()).key;
});

async function allow(enabled = true, days = 30, policy: MfaPolicy = "Mandatory") {
  await setMfa(["Totp", "WebAuthn", "BackupCode"], policy);
  await saveSettings({ trustedDevice: { enabled, days } });
}
beforeEach(() => allow());

type TotpUser = Awaited<ReturnType<typeof registerWithTotp>>;

/** A browser that signed `user` in with TOTP and chose to remember itself. */
async function rememberedBrowser(user: TotpUser, client = new TestClient()) {
  // A second browser in the same 30 s would replay the code: let this one's step pass again.
  await getDb().mfaFactor.updateMany({
    where: { userId: user.id, type: "Totp" },
    data: { lastUsedStep: null },
  });
  await passwordStep(client, user.username, user.password);
  expect((await mfaApi.totpVerify(client, { code: codeFor(user.secret, 1) })).status).toBe(200);
  const submitted = await api.submit(client, { body: { rememberDevice: true } });
  expect(submitted.status).toBe(200);
  expect((await api.complete(client)).status).toBe(303);
  return client;
}

/** Password step then submit, in `client`: 200 when the device skipped the second factor. */
async function signInAgain(client: TestClient, user: { username: string; password: string }) {
  await passwordStep(client, user.username, user.password);
  return api.submit(client);
}

const deviceOf = (userId: string) => getDb().trustedDevice.findFirstOrThrow({ where: { userId } });

describe("remembering a device", () => {
  it("stores only the secret's hash and sets a per-user HttpOnly cookie", async () => {
    const user = await registerWithTotp();
    const client = await rememberedBrowser(user);
    const name = trustedDeviceCookieName(user.id);
    const token = client.cookies.get(name) ?? "";
    expect(token).toMatch(/^[\w-]{43}$/);
    const device = await deviceOf(user.id);
    expect(device.secretHash).toBe(sha256(token));
    const stored = JSON.stringify(await getDb().trustedDevice.findMany());
    expect(stored).not.toContain(token);
    expect(JSON.stringify(await getDb().auditEvent.findMany())).not.toContain(token);
    const days = (device.expiresAt.getTime() - device.createdAt.getTime()) / 86_400_000;
    expect(Math.round(days)).toBe(30);
    expect(await auditTypes(user.id)).toContain("mfa.device_trusted");
  });

  it("sets the cookie HttpOnly and SameSite=Lax on the completing response", async () => {
    const user = await registerWithTotp();
    const client = new TestClient();
    await passwordStep(client, user.username, user.password);
    await mfaApi.totpVerify(client, { code: codeFor(user.secret, 1) });
    await api.submit(client, { body: { rememberDevice: true } });
    const completed = await api.complete(client);
    const line = completed.headers
      .getSetCookie()
      .find((l) => l.startsWith(`${trustedDeviceCookieName(user.id)}=`));
    expect(line).toMatch(/HttpOnly/i);
    expect(line).toMatch(/SameSite=Lax/i);
    expect(line).toMatch(/Path=\//);
  });

  it.each([
    ["Mandatory", false],
    ["NoPrompt", true],
  ] as const)(
    "skips the second factor later (%s, admin-required: %s)",
    async (policy, required) => {
      await allow(true, 30, policy);
      const user = await registerWithTotp();
      if (required)
        await getDb().user.update({ where: { id: user.id }, data: { mfaRequired: true } });
      const client = await rememberedBrowser(user);
      const again = await signInAgain(client, user);
      expect(again.status).toBe(200);
      const flow = await api.interaction(client);
      expect(flow.body.verifications).toContainEqual(
        expect.objectContaining({ type: "TrustedDevice" }),
      );
      expect((await api.complete(client)).status).toBe(303);
      const session = await getDb().session.findFirstOrThrow({
        where: { userId: user.id },
        orderBy: { createdAt: "desc" },
      });
      expect(JSON.parse(session.amr ?? "[]")).toEqual(["pwd"]);
      expect((await deviceOf(user.id)).lastUsedAt).not.toBeNull();
      expect(await auditTypes(user.id)).toContain("mfa.trusted_device_used");
    },
  );

  it("keeps two users' devices apart in one browser", async () => {
    const alice = await registerWithTotp();
    const bob = await registerWithTotp();
    const client = await rememberedBrowser(alice);
    await rememberedBrowser(bob, client);
    expect((await signInAgain(client, alice)).status).toBe(200);
    expect((await signInAgain(client, bob)).status).toBe(200);
  });
});

describe("what is ignored", () => {
  it("another user's device cookie", async () => {
    const alice = await registerWithTotp();
    const bob = await registerWithTotp();
    const aliceBrowser = await rememberedBrowser(alice);
    const client = new TestClient();
    const stolen = aliceBrowser.cookies.get(trustedDeviceCookieName(alice.id)) ?? "";
    client.cookies.set(trustedDeviceCookieName(bob.id), stolen);
    client.cookies.set(trustedDeviceCookieName(alice.id), stolen);
    const submitted = await signInAgain(client, bob);
    expect(submitted.body.code).toBe("session.mfa.require_mfa_verification");
  });

  it("an expired device", async () => {
    const user = await registerWithTotp();
    const client = await rememberedBrowser(user);
    await getDb().trustedDevice.updateMany({
      where: { userId: user.id },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expect((await signInAgain(client, user)).body.code).toBe(
      "session.mfa.require_mfa_verification",
    );
  });

  it("a revoked device (Management API), and a device revoked after identification", async () => {
    const user = await registerWithTotp();
    const client = await rememberedBrowser(user);
    const listed = await callApi(contracts.listTrustedDevices, deviceList.GET, key, {
      path: `/api/users/${user.id}/trusted-devices`,
      params: { userId: user.id },
    });
    expect(listed.status).toBe(200);
    const devices = listed.body as unknown as { id: string; label: string }[];
    expect(devices).toHaveLength(1);
    expect(Object.keys(devices[0] ?? {}).sort()).toEqual(
      ["createdAt", "expiresAt", "id", "ip", "label", "lastUsedAt"].sort(),
    );
    // Identified while the device was live, then revoked before submit.
    await passwordStep(client, user.username, user.password);
    const id = devices[0]?.id ?? "";
    const removed = await callApi(contracts.deleteTrustedDevice, deviceOne.DELETE, key, {
      path: `/api/users/${user.id}/trusted-devices/${id}`,
      params: { userId: user.id, deviceId: id },
    });
    expect(removed.status).toBe(204);
    expect((await api.submit(client)).body.code).toBe("session.mfa.require_mfa_verification");
    expect((await signInAgain(client, user)).body.code).toBe(
      "session.mfa.require_mfa_verification",
    );
    expect(await auditTypes(user.id)).toContain("mfa.trusted_device_revoked");
  });

  it.each([
    ["random", "Zm9yZ2VkLWRldmljZS1zZWNyZXQtdGhhdC1pcy00My1jaGFycw"],
    ["empty-ish", "x"],
    ["percent", "%"],
    ["broken escape", "%E0%A4%A"],
    ["backslash", "a\\\\b"],
    ["encoded slash", "..%2F..%2F"],
    ["very long", "a".repeat(5000)],
  ])("a forged cookie (%s)", async (_label, value) => {
    const user = await registerWithTotp();
    await rememberedBrowser(user);
    const client = new TestClient();
    client.cookies.set(trustedDeviceCookieName(user.id), value);
    const submitted = await signInAgain(client, user);
    expect(submitted.status).toBe(403);
    expect(submitted.body.code).toBe("session.mfa.require_mfa_verification");
  });

  it("every device while the setting is off", async () => {
    const user = await registerWithTotp();
    const client = await rememberedBrowser(user);
    await allow(false);
    expect((await signInAgain(client, user)).body.code).toBe(
      "session.mfa.require_mfa_verification",
    );
    await allow(true);
    expect((await signInAgain(client, user)).status).toBe(200);
  });
});

describe("who may remember", () => {
  async function refused(client: TestClient) {
    const devices = await getDb().trustedDevice.count();
    const submitted = await api.submit(client, { body: { rememberDevice: true } });
    expect(submitted.status).toBe(400);
    expect(submitted.body.code).toBe("session.mfa.trusted_device_not_allowed");
    expect(await getDb().trustedDevice.count()).toBe(devices);
    // Nothing was completed: the same flow still submits without the choice.
    expect((await api.submit(client)).status).toBe(200);
  }

  it("not after a backup code", async () => {
    const user = await registerWithTotp();
    const client = new TestClient();
    await passwordStep(client, user.username, user.password);
    expect((await mfaApi.backupVerify(client, user.codes[0] ?? "")).status).toBe(200);
    await refused(client);
  });

  it("not without a second factor, or while the setting is off", async () => {
    await allow(true, 30, "NoPrompt");
    const plain = await registerViaApi();
    const client = new TestClient();
    await passwordStep(client, plain.username, plain.password);
    await refused(client);

    await allow(false);
    const user = await registerWithTotp();
    const second = new TestClient();
    await passwordStep(second, user.username, user.password);
    await mfaApi.totpVerify(second, { code: codeFor(user.secret, 1) });
    await refused(second);
  });

  it("not from a sign-in the device itself skipped", async () => {
    const user = await registerWithTotp();
    const client = await rememberedBrowser(user);
    await passwordStep(client, user.username, user.password);
    await refused(client);
  });

  it("refuses a rememberDevice that is not a boolean", async () => {
    const user = await registerWithTotp();
    const client = new TestClient();
    await passwordStep(client, user.username, user.password);
    const submitted = await api.submit(client, { body: { rememberDevice: "yes" } });
    expect(submitted.status).toBe(400);
    expect(submitted.body.code).toBe("guard.invalid_input");
  });

  it("50 parallel submits and completions of one flow store one device", async () => {
    const user = await registerWithTotp();
    const client = new TestClient();
    await passwordStep(client, user.username, user.password);
    await mfaApi.totpVerify(client, { code: codeFor(user.secret, 1) });
    const submits = await Promise.all(
      Array.from({ length: 50 }, () => api.submit(client, { body: { rememberDevice: true } })),
    );
    expect(submits.some((s) => s.status === 200)).toBe(true);
    expect(submits.every((s) => s.status < 500)).toBe(true);
    const completes = await Promise.all(Array.from({ length: 50 }, () => api.complete(client)));
    expect(completes.every((c) => c.status === 303)).toBe(true);
    expect(await getDb().trustedDevice.count({ where: { userId: user.id } })).toBe(1);
    expect(await getDb().session.count({ where: { userId: user.id, revokedAt: null } })).toBe(2);
  });
});

describe("revoked with the credentials", () => {
  it("by an MFA reset", async () => {
    const user = await registerWithTotp();
    await rememberedBrowser(user);
    await resetMfa({ userId: user.id, actor: { type: "admin" } });
    expect(await getDb().trustedDevice.count({ where: { userId: user.id } })).toBe(0);
    expect(await auditTypes(user.id)).toContain("mfa.trusted_device_revoked");
  });

  it("by a new password", async () => {
    const user = await registerWithTotp();
    const client = await rememberedBrowser(user);
    const password = `${user.password}-renewed`;
    const changed = await callApi(contracts.updateUser, userOne.PATCH, key, {
      path: `/api/users/${user.id}`,
      params: { userId: user.id },
      body: { password },
    });
    expect(changed.status).toBe(200);
    expect(await getDb().trustedDevice.count({ where: { userId: user.id } })).toBe(0);
    expect((await signInAgain(client, { ...user, password })).body.code).toBe(
      "session.mfa.require_mfa_verification",
    );
  });

  it("by signing out everywhere", async () => {
    const user = await registerWithTotp();
    const client = await rememberedBrowser(user);
    await revokeAllSessions({ userId: user.id, actor: { type: "admin" } });
    expect((await signInAgain(client, user)).body.code).toBe(
      "session.mfa.require_mfa_verification",
    );
  });
});

describe("the setting over the Management API", () => {
  it("reads and changes trustedDevice, refusing days outside 1–365 without a write", async () => {
    await allow(false, 30);
    const read = await callApi(contracts.getSignInExp, signInExp.GET, key);
    expect(read.body.trustedDevice).toEqual({ enabled: false, days: 30 });
    for (const days of [0, 366, 1.5, "30"]) {
      const refused = await callApi(contracts.updateSignInExp, signInExp.PATCH, key, {
        body: { trustedDevice: { enabled: true, days } },
      });
      expect(refused.status).toBe(400);
      expect(refused.body.code).toBe("guard.invalid_input");
    }
    expect((await callApi(contracts.getSignInExp, signInExp.GET, key)).body.trustedDevice).toEqual({
      enabled: false,
      days: 30,
    });
    const changed = await callApi(contracts.updateSignInExp, signInExp.PATCH, key, {
      body: { trustedDevice: { enabled: true, days: 7 } },
    });
    expect(changed.status).toBe(200);
    expect(changed.body.trustedDevice).toEqual({ enabled: true, days: 7 });
    const user = await registerWithTotp();
    await rememberedBrowser(user);
    const device = await deviceOf(user.id);
    expect(Math.round((device.expiresAt.getTime() - device.createdAt.getTime()) / 86_400_000)).toBe(
      7,
    );
  });
});

describe("the account API", () => {
  const own = {
    list: (c: TestClient) => c.call(ownDevices.GET, "GET", "/api/my-account/trusted-devices"),
    removeAll: (c: TestClient, o = {}) =>
      c.call(ownDevices.DELETE, "DELETE", "/api/my-account/trusted-devices", o),
    remove: (c: TestClient, id: string) =>
      c.call(ownDevice.DELETE, "DELETE", `/api/my-account/trusted-devices/${id}`, {
        params: { deviceId: id },
      }),
  };

  it("lists the user's own devices, removes one or all, and never another user's", async () => {
    const alice = await registerWithTotp();
    const bob = await registerWithTotp();
    const first = await rememberedBrowser(alice);
    await rememberedBrowser(alice);
    const bobBrowser = await rememberedBrowser(bob);
    const listed = await own.list(first);
    expect(listed.status).toBe(200);
    const devices = listed.body as unknown as { id: string; secretHash?: string }[];
    expect(devices).toHaveLength(2);
    expect(devices[0]?.secretHash).toBeUndefined();

    expect((await own.remove(bobBrowser, devices[0]?.id ?? "")).status).toBe(404);
    expect(await getDb().trustedDevice.count({ where: { userId: alice.id } })).toBe(2);
    expect((await own.remove(first, devices[0]?.id ?? "")).status).toBe(204);
    expect((await own.removeAll(first, { origin: null })).status).toBe(403);
    expect(await getDb().trustedDevice.count({ where: { userId: alice.id } })).toBe(1);
    expect((await own.removeAll(first)).status).toBe(204);
    expect(await getDb().trustedDevice.count({ where: { userId: alice.id } })).toBe(0);
    expect(await getDb().trustedDevice.count({ where: { userId: bob.id } })).toBe(1);
    expect((await own.list(new TestClient())).status).toBe(401);
  });
});

describe("the console's MFA form", () => {
  function form(fields: [string, string][]) {
    const data = new FormData();
    data.append("factors", "Totp");
    data.append("policyMode", "Mandatory");
    data.append("maxAttempts", "10");
    data.append("lockoutDuration", "60");
    for (const [name, value] of fields) data.append(name, value);
    return readMfaForm(data).input;
  }
  const save = (input: ReturnType<typeof form>) =>
    updateMfaSettings({ ...input, adminId: "admin", meta: { ip: null, userAgent: null } });

  it("saves the switch and the days, keeps them when a post leaves them out, refuses bad days", async () => {
    await allow(false, 30);
    await save(
      form([
        ["trustedDeviceEnabled", "on"],
        ["trustedDeviceDays", "90"],
      ]),
    );
    expect((await getSettings()).trustedDevice).toEqual({ enabled: true, days: 90 });
    await save(form([]));
    expect((await getSettings()).trustedDevice).toEqual({ enabled: true, days: 90 });
    await save(form([["trustedDeviceDays", "90"]]));
    expect((await getSettings()).trustedDevice).toEqual({ enabled: false, days: 90 });
    for (const days of ["0", "366", "", "ten"]) {
      const refused = await save(form([["trustedDeviceDays", days]])).catch((e: unknown) => e);
      expect(refused).toBeInstanceOf(AppError);
      expect((refused as AppError).code).toBe("guard.invalid_input");
    }
    expect((await getSettings()).trustedDevice).toEqual({ enabled: false, days: 90 });
  });
});
