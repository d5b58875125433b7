// Property-based fuzzing of every server action (every export of every "use server" file):
// random form fields, previous states (the client sends them back), cookies and Origins, as a
// signed-out visitor, a user, an admin or a sign-in flow. An action answers with form state or a
// redirect, never an error Next.js would turn into a 500; its state shows nothing internal; and
// when it answers with an error, nothing that matters was written.
import { readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/lib/db/client";
import { flowCookieName, sessionCookieName } from "@/lib/http/cookies";
import { storedState } from "../helpers/db-state";
import { api, migrateTestDatabase, registerViaApi } from "../helpers/experience";
import { registerWithTotp, setMfa } from "../helpers/mfa";
import { newApp } from "../helpers/oidc";
import { INTERNALS, serverActionFiles } from "../helpers/routes";
import { TEST_PUBLIC_URL } from "../setup/env";

/** Runs per dialect; each action call costs a few milliseconds. */
const RUNS = Number(process.env.TWOFOLD_FUZZ_RUNS || 250);

const request = vi.hoisted(() => ({ headers: new Headers(), cookies: new Map<string, string>() }));
vi.mock("next/headers", () => ({
  headers: async () => request.headers,
  cookies: async () => ({
    get: (name: string) =>
      request.cookies.has(name) ? { name, value: request.cookies.get(name) } : undefined,
    getAll: () => [...request.cookies].map(([name, value]) => ({ name, value })),
    has: (name: string) => request.cookies.has(name),
    set: (name: string, value: string) => request.cookies.set(name, value),
    delete: (name: string) => request.cookies.delete(name),
  }),
}));

// Cache invalidation needs Next's request store; what it would refresh is not under test.
vi.mock("next/cache", async (original) => ({
  ...(await original<typeof import("next/cache")>()),
  revalidatePath: () => {},
  revalidateTag: () => {},
  refresh: () => {},
}));

// next-auth's getServerSession reads next/headers through CommonJS, which vi.mock cannot reach:
// here it reads the mocked session cookie with the same lookup its adapter makes.
vi.mock("next-auth", async (original) => ({
  ...(await original<typeof import("next-auth")>()),
  getServerSession: async () => {
    const { userFromSessionCookie } = await import("@/lib/sessions/current");
    const { sessionCookieName: cookieName } = await import("@/lib/http/cookies");
    const found = await userFromSessionCookie(request.cookies.get(cookieName()));
    if (!found) return null;
    const { sessionId: _, ...user } = found;
    return { user, expires: new Date(Date.now() + 60_000).toISOString() };
  },
}));

type Action = {
  name: string;
  run: (...args: unknown[]) => Promise<unknown>;
  args: ("state" | "form")[];
};
let actions: Action[] = [];
let creds: { session: string; adminSession: string; flow: string; ids: string[] };
/** The callers' sessions as first signed in: a sample that signed one out must not blind the rest. */
let sessions: Awaited<ReturnType<ReturnType<typeof getDb>["session"]["findMany"]>> = [];

async function restoreSessions() {
  for (const { id, ...row } of sessions) {
    // A sample may have deleted the user too; then its session cannot come back, and need not.
    await getDb()
      .session.upsert({ where: { id }, update: row, create: { id, ...row } })
      .catch(() => undefined);
  }
}

/** The action's parameters, read from its source: `async (_: State, form: FormData)` and the like. */
function signature(source: string, name: string): ("state" | "form")[] {
  const match = new RegExp(`export const ${name} = serverAction\\(\\s*async \\(([^)]*)\\)`).exec(
    source,
  );
  const params = (match?.[1] ?? "")
    .split(",")
    .map((p) => p.trim())
    .filter(Boolean);
  return params.map((p) => (p.includes("FormData") ? "form" : "state"));
}

beforeAll(async () => {
  await migrateTestDatabase();
  await setMfa(["Totp", "BackupCode"]);
  for (const file of serverActionFiles()) {
    const source = readFileSync(file, "utf8");
    const module = (await import(file)) as Record<string, (...args: unknown[]) => Promise<unknown>>;
    for (const [name, run] of Object.entries(module)) {
      actions.push({
        name: `${path.basename(path.dirname(file))}/${name}`,
        run,
        args: signature(source, name),
      });
    }
  }
  actions = actions.sort((a, b) => a.name.localeCompare(b.name));
  const user = await registerWithTotp();
  const admin = await registerViaApi();
  await getDb().user.update({ where: { id: admin.id }, data: { role: "admin" } });
  const flow = await registerViaApi();
  await api.start(flow.client, "SignIn");
  const app = await newApp();
  const factor = await getDb().mfaFactor.findFirstOrThrow({ where: { userId: user.id } });
  creds = {
    session: user.client.cookies.get(sessionCookieName()) ?? "",
    adminSession: admin.client.cookies.get(sessionCookieName()) ?? "",
    flow: flow.client.cookies.get(flowCookieName()) ?? "",
    ids: [user.id, admin.id, app.id, factor.id],
  };
  sessions = await getDb().session.findMany({ where: { userId: { in: [user.id, admin.id] } } });
});
beforeEach(() => {
  request.headers = new Headers();
  request.cookies.clear();
});

const FIELDS = [
  "username",
  "email",
  "password",
  "identifier",
  "code",
  "codes",
  "verificationId",
  "name",
  "userId",
  "factorId",
  "id",
  "type",
  "returnTo",
  "registration",
  "required",
  "requireMfa",
  "redirectUris",
  "postLogoutRedirectUris",
  "readOnly",
  "level",
  "token",
  "confirmation",
  "factors",
  "policy",
  "policyMode",
  "prompt",
  "maxAttempts",
  "lockoutDuration",
];
const text = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.constantFrom(
    "",
    "on",
    "off",
    "true",
    "-1",
    "1e309",
    "%",
    "\uD800",
    "nul\u0000byte",
    "../",
    "\r\n",
    "Totp",
    "Mandatory",
  ),
);
const idOrText = fc.oneof(
  text,
  fc.nat().map((n) => ({ id: n })),
);
const headerValue = fc
  .array(fc.integer({ min: 0x20, max: 0xff }), { maxLength: 40 })
  .map((codes) => String.fromCharCode(...codes.filter((c) => c !== 0x7f)));
