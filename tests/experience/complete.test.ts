// GET /api/experience/complete is a plain link any site can send the browser to: it may only
// touch the flow cookie when it consumed the flow.
import { beforeAll, describe, expect, it } from "vitest";
import { TestClient } from "../helpers/client";
import { api, migrateTestDatabase, registerViaApi } from "../helpers/experience";
import { mfaApi, setMfa } from "../helpers/mfa";

beforeAll(migrateTestDatabase);

describe("GET /api/experience/complete without a completed flow", () => {
  it("leaves an in-progress flow and its cookie alone (a cross-site link cannot end it)", async () => {
    await setMfa(["Totp"], "PromptAtSignInAndSignUp");
    const user = await registerViaApi();
    const client = new TestClient();
    await api.start(client, "SignIn");
    const verified = await api.password(client, user.username, user.password);
    await api.identify(client, verified.body.verificationId);
    const token = client.cookies.get("twofold_flow");
    const visited = await api.complete(client);
    expect(visited.status).toBe(303);
    expect(visited.headers.get("location")).toContain("/sign-in?error=session.not_found");
    expect(visited.headers.getSetCookie()).toEqual([]);
    expect(client.cookies.get("twofold_flow")).toBe(token);
    expect((await api.interaction(client)).body).toMatchObject({
      status: "active",
      identified: true,
    });
  });

  it("still clears the cookie once the flow is consumed", async () => {
    const user = await registerViaApi();
    const client = new TestClient();
    await api.start(client, "SignIn");
    const verified = await api.password(client, user.username, user.password);
    await api.identify(client, verified.body.verificationId);
    const submitted = await api.submit(client);
    if (submitted.body.code === "user.suggest_mfa") await mfaApi.skip(client);
    await api.submit(client);
    const done = await api.complete(client);
    expect(done.headers.get("location")).toMatch(/\/account$/);
    expect(client.cookies.has("twofold_flow")).toBe(false);
  });
});
