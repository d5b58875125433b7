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

type JsonSchema = {
  description?: string;
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  $ref?: string;
};

/** "path.to.field" for every object property (nested, in arrays and unions) without a description. */
function undescribed(schema: JsonSchema | undefined, at: string): string[] {
  if (!schema) return [];
  const inner = [
    ...(schema.items ? undescribed(schema.items, `${at}[]`) : []),
    ...[...(schema.anyOf ?? []), ...(schema.oneOf ?? []), ...(schema.allOf ?? [])].flatMap((s) =>
      undescribed(s, at),
    ),
  ];
  const own = Object.entries(schema.properties ?? {}).flatMap(([name, property]) => [
    ...(property.description || property.$ref ? [] : [`${at}.${name}`]),
    ...undescribed(property, `${at}.${name}`),
  ]);
  return [...own, ...inner];
}

describe("the API reference", () => {
  it("describes every property of every response", async () => {
    const result = await new TestClient().call(openapi.GET, "GET", "/api/openapi.json");
    const doc = result.body as {
      paths: Record<string, Record<string, { responses?: Record<string, unknown> }>>;
      components?: { schemas?: Record<string, JsonSchema> };
    };
    const missing: string[] = [];
    for (const [route, operations] of Object.entries(doc.paths)) {
      for (const [method, operation] of Object.entries(operations)) {
        for (const [status, response] of Object.entries(operation.responses ?? {})) {
          const content = (response as { content?: Record<string, { schema?: JsonSchema }> })
            .content;
          for (const media of Object.values(content ?? {})) {
            missing.push(
              ...undescribed(media.schema, `${method.toUpperCase()} ${route} ${status}`),
            );
          }
        }
      }
    }
    for (const [name, schema] of Object.entries(doc.components?.schemas ?? {})) {
      missing.push(...undescribed(schema, `#/components/schemas/${name}`));
    }
    expect(missing).toEqual([]);
  });
});
