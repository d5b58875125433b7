// The experience API as a test sees it: one function per endpoint, plus whole journeys.

import * as complete from "@/app/api/experience/complete/route";
import * as identification from "@/app/api/experience/identification/route";
import * as interaction from "@/app/api/experience/interaction/route";
import * as skip from "@/app/api/experience/profile/mfa/mfa-skipped/route";
import * as start from "@/app/api/experience/route";
import * as submit from "@/app/api/experience/submit/route";
import * as newIdentity from "@/app/api/experience/verification/new-password-identity/route";
import * as password from "@/app/api/experience/verification/password/route";
import { getConfig } from "@/lib/config";
import { getDb } from "@/lib/db/client";
import { migrate } from "@/lib/db/migrate";
import { type CallOptions, TestClient } from "./client";

export const SESSION_COOKIE = "next-auth.session-token";

export function migrateTestDatabase() {
  return migrate(getConfig());
}

export const api = {
  start: (c: TestClient, event: "SignIn" | "Register", o: CallOptions = {}) =>
    c.call(start.PUT, "PUT", "/api/experience", { body: { event }, ...o }),
  password: (c: TestClient, value: string, pass: string, o: CallOptions = {}) =>
    c.call(password.POST, "POST", "/api/experience/verification/password", {
      body: {
        identifier: { type: value.includes("@") ? "email" : "username", value },
        password: pass,
      },
      ...o,
    }),
  newIdentity: (c: TestClient, body: unknown, o: CallOptions = {}) =>
    c.call(newIdentity.POST, "POST", "/api/experience/verification/new-password-identity", {
      body,
      ...o,
    }),
  identify: (c: TestClient, verificationId: unknown, o: CallOptions = {}) =>
    c.call(identification.POST, "POST", "/api/experience/identification", {
      body: { verificationId },
      ...o,
    }),
  submit: (c: TestClient, o: CallOptions = {}) =>
    c.call(submit.POST, "POST", "/api/experience/submit", o),
  interaction: (c: TestClient) => c.call(interaction.GET, "GET", "/api/experience/interaction"),
  complete: (c: TestClient) =>
    c.call(complete.GET, "GET", "/api/experience/complete", { origin: null }),
};

let counter = 0;

export function newUserInput() {
  counter += 1;
  const suffix = `${Date.now().toString(36)}${counter}`;
  return {
    username: `user_${suffix}`,
    email: `user_${suffix}@example.test`,
    password: `quiet-river-${suffix}-lantern`,
  };
}

/** Starts a registration and passes its identity step; the caller takes the flow on. */
export async function startRegistration(input = newUserInput()) {
  const client = new TestClient();
  await api.start(client, "Register");
  const verified = await api.newIdentity(client, {
    identifier: { type: "username", value: input.username },
    email: input.email,
    password: input.password,
  });
  if (verified.status !== 200)
    throw new Error(`registration failed: ${JSON.stringify(verified.body)}`);
  await api.identify(client, verified.body.verificationId);
  return { client, ...input };
}

/** Registers through the API and returns the signed-in client. */
export async function registerViaApi(input = newUserInput()) {
  const { client } = await startRegistration(input);
  // Under a prompting MFA policy the new user declines the prompt.
  if ((await api.submit(client)).body.code === "user.suggest_mfa") {
    await client.call(skip.POST, "POST", "/api/experience/profile/mfa/mfa-skipped");
    await api.submit(client);
  }
  await api.complete(client);
  const { id } = await getDb().user.findUniqueOrThrow({ where: { username: input.username } });
  return { client, id, ...input };
}

/** Signs in through the API; returns the client and each step's result. */
export async function signInViaApi(identifier: string, pass: string) {
  const client = new TestClient();
  const started = await api.start(client, "SignIn");
  const verified = await api.password(client, identifier, pass);
  const identified = await api.identify(client, verified.body.verificationId);
  const submitted = await api.submit(client);
  const completed = await api.complete(client);
  return { client, started, verified, identified, submitted, completed };
}
