// Every route handler under app/api, every exported method: malformed cookies, and lone surrogates
// or NUL bytes (which PostgreSQL's text cannot hold) in bodies, query strings and path parameters
// get an answer below 500, never an internal error.
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { flowCookieName, sessionCookieName } from "@/lib/http/cookies";
import { api, migrateTestDatabase, registerViaApi } from "../helpers/experience";
import { newKey } from "../helpers/management";
import { type RouteHandler, routeEndpoints } from "../helpers/routes";
import { TEST_PUBLIC_URL } from "../setup/env";

beforeAll(migrateTestDatabase);

const LONE = "\uD800";
const NUL = "\u0000";
/** Each hostile character, and how it reads percent-encoded in a URL. */
const HOSTILE = [
  { name: "lone surrogates", char: LONE, encoded: "%ED%A0%80" },
  { name: "NUL bytes", char: NUL, encoded: "%00" },
];

type Endpoint = {
  route: string;
  method: string;
  handler: RouteHandler;
  params: Record<string, unknown>;
};

/** Every endpoint, each [param] segment given the character (a lone surrogate unless told). */
async function endpoints(char = LONE, encoded = "%ED%A0%80"): Promise<Endpoint[]> {
  return (await routeEndpoints()).map(({ route, method, handler, paramNames }) => ({
    route: route.replace(/\[\w+\]/g, encoded),
    method,
    handler,
    params: Object.fromEntries(paramNames.map((name) => [name, char])),
  }));
}

// Values a browser extension, a proxy or an attacker can put in a Cookie header.
const COOKIE_VALUES = [
  "%",
  "%E0%A4%A",
  "%ED%A0%80", // a UTF-8-encoded lone surrogate (U+D800)
  "%uD800",
  "%00",
  "%FF%FE",
  "a=b=c",
  '"quoted"',
  "\u00ff\u00fe", // bytes above 0x7F, as Node reads them (latin1)
  "x".repeat(16_384),
];
function cookieHeaders(): string[] {
  const session = sessionCookieName();
  return [
    ...COOKIE_VALUES.map((v) => `${flowCookieName()}=${v}; ${session}=${v}`),
    `${flowCookieName()}; ${session}`,
    `=${flowCookieName()}; ==; ;;; ${session}==%`,
    `${flowCookieName()}=%; ${flowCookieName()}=ok; ${session}=%E0%A4%A; ${session}=ok`,
  ];
}

const bodies = (char: string) => [
  `"${char}"`,
  JSON.stringify({ [char]: char }),
  JSON.stringify({ event: "SignIn", returnTo: `/${char}` }),
  JSON.stringify({ identifier: { type: "username", value: char }, password: char }),
  JSON.stringify({ identifier: { type: "email", value: `${char}@x.test` }, password: char }),
  JSON.stringify({ verificationId: char }),
  JSON.stringify({ code: char }),
  JSON.stringify({ type: "Totp", verificationId: char }),
  JSON.stringify({ verificationId: char, payload: { id: char, response: { x: char } } }),
  JSON.stringify({ verificationId: char, name: char }),
  JSON.stringify({ username: char, primaryEmail: char, password: char, name: char }),
  JSON.stringify({ password: char }),
  JSON.stringify({ name: char }),
  JSON.stringify({ type: "Totp", secret: char }),
  JSON.stringify({ type: "BackupCode", codes: [char] }),
  JSON.stringify({ skipped: char, required: true }),
  JSON.stringify({ mfa: { factors: [char], policy: char } }),
  JSON.stringify({ rememberDevice: char }),
];
const query = (char = LONE, encoded = "%ED%A0%80") =>
  `?search=${encoded}&page=${encoded}&page_size=%&returnTo=%2F${encoded}&error=${char}`;

function request(
  endpoint: Endpoint,
  headers: Record<string, string>,
  body?: string,
  search = query(),
) {
  const withBody = endpoint.method !== "GET" && body !== undefined;
  return new NextRequest(new URL(`${endpoint.route}${search}`, TEST_PUBLIC_URL), {
    method: endpoint.method,
    headers: {
      origin: TEST_PUBLIC_URL,
      ...(withBody ? { "content-type": "application/json" } : {}),
      ...headers,
    },
    body: withBody ? body : undefined,
  });
}

async function statusOf(
  endpoint: Endpoint,
  headers: Record<string, string>,
  body?: string,
  search?: string,
) {
  const response = await endpoint.handler(request(endpoint, headers, body, search), {
    params: Promise.resolve(endpoint.params),
  });
  return response.status;
}

describe("hostile input to every route handler", () => {
  it("leaves Next's own cookie parser (server actions, pages, next-auth) reading them as absent", () => {
    for (const value of ["%", "%E0%A4%A", "%ED%A0%80", "%uD800"]) {
      const cookie = `${flowCookieName()}=${value}`;
      const jar = new NextRequest(TEST_PUBLIC_URL, { headers: { cookie } }).cookies;
      expect(jar.get(flowCookieName()), cookie).toBeUndefined();
    }
  });

  it("treats malformed cookies as absent", async () => {
    const all = await endpoints();
    expect(all.length).toBeGreaterThan(30);
    const failures: string[] = [];
    for (const endpoint of all) {
      for (const cookie of cookieHeaders()) {
        const status = await statusOf(endpoint, { cookie }, "{}");
        if (status >= 500)
          failures.push(`${endpoint.method} ${endpoint.route} ${cookie.slice(0, 60)}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it.each(HOSTILE)(
    "answers $name in bodies, query strings and path parameters without a 500",
    async ({ char, encoded }) => {
      const user = await registerViaApi();
      await api.start(user.client, "SignIn");
      const cookie = [...user.client.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
      const { key } = await newKey("write");
      const failures: string[] = [];
      for (const endpoint of await endpoints(char, encoded)) {
        for (const body of bodies(char)) {
          const headers = { cookie, authorization: `Bearer ${key}` };
          const status = await statusOf(endpoint, headers, body, query(char, encoded));
          if (status >= 500) failures.push(`${endpoint.method} ${endpoint.route} ${body}`);
          // A GET has no body: one request covers its query and parameters.
          if (endpoint.method === "GET") break;
        }
      }
      expect(failures).toEqual([]);
    },
  );
});
