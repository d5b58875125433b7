// Property-based fuzzing of every JSON route (fast-check): random bodies, query strings, headers,
// cookies and path parameters, with and without real credentials. Whatever arrives, the answer is
// below 500 with a known error code, shows no stack trace or driver message, and a 4xx changed
// nothing that matters (tests/helpers/db-state.ts).
import fc from "fast-check";
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { exampleValue, type JsonSchema } from "@/lib/api/schema-fields";
import { type ErrorCode, statusOf } from "@/lib/core/errors";
import { getDb } from "@/lib/db/client";
import { flowCookieName, sessionCookieName } from "@/lib/http/cookies";
import { apiDocument } from "@/lib/management/api-document";
import { storedState } from "../helpers/db-state";
import { api, migrateTestDatabase, registerViaApi } from "../helpers/experience";
import { newKey } from "../helpers/management";
import { registerWithTotp, setMfa } from "../helpers/mfa";
import { newApp } from "../helpers/oidc";
import { INTERNALS, type RouteEndpoint, routeEndpoints } from "../helpers/routes";
import { TEST_PUBLIC_URL } from "../setup/env";

/** Runs per dialect; ~40 ms each, so the property costs about ten seconds. */
const RUNS = Number(process.env.TWOFOLD_FUZZ_RUNS || 250);

type Credentials = {
  key: string;
  readKey: string;
  session: string;
  adminSession: string;
  flow: string;
  ids: string[];
};
let creds: Credentials;
let endpoints: RouteEndpoint[];
/** A valid body per `METHOD /api/route/[param]`, from the OpenAPI document's schemas. */
const examples = new Map<string, unknown>();

function collectExamples() {
  const doc = apiDocument() as {
    paths: Record<
      string,
      Record<string, { requestBody?: { content?: Record<string, { schema?: JsonSchema }> } }>
    >;
    components?: { schemas?: Record<string, JsonSchema> };
  };
  const schemas = doc.components?.schemas ?? {};
  const resolve = (schema: JsonSchema) => {
    const name = schema.$ref?.match(/^#\/components\/schemas\/(.+)$/)?.[1];
    return (name && schemas[name]) || schema;
  };
  for (const [path, operations] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(operations)) {
      const schema = op.requestBody?.content?.["application/json"]?.schema;
      const route = path.replace(/\{(\w+)\}/g, "[$1]");
      if (schema) examples.set(`${method.toUpperCase()} ${route}`, exampleValue(schema, resolve));
    }
  }
}

/** Every path to a value inside `value`, the root included. */
function paths(value: unknown, at: (string | number)[] = []): (string | number)[][] {
  const found = [at];
  if (value && typeof value === "object") {
    for (const [key, child] of Object.entries(value)) {
      found.push(...paths(child, [...at, Array.isArray(value) ? Number(key) : key]));
    }
  }
  return found;
}

/** The example with one value replaced, dropped or joined by an extra field. */
function mutate(example: unknown, mutation: Sample["mutation"]): unknown {
  const copy = structuredClone(example);
  if (mutation.mode === "as-is") return copy;
  const all = paths(copy);
  const at = all[mutation.at % all.length] ?? [];
  if (at.length === 0) return mutation.mode === "replace" ? mutation.to : copy;
  const parent = at.slice(0, -1).reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], copy);
  const key = at[at.length - 1] as string | number;
  const target = parent as Record<string | number, unknown>;
  if (mutation.mode === "replace") target[key] = mutation.to;
  else if (mutation.mode === "drop") delete target[key];
  else if (typeof target === "object" && target !== null) target[`x${String(key)}`] = mutation.to;
  return copy;
}

