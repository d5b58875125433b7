// The production server answers the sign-in flow's API from its route modules, past Next's router
// (lib/http/direct-routes.ts). Every route and method there must be served that way, with the same
// headers Next gives its own answers, cookies intact, the body limit held; everything else on
// those paths must still reach Next. Next marks its route answers with `Vary: rsc, …`, which is
// how a test tells who answered.
import { request as httpRequest } from "node:http";
import { connect } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { type RouteEndpoint, routeEndpoints } from "../helpers/routes";
import { TEST_PUBLIC_URL } from "../setup/env";
import { HttpBrowser } from "./support/http";
import { Instance } from "./support/instance";
import { registerWithTotp, requireTotp } from "./support/journeys";

const instance = new Instance({ name: "direct", databaseUrl: process.env.DATABASE_URL ?? "" });
const SECURITY_HEADERS = [
  "content-security-policy",
  "x-frame-options",
  "referrer-policy",
  "x-content-type-options",
  "permissions-policy",
  "cross-origin-opener-policy",
];
const byNext = (headers: Headers) => /\brsc\b/.test(headers.get("vary") ?? "");

let flowEndpoints: RouteEndpoint[] = [];
/** Next's answer for a route it serves (/api/health), whose headers the direct answers match. */
let nextHeaders: Headers;

beforeAll(async () => {
  if (!instance.databaseUrl.startsWith("postgres")) {
    throw new Error("the system tests run on PostgreSQL: set TWOFOLD_TEST_DB=postgres");
  }
  flowEndpoints = (await routeEndpoints()).filter(({ route }) =>
    route.startsWith("/api/experience"),
  );
  await instance.start();
  await requireTotp(getDb());
  nextHeaders = (await new HttpBrowser().call(instance, "GET", "/api/health")).headers;
}, 180_000);

afterAll(() => instance.dispose());

/**
 * A raw request: the path goes out as written (fetch would resolve "./"), and the body is
 * streamed without a length.
 */
function raw(path: string, chunks = 0, chunkBytes = 0) {
  return new Promise<{ status: number; body: string; byNext: boolean }>((resolve, reject) => {
    const req = httpRequest({
      host: "127.0.0.1",
      port: instance.port,
      path,
      method: "POST",
      headers: { origin: TEST_PUBLIC_URL, "content-type": "application/json" },
    });
    req.on("response", (res) => {
      let body = "";
      res.on("data", (chunk) => {
        body += chunk;
      });
      res.on("end", () =>
        resolve({
          status: res.statusCode ?? 0,
          body,
          byNext: /\brsc\b/.test(String(res.headers.vary ?? "")),
        }),
      );
    });
    req.on("error", reject);
    const chunk = "a".repeat(chunkBytes);
    let sent = 0;
    const pump = () => {
      while (sent < chunks) {
        sent++;
        if (!req.write(chunk)) return void req.once("drain", pump);
      }
      req.end();
    };
    pump();
  });
}

