// Where completion sends the browser: a returnTo given to PUT /api/experience (or stored in the
// flow by any other way) ends as a path on the public origin, never another host and never a 500.
import { beforeAll, describe, expect, it } from "vitest";
import { sha256 } from "@/lib/crypto/tokens";
import { getDb } from "@/lib/db/client";
import { flowCookieName } from "@/lib/http/cookies";
import { TestClient } from "../helpers/client";
import { api, migrateTestDatabase, registerViaApi, SESSION_COOKIE } from "../helpers/experience";
import { TEST_PUBLIC_URL } from "../setup/env";

beforeAll(migrateTestDatabase);

const OPEN_REDIRECTS = [
  "//evil.example",
  "///evil.example",
  "/\\evil.example",
  "\\\\evil.example",
  "/\t/evil.example",
  "\t//evil.example",
  "/\r/evil.example",
  "/\n/evil.example",
  "/\r\n/evil.example",
  "/\u2028/evil.example",
  " //evil.example",
  "/%09/evil.example",
  "/%2F%2Fevil.example",
  "/%5Cevil.example",
  "/.//evil.example",
  "javascript:alert(1)",
  "http:evil.example",
  "https://evil.example",
  "https://localhost:3000@evil.example/",
];

/** Asserts a Location that a browser resolves on our origin, holding a normalised path. */
function expectOnOrigin(location: string | null) {
  expect(location).not.toBeNull();
  const url = new URL(location ?? "", TEST_PUBLIC_URL);
  expect(url.origin).toBe(TEST_PUBLIC_URL);
  const path = (location ?? "").startsWith(TEST_PUBLIC_URL)
    ? (location ?? "").slice(TEST_PUBLIC_URL.length)
    : location;
  expect(path).toMatch(/^\/(?![/\\])/);
  expect(path).not.toMatch(/[\\\p{Cc}\u2028\u2029]/u);
  return url;
}

async function signInWith(user: { username: string; password: string }, returnTo: string) {
  const client = new TestClient();
  const started = await api.start(client, "SignIn", { body: { event: "SignIn", returnTo } });
  expect(started.status).toBe(200);
  const verified = await api.password(client, user.username, user.password);
  expect((await api.identify(client, verified.body.verificationId)).status).toBe(204);
  return client;
}

describe("returnTo through the experience API", () => {
  it.each(OPEN_REDIRECTS)("%j never redirects off the public origin", async (returnTo) => {
    const user = await registerViaApi();
    const client = await signInWith(user, returnTo);
    expect((await api.submit(client)).status).toBe(200);
    const completed = await api.complete(client);
    expect(completed.status).toBe(303);
    expectOnOrigin(completed.headers.get("location"));
    expect(client.cookies.get(SESSION_COOKIE)).toBeTruthy();
  });

  it("refuses a returnTo that is not well-formed text (a lone surrogate) before any flow starts", async () => {
    const client = new TestClient();
    const started = await api.start(client, "SignIn", {
      body: { event: "SignIn", returnTo: "/\uD800//evil.example" },
    });
    expect(started.status).toBe(400);
    expect(started.body.code).toBe("guard.invalid_input");
    expect(client.cookies.get(flowCookieName())).toBeUndefined();
  });

  it("keeps a same-origin path with its query and fragment", async () => {
    const user = await registerViaApi();
    const client = await signInWith(user, "/console/users?x=1#a");
    await api.submit(client);
    const completed = await api.complete(client);
    expect(completed.headers.get("location")).toBe(`${TEST_PUBLIC_URL}/console/users?x=1#a`);
  });

  it.each(["/\n/evil.example", "//evil.example", "http://[::1", "/\\evil.example"])(
    "a stored %j cannot break the completion redirect",
    async (stored) => {
      const user = await registerViaApi();
      const client = await signInWith(user, "/account");
      await api.submit(client);
      const tokenHash = sha256(client.cookies.get(flowCookieName()) ?? "");
      const flow = await getDb().experienceFlow.findUniqueOrThrow({ where: { tokenHash } });
      const data = { ...JSON.parse(flow.data), returnTo: stored };
      await getDb().experienceFlow.update({
        where: { tokenHash },
        data: { data: JSON.stringify(data) },
      });
      const completed = await api.complete(client);
      expect(completed.status).toBe(303);
      expect(expectOnOrigin(completed.headers.get("location")).pathname).toBe("/account");
    },
  );
});
