// The route wrapper's guards: Origin on cookie-borne writes, body size, malformed JSON.
import { beforeAll, describe, expect, it } from "vitest";
import { TestClient } from "../helpers/client";
import { rowCounts } from "../helpers/db-state";
import { api, migrateTestDatabase, newUserInput } from "../helpers/experience";

beforeAll(migrateTestDatabase);

describe("request guards", () => {
  it("refuses a write with no Origin or a foreign Origin with 403, writing nothing", async () => {
    for (const origin of [null, "https://evil.example", "http://localhost:3001"]) {
      const client = new TestClient();
      const before = await rowCounts();
      const result = await api.start(client, "SignIn", { origin });
      expect(result.status).toBe(403);
      expect(result.body.code).toBe("request.origin_not_allowed");
      expect(client.cookies.size).toBe(0);
      expect(await rowCounts()).toEqual(before);
    }
  });

  it("refuses a body over 64 KiB with 413", async () => {
    const client = new TestClient();
    await api.start(client, "Register");
    const input = newUserInput();
    const result = await api.newIdentity(client, {
      identifier: { type: "username", value: input.username },
      password: "x".repeat(70 * 1024),
    });
    expect(result.status).toBe(413);
    expect(result.body.code).toBe("guard.payload_too_large");
  });

  it("refuses malformed JSON with 400 guard.invalid_input", async () => {
    const client = new TestClient();
    await api.start(client, "SignIn");
    const result = await api.password(client, "x", "y", {
      body: undefined,
      rawBody: "{not json",
      headers: { "content-type": "application/json" },
    });
    expect(result.status).toBe(400);
    expect(result.body.code).toBe("guard.invalid_input");
  });

  it("refuses an unknown event", async () => {
    const result = await new TestClient().call(
      (await import("@/app/api/experience/route")).PUT,
      "PUT",
      "/api/experience",
      { body: { event: "Hack" } },
    );
    expect(result.status).toBe(400);
    expect(result.body.data?.issues).toEqual([expect.objectContaining({ path: "event" })]);
  });
});
