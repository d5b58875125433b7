// PostgreSQL going away mid-run, without touching the machine's cluster: the server reaches it
// through a TCP proxy in this process, which the test cuts (connections reset, port refusing)
// and restores. While it is away every answer is 503 service.database_unavailable (the provider's
// endpoints say temporarily_unavailable as well, as OAuth clients expect; pages get a page
// saying so), never a 500 or a crash; when it is back, service resumes without a restart.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiKey } from "@/lib/api-keys/keys";
import { getConfig } from "@/lib/config";
import { getDb, postgresTarget } from "@/lib/db/client";
import { migrate } from "@/lib/db/migrate";
import { HttpBrowser } from "./support/http";
import { Instance } from "./support/instance";
import { registerWithTotp, requireTotp, sessionUser, signInWithTotp } from "./support/journeys";
import { TcpProxy } from "./support/tcp-proxy";

const UNAVAILABLE = "service.database_unavailable";
const target = new URL(postgresTarget(process.env.DATABASE_URL ?? "").connectionString);
const proxy = new TcpProxy({ host: target.hostname, port: Number(target.port || 5432) });
let server: Instance;
let key = "";

beforeAll(async () => {
  await migrate(getConfig());
  await requireTotp(getDb());
  key = (await createApiKey({ name: "outage", scope: "read", actor: { type: "system" } })).key;
  await proxy.open();
  server = new Instance({ name: "server", databaseUrl: proxy.url(process.env.DATABASE_URL ?? "") });
  await server.start();
}, 180_000);
afterAll(async () => {
  await server?.dispose();
  await proxy.cut();
});

/** What clients get from routes that need the database: a read, a flow write, an API key. */
async function probe() {
  const browser = new HttpBrowser();
  return [
    await browser.call(server, "GET", "/api/health"),
    await browser.call(server, "PUT", "/api/experience", { body: { event: "SignIn" } }),
    await browser.call(server, "GET", "/api/users", {
      origin: null,
      headers: { authorization: `Bearer ${key}` },
    }),
    // The provider's back-channel: a code exchange (the client is looked up) and userinfo.
    await browser.call(server, "POST", "/oidc/token", {
      origin: null,
      headers: { authorization: `Basic ${Buffer.from("app:secret").toString("base64")}` },
      form: { grant_type: "authorization_code", code: "x", redirect_uri: "http://localhost/cb" },
    }),
    await browser.call(server, "GET", "/oidc/me", {
      origin: null,
      headers: { authorization: "Bearer not-a-token-but-looked-up" },
    }),
  ];
}

const openSignIn = () =>
  new HttpBrowser().call(server, "GET", "/sign-in", {
    origin: null,
    headers: { accept: "text/html" },
  });

describe("PostgreSQL stopping mid-run", () => {
  it("answers 503 with a stable code while it is away and resumes when it returns", async () => {
    const user = await registerWithTotp(server);
    expect(await sessionUser(server, user.session)).toBeDefined();
    // The provider is up (it loads on the first /oidc request), so its own error path answers.
    const discovery = "/oidc/.well-known/openid-configuration";
    expect((await new HttpBrowser().call(server, "GET", discovery)).status).toBe(200);

    await proxy.cut();
    for (const answer of await probe()) {
      expect(answer.status, answer.text).toBe(503);
      expect(answer.body).toMatchObject({ code: UNAVAILABLE });
      expect(answer.headers.get("retry-after")).toBe("5");
      expect(answer.text).not.toMatch(/prisma|ECONNREFUSED|at .+\.(js|ts):\d+/i);
    }
    // Pages cannot render either: the server says so itself, not a render failing into a 500.
    const page = await openSignIn();
    expect(page.status).toBe(503);
    expect(page.headers.get("retry-after")).toBe("5");
    expect(page.text).toContain("temporarily unavailable");
    expect(page.text).toContain(UNAVAILABLE);
    // A signed-in user's session cannot be checked either: refused as unavailable, not signed out.
    const account = new HttpBrowser();
    account.jar.cookies.set("next-auth.session-token", user.session);
    const security = await account.call(server, "GET", "/api/my-account/security");
    expect(security.status).toBe(503);

    await proxy.open();
    let health = await new HttpBrowser().call(server, "GET", "/api/health");
    for (let i = 0; i < 50 && health.status !== 200; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      health = await new HttpBrowser().call(server, "GET", "/api/health");
    }
    expect(health.status).toBe(200);
    // Pages come back within the probe's second.
    let signIn = await openSignIn();
    for (let i = 0; i < 50 && signIn.status !== 200; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      signIn = await openSignIn();
    }
    expect(signIn.status).toBe(200);
    // Nothing was lost and nothing needs a restart: the same user signs in, the session holds.
    expect(await sessionUser(server, user.session)).toBeDefined();
    expect(await sessionUser(server, await signInWithTotp(server, user))).toBeDefined();
    expect(server.output).not.toMatch(/Unhandled|uncaught/i);
  });
});