const prevState = fc.oneof(
  fc.constant({}),
  fc.constant(undefined),
  fc.jsonValue(),
  fc.record({ error: fc.jsonValue(), values: fc.dictionary(text, text, { maxKeys: 3 }) }),
);

const sample = fc.record({
  action: fc.nat(),
  fields: fc.array(fc.tuple(fc.oneof(fc.constantFrom(...FIELDS), text), idOrText), {
    maxLength: 8,
  }),
  state: prevState,
  who: fc.constantFrom("none", "session", "adminSession", "flow", "junk"),
  junk: headerValue,
  origin: fc.oneof(fc.constant(TEST_PUBLIC_URL), fc.constant(TEST_PUBLIC_URL), headerValue),
});
type Sample = typeof sample extends fc.Arbitrary<infer T> ? T : never;

function prepare(input: Sample) {
  request.headers = new Headers({ host: new URL(TEST_PUBLIC_URL).host, origin: input.origin });
  request.cookies.clear();
  if (input.who === "flow") request.cookies.set(flowCookieName(), creds.flow);
  else if (input.who === "junk") {
    request.cookies.set(flowCookieName(), input.junk);
    request.cookies.set(sessionCookieName(), input.junk);
  } else if (input.who !== "none") request.cookies.set(sessionCookieName(), creds[input.who]);
  const form = new FormData();
  for (const [name, value] of input.fields) {
    form.append(
      name,
      typeof value === "string" ? value : (creds.ids[value.id % creds.ids.length] as string),
    );
  }
  return form;
}

/** Next.js answers these by navigating, not with an error page. */
const navigates = (error: unknown) =>
  typeof (error as { digest?: unknown })?.digest === "string" &&
  /^NEXT_(REDIRECT|HTTP_ERROR_FALLBACK)/.test((error as { digest: string }).digest);

/** Runs the action on the prepared request: state or a redirect, nothing internal, no write on an error. */
async function expectAnswered(action: Action, form: FormData, state: unknown) {
  await restoreSessions();
  const before = await storedState();
  let result: unknown;
  try {
    result = await action.run(...action.args.map((a) => (a === "form" ? form : state)));
  } catch (error) {
    if (navigates(error)) return;
    throw new Error(`${action.name} threw (a 500): ${String(error)}`);
  }
  const shown = JSON.stringify(result ?? null);
  expect(shown, action.name).not.toMatch(INTERNALS);
  const error = (result as { error?: { code?: string } } | undefined)?.error;
  expect(error?.code, `${action.name}: ${shown}`).not.toBe("unknown");
  if (error) expect(await storedState(), `${action.name}: ${shown}`).toEqual(before);
}

describe("fuzzing every server action", () => {
  it(`answers ${RUNS} random submissions with state or a redirect, nothing internal, and no write on an error`, async () => {
    expect(actions.length).toBeGreaterThanOrEqual(20);
    await fc.assert(
      fc.asyncProperty(sample, async (input) => {
        const action = actions[input.action % actions.length] as Action;
        await expectAnswered(action, prepare(input), input.state);
      }),
      { numRuns: RUNS, endOnFailure: true },
    );
  }, 300_000);

  // PostgreSQL's text cannot hold U+0000: a NUL that reached a query would be a driver error.
  it("answers a NUL byte in every field of every action, from every caller", async () => {
    for (const action of actions) {
      for (const who of ["none", "session", "adminSession", "flow"] as const) {
        const form = prepare({
          action: 0,
          fields: FIELDS.map((name) => [name, "nul\u0000byte"]),
          state: {},
          who,
          junk: "",
          origin: TEST_PUBLIC_URL,
        });
        await expectAnswered(action, form, {});
      }
    }
  });
});
