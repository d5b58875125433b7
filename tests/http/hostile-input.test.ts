// Every route handler under app/api, every exported method: malformed cookies and lone surrogates
// in bodies, query strings and path parameters get an answer below 500, never an internal error.
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { flowCookieName, sessionCookieName } from "@/lib/http/cookies";
import { api, migrateTestDatabase, registerViaApi } from "../helpers/experience";
import { newKey } from "../helpers/management";
import { type RouteHandler, routeEndpoints } from "../helpers/routes";
import { TEST_PUBLIC_URL } from "../setup/env";

beforeAll(migrateTestDatabase);

const LONE = "\uD800";

type Endpoint = {
  route: string;
  method: string;
  handler: RouteHandler;
  params: Record<string, unknown>;
};

/** Every endpoint, each [param] segment given a lone surrogate. */
async function endpoints(): Promise<Endpoint[]> {
  return (await routeEndpoints()).map(({ route, method, handler, paramNames }) => ({
    route: route.replace(/\[\w+\]/g, "%ED%A0%80"),
    method,
    handler,
    params: Object.fromEntries(paramNames.map((name) => [name, LONE])),
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

const BODIES = [
  `"${LONE}"`,
  JSON.stringify({ [LONE]: LONE }),
  JSON.stringify({ event: "SignIn", returnTo: `/${LONE}` }),
  JSON.stringify({ identifier: { type: "username", value: LONE }, password: LONE }),
  JSON.stringify({ identifier: { type: "email", value: `${LONE}@x.test` }, password: LONE }),
  JSON.stringify({ verificationId: LONE }),
  JSON.stringify({ code: LONE }),
  JSON.stringify({ type: "Totp", verificationId: LONE }),
  JSON.stringify({ verificationId: LONE, payload: { id: LONE, response: { x: LONE } } }),
  JSON.stringify({ verificationId: LONE, name: LONE }),
  JSON.stringify({ username: LONE, primaryEmail: LONE, password: LONE, name: LONE }),
  JSON.stringify({ password: LONE }),
  JSON.stringify({ name: LONE }),
  JSON.stringify({ type: "Totp", secret: LONE }),
  JSON.stringify({ type: "BackupCode", codes: [LONE] }),
  JSON.stringify({ skipped: LONE, required: true }),
  JSON.stringify({ mfa: { factors: [LONE], policy: LONE } }),
  JSON.stringify({ rememberDevice: LONE }),
];
const QUERY = `?search=%ED%A0%80&page=%ED%A0%80&page_size=%&returnTo=%2F%ED%A0%80&error=${LONE}`;

function request(endpoint: Endpoint, headers: Record<string, string>, body?: string) {
  const withBody = endpoint.method !== "GET" && body !== undefined;
  return new NextRequest(new URL(`${endpoint.route}${QUERY}`, TEST_PUBLIC_URL), {
    method: endpoint.method,
    headers: {
      origin: TEST_PUBLIC_URL,
      ...(withBody ? { "content-type": "application/json" } : {}),
      ...headers,
    },
    body: withBody ? body : undefined,
  });
}

async function statusOf(endpoint: Endpoint, headers: Record<string, string>, body?: string) {
  const response = await endpoint.handler(request(endpoint, headers, body), {
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

  it("answers lone surrogates in bodies, query strings and path parameters without a 500", async () => {
    const user = await registerViaApi();
    await api.start(user.client, "SignIn");
    const cookie = [...user.client.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
    const { key } = await newKey("write");
    const failures: string[] = [];
    for (const endpoint of await endpoints()) {
      for (const body of BODIES) {
        const headers = { cookie, authorization: `Bearer ${key}` };
        const status = await statusOf(endpoint, headers, body);
        if (status >= 500) failures.push(`${endpoint.method} ${endpoint.route} ${body}`);
        // A GET has no body: one request covers its query and parameters.
        if (endpoint.method === "GET") break;
      }
    }
    expect(failures).toEqual([]);
  });
});
