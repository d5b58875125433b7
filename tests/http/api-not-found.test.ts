// The JSON 404 behind every /api path no route claims: one stable code for every method, no
// write, never cached. Which paths reach it is Next's routing, checked in e2e/unknown-paths.spec.ts.
import { beforeAll, describe, expect, it } from "vitest";
import * as fallback from "@/app/api/[...path]/route";
import { TestClient } from "../helpers/client";
import { rowCounts } from "../helpers/db-state";
import { migrateTestDatabase } from "../helpers/experience";

beforeAll(migrateTestDatabase);

describe("unknown /api paths", () => {
  it("answer 404 guard.not_found for every method, with or without a body", async () => {
    const before = await rowCounts();
    const handlers = {
      GET: fallback.GET,
      POST: fallback.POST,
      PUT: fallback.PUT,
      PATCH: fallback.PATCH,
      DELETE: fallback.DELETE,
    };
    for (const [method, handler] of Object.entries(handlers)) {
      for (const options of [{}, { body: { anything: true } }, { rawBody: "{not json" }]) {
        const result = await new TestClient().call(handler, method, "/api/nope/deeper", {
          ...(method === "GET" ? {} : options),
          params: { path: "nope/deeper" },
        });
        expect(result.status, method).toBe(404);
        expect(result.body).toEqual({
          code: "guard.not_found",
          message: "There is no API endpoint at this path.",
        });
        expect(result.headers.get("cache-control")).toBe("no-store");
      }
    }
    expect(await rowCounts()).toEqual(before);
  });
});