describe("the sign-in flow's API past Next's router", () => {
  it("serves every route and method under /api/experience itself, with Next's headers", async () => {
    expect(byNext(nextHeaders)).toBe(true);
    expect(flowEndpoints.length).toBeGreaterThan(15);
    const wrong: string[] = [];
    for (const { route, method } of flowEndpoints) {
      const answer = await new HttpBrowser().call(instance, method, route, {
        body: method === "GET" ? undefined : {},
      });
      if (byNext(answer.headers)) wrong.push(`${method} ${route}: answered by Next`);
      if (answer.status >= 500) wrong.push(`${method} ${route}: ${answer.status}`);
      if (answer.headers.get("cache-control") !== "no-store")
        wrong.push(`${method} ${route}: cache`);
      for (const name of SECURITY_HEADERS) {
        if (answer.headers.get(name) !== nextHeaders.get(name)) {
          wrong.push(`${method} ${route}: ${name} ${answer.headers.get(name)}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it("sets the flow cookie once, without Next's internal copy of it", async () => {
    const answer = await new HttpBrowser().call(instance, "PUT", "/api/experience", {
      body: { event: "SignIn" },
    });
    expect(answer.status).toBe(200);
    expect(answer.headers.getSetCookie()).toEqual([
      expect.stringMatching(
        /^twofold_flow=[\w-]{20,}; Path=\/; Expires=.+; HttpOnly; SameSite=lax$/,
      ),
    ]);
    expect(answer.headers.has("x-middleware-set-cookie")).toBe(false);
  });

  it("completes a sign-in with every step served directly, the session cookie at the end", async () => {
    // registerWithTotp walks the whole flow through the API and returns the session it ends with.
    const user = await registerWithTotp(instance);
    expect(user.session).toMatch(/\S{20,}/);
  });

  it("records the socket's address, not a peer address the client wrote", async () => {
    const agent = `direct-peer-${Date.now()}`;
    const headers = {
      "x-twofold-peer": "203.0.113.9",
      "x-forwarded-for": "198.51.100.7",
      "user-agent": agent,
    };
    const browser = new HttpBrowser();
    await browser.call(instance, "PUT", "/api/experience", { body: { event: "SignIn" }, headers });
    const failed = await browser.call(instance, "POST", "/api/experience/verification/password", {
      body: { identifier: { type: "username", value: `nobody-${agent}` }, password: "wrong" },
      headers,
    });
    expect(failed.status).toBe(422);
    const event = await getDb().auditEvent.findFirstOrThrow({ where: { userAgent: agent } });
    expect([event.type, event.ip]).toEqual(["sign_in.failed", "127.0.0.1"]);
  });

  it("leaves to Next what is not exactly a route and method of the tree", async () => {
    const browser = new HttpBrowser();
    const unknown = await browser.call(instance, "POST", "/api/experience/nope", { body: {} });
    expect([unknown.status, byNext(unknown.headers)]).toEqual([404, true]);
    const slash = await browser.call(instance, "PUT", "/api/experience/", { body: {} });
    expect([slash.status, slash.location]).toEqual([308, "http://localhost:3000/api/experience"]);
    // A method the route has not got, and HEAD of a GET route, are Next's to answer.
    const method = await browser.call(instance, "DELETE", "/api/experience/submit");
    expect([method.status, byNext(method.headers)]).toEqual([405, true]);
    const head = await browser.call(instance, "HEAD", "/api/experience/complete");
    expect(byNext(head.headers)).toBe(true);
    for (const odd of [
      "/api/experience/%73ubmit",
      "/api/experience/./submit",
      "/api/experience//submit",
      "/api/experience/SUBMIT",
      "/api/experienceX",
    ]) {
      const answer = await raw(odd);
      // Next answers a doubled slash with a redirect to the path without it, and no Vary.
      const next = answer.byNext || answer.status === 308;
      expect(next, `${odd} ${answer.status} ${answer.body}`).toBe(true);
    }
  });

  it("refuses a body past the limit, declared or streamed", async () => {
    const declared = await new HttpBrowser().call(instance, "POST", "/api/experience/submit", {
      body: { pad: "a".repeat(70 * 1024) },
    });
    expect([declared.status, declared.body.code]).toEqual([413, "guard.payload_too_large"]);
    const chunked = await raw("/api/experience/verification/password", 200, 4096);
    expect([chunked.status, JSON.parse(chunked.body).code]).toEqual([
      413,
      "guard.payload_too_large",
    ]);
    // Just under the limit is read and judged on its content.
    const under = await raw("/api/experience/verification/password", 15, 4096);
    expect(JSON.parse(under.body).code).toBe("guard.invalid_input");
  });

  it.each([false, true])(
    "says nothing when a client goes away mid-body (reset: %s)",
    async (reset) => {
      await new Promise<void>((resolve, reject) => {
        const socket = connect(instance.port, "127.0.0.1", () => {
          socket.write(
            "POST /api/experience/verification/password HTTP/1.1\r\nHost: x\r\n" +
              `Origin: ${TEST_PUBLIC_URL}\r\nContent-Type: application/json\r\n` +
              'Content-Length: 500\r\n\r\n{"identifier":',
          );
          // Closed with a FIN, or reset.
          setTimeout(() => (reset ? socket.resetAndDestroy() : socket.destroy()), 200);
        });
        socket.on("close", () => resolve());
        socket.on("error", reject);
      });
      const next = await new HttpBrowser().call(instance, "PUT", "/api/experience", {
        body: { event: "SignIn" },
      });
      expect(next.status).toBe(200);
      // What the server logs reaches the output a moment later.
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(instance.output).not.toContain("Request failed");
    },
  );
});
