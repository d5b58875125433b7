// Passkey journeys for integration tests, with a software authenticator's genuine ceremonies.
import { expect } from "vitest";
import * as signInStart from "@/app/api/experience/verification/web-authn/sign-in/route";
import * as signInVerify from "@/app/api/experience/verification/web-authn/sign-in/verify/route";
import { getDb } from "@/lib/db/client";
import { TEST_PUBLIC_URL } from "../setup/env";
import { TestClient } from "./client";
import { api, startRegistration } from "./experience";
import { mfaApi, webAuthnApi } from "./mfa";
import { SoftAuthenticator } from "./soft-authenticator";

export const RP = { rpId: "localhost", origin: TEST_PUBLIC_URL };

/**
 * In an identified flow, registers a new passkey and binds it; returns the device. `userAgent` is
 * the header the registration request sends (it names the passkey).
 */
export async function enrollPasskey(
  client: TestClient,
  { userAgent }: { userAgent?: string } = {},
) {
  const started = await webAuthnApi.registration(
    client,
    userAgent ? { headers: { "user-agent": userAgent } } : {},
  );
  expect(started.status).toBe(200);
  const options = started.body.registrationOptions as {
    challenge: string;
    rp: { id: string };
    timeout: number;
    user: { id: string };
  };
  expect(options.rp.id).toBe("localhost");
  expect(options.timeout).toBe(300_000);
  const device = new SoftAuthenticator(
    Buffer.from(options.user.id, "base64url").toString("utf8"),
    RP,
  );
  const verified = await webAuthnApi.registrationVerify(
    client,
    started.body.verificationId,
    device.create({ challenge: options.challenge }),
  );
  expect(verified.status).toBe(200);
  expect((await mfaApi.bind(client, "WebAuthn", started.body.verificationId)).status).toBe(204);
  return device;
}

/** Registers a user who enrolls a passkey (and backup codes); returns the device. */
export async function passkeyUser(options: { userAgent?: string } = {}) {
  const { client, ...input } = await startRegistration();
  const device = await enrollPasskey(client, options);
  const codes = await mfaApi.backupGenerate(client);
  await mfaApi.bind(client, "BackupCode", codes.body.verificationId);
  expect((await api.submit(client)).status).toBe(200);
  const user = await getDb().user.findUniqueOrThrow({ where: { username: input.username } });
  expect(device.userId).toBe(user.id);
  return { ...input, id: user.id, device };
}

export const passkeySignInApi = {
  start: (c: TestClient, body?: unknown) =>
    c.call(
      signInStart.POST,
      "POST",
      "/api/experience/verification/web-authn/sign-in",
      body === undefined ? {} : { body },
    ),
  verify: (c: TestClient, verificationId: unknown, payload: unknown) =>
    c.call(signInVerify.POST, "POST", "/api/experience/verification/web-authn/sign-in/verify", {
      body: { verificationId, payload },
    }),
};

/**
 * A new sign-in flow with passkey sign-in started (for one account when `identifier` is given):
 * the client, record id and options.
 */
export async function startPasskeySignIn(
  client = new TestClient(),
  identifier?: { type: "username" | "email"; value: string },
) {
  await api.start(client, "SignIn");
  const started = await passkeySignInApi.start(client, identifier ? { identifier } : undefined);
  expect(started.status).toBe(200);
  const options = started.body.authenticationOptions as {
    challenge: string;
    allowCredentials?: { id: string; transports?: string[] }[];
  };
  return { client, verificationId: started.body.verificationId as string, options };
}
