// Every page and API route of the production build on PostgreSQL, with a NUL byte (which
// PostgreSQL's text cannot hold) or broken percent-encoding in each path segment and query
// parameter — from a visitor mid-sign-in, a user and an admin, or with an API key: the answer is
// below 500, never the error page.
import { readdirSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiKey } from "@/lib/api-keys/keys";
import { getDb } from "@/lib/db/client";
import { type RouteEndpoint, routeEndpoints } from "../helpers/routes";
import { HttpBrowser } from "./support/http";
import { Instance } from "./support/instance";
import { registerWithTotp, requireTotp, SESSION_COOKIE } from "./support/journeys";

const root = path.resolve(import.meta.dirname, "../..");
const instance = new Instance({ name: "pages", databaseUrl: process.env.DATABASE_URL ?? "" });

/** Each page's path pattern: route groups dropped, `[segment]` kept to fill in. */
const PAGES = readdirSync(path.join(root, "app"), { recursive: true, encoding: "utf8" })
  .filter((file) => path.basename(file) === "page.tsx")
  .map((file) =>
    path
      .dirname(file)
      .split("/")
      .filter((part) => part && part !== "." && !/^\(.*\)$/.test(part))
      .join("/"),
  )
  .map((page) => `/${page}`);
/** Each method of each API route with a segment to fill (next-auth's aside, as routeEndpoints). */
let apiEndpoints: RouteEndpoint[] = [];

/** Every name a page reads from its query string. */
const QUERY_NAMES = [
  "search",
  "page",
  "type",
  "actor",
  "from",
  "to",
  "returnTo",
  "error",
  "notice",
  "reason",
  "confirm",
  "factor",
  "count",
  "v",
  "method",
  "choose",
  "setup",
  "token",
];

const VALUES = [
  { name: "a NUL byte", encoded: "nul%00byte" },
  { name: "broken UTF-8", encoded: "%ED%A0%80%E0%A4%A" },
];

const callers: Record<string, HttpBrowser> = {};
let key = "";

beforeAll(async () => {
  if (!instance.databaseUrl.startsWith("postgres")) {
    throw new Error("the system tests run on PostgreSQL: set TWOFOLD_TEST_DB=postgres");
  }
  apiEndpoints = (await routeEndpoints()).filter(({ route }) => route.includes("["));
  await instance.start();
  await requireTotp(getDb());
  key = (await createApiKey({ name: "hostile", scope: "write", actor: { type: "system" } })).key;
  const [user, admin] = [await registerWithTotp(instance), await registerWithTotp(instance)];
  await getDb().user.update({ where: { username: admin.username }, data: { role: "admin" } });
  for (const [name, who] of [
    ["user", user],
    ["admin", admin],
  ] as const) {
    callers[name] = new HttpBrowser();
    callers[name].jar.cookies.set(SESSION_COOKIE, who.session);
  }
  // A visitor holding a flow cookie, as the hosted MFA pages expect.
  callers.visitor = new HttpBrowser();
  await callers.visitor.call(instance, "PUT", "/api/experience", { body: { event: "SignIn" } });
}, 180_000);

afterAll(() => instance.dispose());

describe("hostile URLs on every page, on PostgreSQL", () => {
  it("finds the pages", () => {
    expect(PAGES).toEqual(
      expect.arrayContaining(["/sign-in", "/console/users/[id]", "/console/applications/[id]"]),
    );
    const found = apiEndpoints.map(({ method, route }) => `${method} ${route}`);
    expect(found).toContain("POST /api/applications/[id]/secret");
    expect(found).not.toContain("GET /api/applications/[id]/secret");
  });

  it.each(VALUES)(
    "$name in any path segment or query parameter is never a 500",
    async ({ encoded }) => {
      const query = QUERY_NAMES.map((name) => `${name}=${encoded}`).join("&");
      const failures: string[] = [];
      for (const page of PAGES) {
        const url = `${page.replace(/\[\w+\]/g, encoded)}?${query}`;
        for (const [who, browser] of Object.entries(callers)) {
          const answer = await browser.call(instance, "GET", url, { origin: null });
          if (answer.status >= 500) failures.push(`${who} ${url.slice(0, 80)} → ${answer.status}`);
        }
      }
      expect(failures).toEqual([]);
    },
  );

  it.each(VALUES)(
    "$name in an API path is 4xx with a code, for each method a route has",
    async ({ encoded }) => {
      const failures: string[] = [];
      const browser = new HttpBrowser();
      for (const { route, method } of apiEndpoints) {
        const url = route.replace(/\[(\.\.\.)?\w+\]/g, encoded);
        const answer = await browser.call(instance, method, url, {
          origin: null,
          headers: { authorization: `Bearer ${key}` },
          body: method === "GET" ? undefined : {},
        });
        const coded = typeof answer.body.code === "string";
        if (answer.status >= 500 || !coded) {
          failures.push(`${method} ${url} → ${answer.status} ${answer.text.slice(0, 80)}`);
        }
      }
      expect(failures).toEqual([]);
    },
  );
});
