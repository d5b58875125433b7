// Flow fixation: a flow token planted in the victim's browser before they sign in (a sibling
// subdomain, a plain-http hop) must not let the planter follow the flow once the victim proved
// who they are. Identification replaces the token; the old one is dead at once.
import { beforeAll, describe, expect, it } from "vitest";
import { findFlow } from "@/lib/experience/flow-store";
import { runFormFlow } from "@/lib/experience/run-form-flow";
import { verifyPassword } from "@/lib/experience/verify-password";
import { userFromSessionCookie } from "@/lib/sessions/current";
import { TestClient } from "../helpers/client";
import {
  api,
  migrateTestDatabase,
  newUserInput,
  registerViaApi,
  SESSION_COOKIE,
} from "../helpers/experience";

beforeAll(migrateTestDatabase);

const FLOW = "twofold_flow";
const meta = { ip: "203.0.113.9", userAgent: "test" };

/** The attacker starts a flow and plants its token in the victim's browser. */
async function plantedFlow() {
  const attacker = new TestClient();
  await api.start(attacker, "SignIn");
  const planted = attacker.cookies.get(FLOW) ?? "";
  const victim = new TestClient();
  victim.cookies.set(FLOW, planted);
  return { attacker, victim, planted };
}

describe("flow token rotation at identification", () => {
  it("gives the victim a new token and leaves the planted one unable to read or submit", async () => {
    const user = await registerViaApi();
    const { attacker, victim, planted } = await plantedFlow();
    const verified = await api.password(victim, user.username, user.password);
    const identified = await api.identify(victim, verified.body.verificationId);
    expect(identified.status).toBe(204);
    const fresh = victim.cookies.get(FLOW);
    expect(fresh).toBeTruthy();
    expect(fresh).not.toBe(planted);
    expect(identified.headers.getSetCookie().join("\n")).toMatch(/twofold_flow=.+HttpOnly/i);

    const read = await api.interaction(attacker);
    expect(read.status).toBe(404);
    expect(read.body.code).toBe("session.not_found");
    const submitted = await api.submit(attacker);
    expect(submitted.status).toBe(404);
    expect((await api.complete(attacker)).headers.get("location")).toContain("session.not_found");
    expect(attacker.cookies.has(SESSION_COOKIE)).toBe(false);

    expect((await api.interaction(victim)).body).toMatchObject({ identified: true });
    expect((await api.submit(victim)).status).toBe(200);
    await api.complete(victim);
    const session = await userFromSessionCookie(victim.cookies.get(SESSION_COOKIE));
    expect(session?.id).toBe(user.id);
  });

  it("rotates again when the flow switches to another user", async () => {
    const [first, second] = [await registerViaApi(), await registerViaApi()];
    const client = new TestClient();
    await api.start(client, "SignIn");
    const one = await api.password(client, first.username, first.password);
    await api.identify(client, one.body.verificationId);
    const firstToken = client.cookies.get(FLOW) ?? "";
    const two = await api.password(client, second.username, second.password);
    await api.identify(client, two.body.verificationId);
    expect(client.cookies.get(FLOW)).not.toBe(firstToken);
    await expect(findFlow(firstToken)).rejects.toMatchObject({ code: "session.not_found" });
    expect((await api.interaction(client)).body).toMatchObject({ user: { id: second.id } });
  });

  it("rotates a registration's token too", async () => {
    const input = newUserInput();
    const { attacker, victim, planted } = await (async () => {
      const attacker = new TestClient();
      await api.start(attacker, "Register");
      const victim = new TestClient();
      const planted = attacker.cookies.get(FLOW) ?? "";
      victim.cookies.set(FLOW, planted);
      return { attacker, victim, planted };
    })();
    const verified = await api.newIdentity(victim, {
      identifier: { type: "username", value: input.username },
      password: input.password,
    });
    await api.identify(victim, verified.body.verificationId);
    expect(victim.cookies.get(FLOW)).not.toBe(planted);
    expect((await api.submit(attacker)).status).toBe(404);
  });

  it("shows a planted token's holder no identity proof id to identify with", async () => {
    const user = await registerViaApi();
    const { attacker, victim } = await plantedFlow();
    const verified = await api.password(victim, user.username, user.password);
    const seen = await api.interaction(attacker);
    expect(seen.status).toBe(200);
    expect(JSON.stringify(seen.body)).not.toContain(String(verified.body.verificationId));
    expect(seen.body.verifications).toEqual([{ type: "Password" }]);
  });

  it("rotates on the hosted forms' path and hands the new token to the page's cookie", async () => {
    const user = await registerViaApi();
    const { attacker, planted } = await plantedFlow();
    const issued: string[] = [];
    const done = await runFormFlow({
      flowToken: planted,
      event: "SignIn",
      meta,
      onNewFlow: async (token) => {
        issued.push(token);
      },
      verify: (flow) =>
        verifyPassword(flow, {
          identifier: { type: "username", value: user.username },
          password: user.password,
          meta,
        }),
    });
    expect(done.sessionToken).toBeTruthy();
    expect(issued).toHaveLength(1);
    expect(issued[0]).not.toBe(planted);
    expect((await api.interaction(attacker)).status).toBe(404);
    expect((await api.complete(attacker)).headers.get("location")).toContain("session.not_found");
  });
});
