// What the app exposes, found by walking app/: every route handler's exported methods under
// app/api, and every "use server" file. Tests that must cover all of them start here.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import type { NextRequest } from "next/server";

const root = path.resolve(import.meta.dirname, "../..");
const apiDir = path.join(root, "app/api");
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

/** What must never reach a client: stack frames, file paths, driver and ORM messages. */
export const INTERNALS =
  /\n\s+at \S|node_modules|\.(ts|js|mjs):\d+|prisma|SQLITE_|ECONN|pg_|TypeError|ReferenceError|Invalid `/i;

export type RouteHandler = (
  request: NextRequest,
  context: { params: Promise<unknown> },
) => Promise<Response>;

export type RouteEndpoint = {
  /** `/api/users/[userId]` */
  route: string;
  method: string;
  handler: RouteHandler;
  /** The names of the route's [param] segments, in order. */
  paramNames: string[];
};

function routeFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) return routeFiles(full);
    return entry === "route.ts" ? [full] : [];
  });
}

/**
 * Every exported method of every route handler but next-auth's: it reads cookies through Next's
 * request scope (cookies() from next/headers), which an in-process call has not got.
 */
export async function routeEndpoints(): Promise<RouteEndpoint[]> {
  const found: RouteEndpoint[] = [];
  for (const file of routeFiles(apiDir).filter((f) => !f.includes(`${path.sep}auth${path.sep}`))) {
    const route = `/api/${path.relative(apiDir, path.dirname(file))}`;
    const module = (await import(file)) as Record<string, unknown>;
    const paramNames = [...route.matchAll(/\[(\w+)\]/g)].map((m) => m[1] ?? "");
    for (const method of METHODS) {
      if (typeof module[method] === "function") {
        found.push({ route, method, handler: module[method] as RouteHandler, paramNames });
      }
    }
  }
  return found;
}

/** Files under `dir` (default app/) whose first statement is "use server". */
export function serverActionFiles(dir = path.join(root, "app")): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return serverActionFiles(file);
    if (!/\.tsx?$/.test(entry.name)) return [];
    return /^\s*(\/\/[^\n]*\n\s*)*["']use server["']/.test(readFileSync(file, "utf8"))
      ? [file]
      : [];
  });
}