beforeAll(async () => {
  await migrateTestDatabase();
  endpoints = await routeEndpoints();
  collectExamples();
  await setMfa(["Totp", "BackupCode"]);
  const user = await registerWithTotp();
  const admin = await registerViaApi();
  await getDb().user.update({ where: { id: admin.id }, data: { role: "admin" } });
  const flow = await registerViaApi();
  await api.start(flow.client, "SignIn");
  const app = await newApp();
  const factor = await getDb().mfaFactor.findFirstOrThrow({ where: { userId: user.id } });
  const session = (c: { cookies: Map<string, string> }) => c.cookies.get(sessionCookieName()) ?? "";
  creds = {
    key: (await newKey("write")).key,
    readKey: (await newKey("read")).key,
    session: session(user.client),
    adminSession: session(admin.client),
    flow: flow.client.cookies.get(flowCookieName()) ?? "",
    ids: [user.id, admin.id, app.id, factor.id, "", "0", "..", "%2e%2e"],
  };
});

// Text a client can put anywhere: any code unit, lone surrogates and control characters included.
const text = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.constantFrom(
    "%",
    "%00",
    "nul\u0000byte",
    "%ED%A0%80",
    "\uD800",
    "../",
    "\\",
    "\t\r\n",
    "null",
    "-1",
    "1e309",
  ),
);
// A header value as Node would hand it over: latin1, no CR, LF or NUL (parsers refuse those).
const headerValue = fc
  .array(fc.integer({ min: 0x09, max: 0xff }), { maxLength: 60 })
  .map((codes) =>
    String.fromCharCode(...codes.filter((c) => c !== 0x0a && c !== 0x0d && c !== 0x7f)),
  );

const FIELDS = [
  "event",
  "identifier",
  "type",
  "value",
  "password",
  "verificationId",
  "code",
  "codes",
  "secret",
  "name",
  "username",
  "primaryEmail",
  "email",
  "payload",
  "mfa",
  "factors",
  "policy",
  "sentinelPolicy",
  "required",
  "returnTo",
  "oidcClientMetadata",
  "redirectUris",
  "requireMfa",
  "__proto__",
  "constructor",
];
const field = fc.oneof(fc.constantFrom(...FIELDS), text);
const leaf = fc.oneof(text, fc.integer(), fc.double(), fc.boolean(), fc.constant(null));
const value = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: "small" },
    leaf,
    fc.array(tie("node"), { maxLength: 4 }),
    fc.dictionary(field, tie("node"), { maxKeys: 5 }),
  ),
})).node;
const body = fc.oneof(
  fc.dictionary(field, value, { maxKeys: 6 }).map((v) => JSON.stringify(v)),
  value.map((v) => JSON.stringify(v)),
  text,
  fc.constantFrom("", "{", '{"a":', "[", "\u0000", '{"event":"SignIn"}{"x":1}'),
);
const query = fc
  .dictionary(
    fc.oneof(fc.constantFrom("search", "page", "page_size", "returnTo", "error"), text),
    text,
    {
      maxKeys: 4,
    },
  )
  .map((q) =>
    Object.entries(q)
      .map(([k, v]) => `${encodeURIComponent(k.replace(/[\uD800-\uDFFF]/g, ""))}=${v}`)
      .join("&"),
  );

/** The credential a route takes, by its folder. */
function credentialFor(route: string): Credential {
  if (route.startsWith("/api/experience")) return "flow";
  if (route.startsWith("/api/my-account")) return "session";
  return "key";
}

type Credential = "none" | "key" | "readKey" | "session" | "adminSession" | "flow";
const credential = fc.constantFrom<Credential>(
  "none",
  "key",
  "readKey",
  "session",
  "adminSession",
  "flow",
);
const cookieJunk = fc.oneof(
  fc.constant(""),
  headerValue.map((v) => `${flowCookieName()}=${v}`),
  headerValue.map((v) => `${sessionCookieName()}=${v}; ${v}`),
);
const extraHeaders = fc.dictionary(
  fc.constantFrom(
    "x-forwarded-for",
    "user-agent",
    "accept",
    "accept-language",
    "x-real-ip",
    "content-type",
    "origin",
  ),
  headerValue,
  { maxKeys: 3 },
);

