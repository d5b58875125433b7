// The OpenAPI document covers every route handler except next-auth's and the JSON 404 for
// unknown paths (app/api/[...path]).
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import * as openapi from "@/app/api/openapi.json/route";
import { TestClient } from "../helpers/client";

const apiDir = path.resolve(import.meta.dirname, "../../app/api");
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"];

function routeFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) return routeFiles(full);
    return entry === "route.ts" ? [full] : [];
  });
}

describe("/api/openapi.json", () => {
  it("is OpenAPI 3.1 and lists every route handler except next-auth's and the 404", async () => {
    const result = await new TestClient().call(openapi.GET, "GET", "/api/openapi.json");
    expect(result.status).toBe(200);
    expect(result.body.openapi).toBe("3.1.0");
    const paths = result.body.paths as Record<string, Record<string, unknown>>;
    const files = routeFiles(apiDir).filter(
      (f) => !/app\/api\/auth\//.test(f) && !f.includes("[...path]"),
    );
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) {
      const route = `/api/${path.relative(apiDir, path.dirname(file))}`.replace(
        /\[(\w+)\]/g,
        "{$1}",
      );
      const module = (await import(file)) as Record<string, unknown>;
      for (const method of METHODS.filter((m) => typeof module[m] === "function")) {
        expect(paths[route]?.[method.toLowerCase()], `${method} ${route}`).toBeDefined();
      }
    }
  });
});
