// A session must not outlive the credential it was signed in with: a new password (Management
// API) or an MFA reset (console, Management API callers of resetMfa) ends every session of the
// user, and a sign-in already past its checks cannot mint one afterwards.
import { beforeAll, describe, expect, it } from "vitest";
import * as one from "@/app/api/users/[userId]/route";
import { sessionAdapter } from "@/lib/auth/adapter";
import { getDb } from "@/lib/db/client";
import { contracts } from "@/lib/management/contracts";
import { resetMfa } from "@/lib/users/mfa/manage-factors";
import { accountApi } from "../helpers/account";
import { TestClient } from "../helpers/client";
import {
  api,
  migrateTestDatabase,
  registerViaApi,
  SESSION_COOKIE,
  signInViaApi,
} from "../helpers/experience";
import { callApi, newKey } from "../helpers/management";

let key = "";
beforeAll(async () => {
  await migrateTestDatabase();
  key = (await newKey()).key;
});

/** A user signed in in two browsers; both sessions answer the account API. */
async function signedInTwice() {
  const user = await registerViaApi();
  const second = await signInViaApi(user.username, user.password);
  const clients = [user.client, second.client];
  for (const client of clients) expect((await accountApi.security(client)).status).toBe(200);
  return { user, clients };
}

async function expectSignedOut(clients: TestClient[]) {
  for (const client of clients) {
    const answer = await accountApi.security(client);
    expect(answer.status).toBe(401);
    expect(answer.body.code).toBe("auth.unauthorized");
    const token = client.cookies.get(SESSION_COOKIE) ?? "";
    expect(await sessionAdapter.getSessionAndUser?.(token)).toBeNull();
  }
}

const patchUser = (id: string, body: Record<string, unknown>) =>
  callApi(contracts.updateUser, one.PATCH, key, {
    path: `/api/users/${id}`,
    params: { userId: id },
    body,
  });

describe("a password changed through the Management API", () => {
  it("ends every session of the user", async () => {
    const { user, clients } = await signedInTwice();
    expect((await patchUser(user.id, { password: "a-brand-new-passphrase" })).status).toBe(200);
    await expectSignedOut(clients);
    const event = await getDb().auditEvent.findFirstOrThrow({
      where: { userId: user.id, type: "user.updated" },
    });
    expect(JSON.parse(event.data)).toEqual({ fields: ["password"], sessionsEnded: 2 });
    expect((await signInViaApi(user.username, "a-brand-new-passphrase")).completed.status).toBe(
      303,
    );
  });

  it("leaves sessions alone when only the profile changes", async () => {
    const { user, clients } = await signedInTwice();
    expect((await patchUser(user.id, { name: "Grace" })).status).toBe(200);
    for (const client of clients) expect((await accountApi.security(client)).status).toBe(200);
  });

  it("keeps a sign-in already past its checks from minting a session afterwards", async () => {
    const user = await registerViaApi();
    const pending = new TestClient();
    await api.start(pending, "SignIn");
    const verified = await api.password(pending, user.username, user.password);
    await api.identify(pending, verified.body.verificationId);
    expect((await api.submit(pending)).status).toBe(200);
    await patchUser(user.id, { password: "a-brand-new-passphrase" });
    const completed = await api.complete(pending);
    expect(completed.headers.get("location")).toContain("/sign-in?error=");
    expect(pending.cookies.has(SESSION_COOKIE)).toBe(false);
  });

  it("leaves other users signed in", async () => {
    const { user } = await signedInTwice();
    const other = await registerViaApi();
    await patchUser(user.id, { password: "a-brand-new-passphrase" });
    expect((await accountApi.security(other.client)).status).toBe(200);
  });
});

describe("an MFA reset (console and Management API callers)", () => {
  it("ends every session of the user", async () => {
    const { user, clients } = await signedInTwice();
    await resetMfa({ userId: user.id, actor: { type: "admin", id: "admin-1" } });
    await expectSignedOut(clients);
    const event = await getDb().auditEvent.findFirstOrThrow({
      where: { userId: user.id, type: "mfa.reset" },
    });
    expect(JSON.parse(event.data)).toMatchObject({ sessionsEnded: 2 });
  });
});
