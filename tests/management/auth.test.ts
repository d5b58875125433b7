// API keys: every failure mode of authentication, read-only keys, and the per-key rate limit.
import { beforeAll, describe, expect, it } from "vitest";
import * as users from "@/app/api/users/route";
import { revokeApiKey } from "@/lib/api-keys/keys";
import { RATE_LIMIT } from "@/lib/api-keys/rate-limit";
import { getDb } from "@/lib/db/client";
import { contracts } from "@/lib/management/contracts";
import { rowCounts } from "../helpers/db-state";
import { migrateTestDatabase } from "../helpers/experience";
import { callApi, newKey } from "../helpers/management";

beforeAll(migrateTestDatabase);

const body = { username: "from_api", password: "a-long-api-passphrase" };

describe("Management API authentication", () => {
  it("answers 401 with no key, a wrong key or a revoked key", async () => {
    const { key, id } = await newKey();
    await revokeApiKey(id, { type: "system" });
    for (const candidate of [null, "tfk_wrong", "Basic abc", key]) {
      const result = await callApi(contracts.listUsers, users.GET, candidate);
      expect(result.status).toBe(401);
      expect(result.body.code).toBe("auth.unauthorized");
      expect(result.body.message).toBe("The API key is missing, invalid or revoked.");
      expect(result.headers.get("www-authenticate")).toContain("Bearer");
    }
  });

  it("lets a read-only key read but not write (403, nothing written)", async () => {
    const { key } = await newKey("read");
    expect((await callApi(contracts.listUsers, users.GET, key)).status).toBe(200);
    const before = await rowCounts();
    const write = await callApi(contracts.createUser, users.POST, key, { body });
    expect(write.status).toBe(403);
    expect(write.body.code).toBe("auth.forbidden");
    expect(await rowCounts()).toEqual(before);
  });

  it("records when a key was last used", async () => {
    const { key, id } = await newKey();
    await callApi(contracts.listUsers, users.GET, key);
    expect((await getDb().apiKey.findUniqueOrThrow({ where: { id } })).lastUsedAt).not.toBeNull();
  });

  it("rate-limits each key with 429 and Retry-After", async () => {
    const { key, id } = await newKey();
    const windowMs = RATE_LIMIT.windowSeconds * 1000;
    const windowStart = new Date(Math.floor(Date.now() / windowMs) * windowMs);
    await getDb().rateLimitWindow.create({
      data: { key: `api-key:${id}`, windowStart, count: RATE_LIMIT.requests },
    });
    const limited = await callApi(contracts.listUsers, users.GET, key);
    expect(limited.status).toBe(429);
    expect(limited.body.code).toBe("guard.too_many_requests");
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    const other = await newKey();
    expect((await callApi(contracts.listUsers, users.GET, other.key)).status).toBe(200);
  });

  it("needs no Origin: keys are not cookies", async () => {
    const { key } = await newKey();
    expect((await callApi(contracts.listUsers, users.GET, key)).status).toBe(200);
  });
});
