// API answers carry secrets (TOTP secrets, backup codes, API keys) and personal data: every one,
// errors included, says Cache-Control: no-store, whichever route builder made it.
import { beforeAll, describe, expect, it } from "vitest";
import * as health from "@/app/api/health/route";
import * as myFactors from "@/app/api/my-account/mfa-verifications/route";
import * as users from "@/app/api/users/route";
import { contracts } from "@/lib/management/contracts";
import { type CallResult, TestClient } from "../helpers/client";
import { api, migrateTestDatabase, registerViaApi } from "../helpers/experience";
import { callApi, newKey } from "../helpers/management";
import { mfaApi, setMfa } from "../helpers/mfa";

beforeAll(migrateTestDatabase);

const expectNoStore = (label: string, result: CallResult) =>
  expect(result.headers.get("cache-control"), label).toBe("no-store");

describe("Cache-Control on API answers", () => {
  it("is no-store on experience answers, successes and errors alike", async () => {
    await setMfa(["Totp", "BackupCode"]);
    const user = await registerViaApi();
    const client = new TestClient();
    expectNoStore("start", await api.start(client, "SignIn"));
    const verified = await api.password(client, user.username, user.password);
    expectNoStore("password", verified);
    expectNoStore("identification (204)", await api.identify(client, verified.body.verificationId));
    expectNoStore("interaction", await api.interaction(client));
    const secret = await mfaApi.totpSecret(client);
    expect(secret.body.secret).toBeTruthy();
    expectNoStore("TOTP secret", secret);
    expectNoStore("backup codes", await mfaApi.backupGenerate(client));
    expectNoStore("404", await api.interaction(new TestClient()));
    expectNoStore("403 origin", await api.submit(client, { origin: "http://evil.example" }));
    expectNoStore("complete redirect", await api.complete(new TestClient()));
  });

  it("is no-store on Management API and account API answers", async () => {
    const { key } = await newKey();
    expectNoStore("list users", await callApi(contracts.listUsers, users.GET, key));
    expectNoStore("401 key", await callApi(contracts.listUsers, users.GET, "wrong"));
    const user = await registerViaApi();
    expectNoStore(
      "my factors",
      await user.client.call(myFactors.GET, "GET", "/api/my-account/mfa-verifications"),
    );
    expectNoStore(
      "401 session",
      await new TestClient().call(myFactors.GET, "GET", "/api/my-account/mfa-verifications"),
    );
    expectNoStore("health", await new TestClient().call(health.GET, "GET", "/api/health"));
  });
});