const request = fc.record({
  endpoint: fc.nat(),
  body,
  query,
  credential,
  cookieJunk,
  headers: extraHeaders,
  params: fc.array(fc.oneof(text, fc.nat()), { minLength: 3, maxLength: 3 }),
  withOrigin: fc.boolean(),
  /** Most requests carry the credential their route takes, and a mutated valid body. */
  aimed: fc.boolean(),
  mutation: fc.record({
    at: fc.nat(),
    to: value,
    mode: fc.constantFrom("replace", "drop", "extra", "as-is"),
  }),
});
type Sample = typeof request extends fc.Arbitrary<infer T> ? T : never;

async function send(sample: Sample) {
  const endpoint = endpoints[sample.endpoint % endpoints.length] as RouteEndpoint;
  const params = Object.fromEntries(
    endpoint.paramNames.map((name, i) => {
      const p = sample.params[i];
      return [name, typeof p === "number" ? (creds.ids[p % creds.ids.length] as string) : p];
    }),
  );
  const path = endpoint.route.replace(/\[(\w+)\]/g, (_, name: string) =>
    encodeURIComponent(String(params[name]).replace(/[\uD800-\uDFFF]/g, "")),
  );
  const key = `${endpoint.method} ${endpoint.route}`;
  const aimed = sample.aimed && examples.has(key);
  const payload = aimed ? JSON.stringify(mutate(examples.get(key), sample.mutation)) : sample.body;
  const credential: Credential = sample.aimed ? credentialFor(endpoint.route) : sample.credential;
  const headers = new Headers();
  for (const [k, v] of Object.entries(sample.headers)) headers.set(k, v);
  if (sample.withOrigin) headers.set("origin", TEST_PUBLIC_URL);
  const cookies = [sample.cookieJunk];
  if (credential === "key" || credential === "readKey") {
    headers.set("authorization", `Bearer ${creds[credential]}`);
  } else if (credential === "flow") {
    cookies.push(`${flowCookieName()}=${creds.flow}`);
  } else if (credential !== "none") {
    cookies.push(`${sessionCookieName()}=${creds[credential]}`);
  }
  if (sample.aimed) headers.set("origin", TEST_PUBLIC_URL);
  headers.set("cookie", cookies.filter(Boolean).join("; "));
  const withBody = endpoint.method !== "GET";
  if (withBody && !headers.has("content-type")) headers.set("content-type", "application/json");
  let url: URL;
  try {
    url = new URL(`${path}?${sample.query}`, TEST_PUBLIC_URL);
  } catch {
    url = new URL(path, TEST_PUBLIC_URL);
  }
  const response = await endpoint.handler(
    new NextRequest(url, {
      method: endpoint.method,
      headers,
      body: withBody ? payload : undefined,
    }),
    { params: Promise.resolve(params) },
  );
  return { endpoint, response, text: await response.text() };
}

describe("fuzzing every JSON route", () => {
  it(`answers ${RUNS} random requests below 500, with a known code, nothing internal, and no write on a 4xx`, async () => {
    await fc.assert(
      fc.asyncProperty(request, async (sample) => {
        const before = await storedState();
        const { endpoint, response, text: answer } = await send(sample);
        const where = `${endpoint.method} ${endpoint.route} → ${response.status} ${answer.slice(0, 300)}`;
        expect(response.status, where).toBeLessThan(500);
        expect(answer, where).not.toMatch(INTERNALS);
        if (response.status >= 400 && response.headers.get("content-type")?.includes("json")) {
          const code = (JSON.parse(answer) as { code?: string }).code as ErrorCode;
          expect(statusOf(code), where).toBe(response.status);
        }
        if (response.status >= 400) expect(await storedState(), where).toEqual(before);
      }),
      { numRuns: RUNS, endOnFailure: true },
    );
  }, 300_000);
});
