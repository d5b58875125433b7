// Passkeys through the experience API with genuine ceremonies from a software authenticator:
// enrollment, verification, and every assertion that must be refused.
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { loadActiveFlow } from "@/lib/experience/flow-store";
import { namePasskey } from "@/lib/experience/mfa/webauthn";
import { TestClient } from "../helpers/client";
import { api, migrateTestDatabase, newUserInput } from "../helpers/experience";
import { mfaApi, passwordStep, setMfa, webAuthnApi } from "../helpers/mfa";
import { passkeyUser, RP } from "../helpers/passkey";
import { SoftAuthenticator } from "../helpers/soft-authenticator";

const CHROME_ON_LINUX =
  "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";

beforeAll(migrateTestDatabase);
beforeEach(() => setMfa(["WebAuthn", "BackupCode"]));

async function challengeFor(user: { username: string; password: string }) {
  const client = new TestClient();
  await passwordStep(client, user.username, user.password);
  const started = await webAuthnApi.authentication(client);
  const options = started.body.authenticationOptions as {
    challenge: string;
    allowCredentials: { id: string }[];
  };
  return { client, verificationId: started.body.verificationId, options };
}

describe("passkeys in the flow", () => {
  it("enroll with a default name from the user agent and sign in", async () => {
    const user = await passkeyUser({ userAgent: CHROME_ON_LINUX });
    const factor = await getDb().mfaFactor.findFirstOrThrow({
      where: { userId: user.id, type: "WebAuthn" },
    });
    expect(factor.credentialId).toBe(user.device.id);
    expect(factor.name).toBe("Chrome on Linux");
    const { client, verificationId, options } = await challengeFor(user);
    expect(options.allowCredentials.map((c) => c.id)).toEqual([user.device.id]);
    const assertion = user.device.get({ challenge: options.challenge });
    const verified = await webAuthnApi.authenticationVerify(client, verificationId, assertion);
    expect(verified.status).toBe(200);
    expect((await api.submit(client)).status).toBe(200);
  });

  const refusals: [string, (d: SoftAuthenticator, challenge: string) => unknown][] = [
    [
      "a wrong origin",
      (d, challenge) => d.get({ challenge, origin: "https://evil.example", userHandle: null }),
    ],
    [
      "a wrong RP ID",
      (d, challenge) => d.get({ challenge, rpId: "evil.example", userHandle: null }),
    ],
    [
      "another challenge",
      (d) => d.get({ challenge: "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", userHandle: null }),
    ],
    [
      "a counter going backwards",
      (d, challenge) => d.get({ challenge, counter: 0, userHandle: null }),
    ],
    ["another user's handle", (d, challenge) => d.get({ challenge, userHandle: "someone-else" })],
  ];

  it.each(refusals)("refuse %s", async (_, forge) => {
    const user = await passkeyUser();
    // One good sign-in first, so the stored counter is above zero.
    const first = await challengeFor(user);
    await webAuthnApi.authenticationVerify(
      first.client,
      first.verificationId,
      user.device.get({ challenge: first.options.challenge, userHandle: null }),
    );
    const { client, verificationId, options } = await challengeFor(user);
    const result = await webAuthnApi.authenticationVerify(
      client,
      verificationId,
      forge(user.device, options.challenge),
    );
    expect(result.status).toBe(400);
    expect(result.body.code).toBe("session.mfa.webauthn_verification_failed");
    expect((await api.submit(client)).status).toBe(403);
  });

  it("store the name the user gave the passkey", async () => {
    const input = newUserInput();
    const client = new TestClient();
    await api.start(client, "Register");
    const v = await api.newIdentity(client, {
      identifier: { type: "username", value: input.username },
      password: input.password,
    });
    await api.identify(client, v.body.verificationId);
    const started = await webAuthnApi.registration(client);
    const options = started.body.registrationOptions as { challenge: string; user: { id: string } };
    const device = new SoftAuthenticator(
      Buffer.from(options.user.id, "base64url").toString("utf8"),
      RP,
    );
    await webAuthnApi.registrationVerify(
      client,
      started.body.verificationId,
      device.create({ challenge: options.challenge }),
    );
    const flow = await loadActiveFlow(client.cookies.get("twofold_flow"));
    await namePasskey(flow, started.body.verificationId as string, "  Work laptop  ");
    await mfaApi.bind(client, "WebAuthn", started.body.verificationId);
    const codes = await mfaApi.backupGenerate(client);
    await mfaApi.bind(client, "BackupCode", codes.body.verificationId);
    expect((await api.submit(client)).status).toBe(200);
    const factor = await getDb().mfaFactor.findFirstOrThrow({ where: { credentialId: device.id } });
    expect(factor.name).toBe("Work laptop");
  });

  it("record a counter regression as an audit event", async () => {
    const user = await passkeyUser();
    const first = await challengeFor(user);
    await webAuthnApi.authenticationVerify(
      first.client,
      first.verificationId,
      user.device.get({ challenge: first.options.challenge, userHandle: null }),
    );
    const { client, verificationId, options } = await challengeFor(user);
    await webAuthnApi.authenticationVerify(
      client,
      verificationId,
      user.device.get({ challenge: options.challenge, counter: 0, userHandle: null }),
    );
    const events = await getDb().auditEvent.findMany({
      where: { userId: user.id, type: "mfa.counter_regression" },
    });
    expect(events).toHaveLength(1);
  });

  it("refuse another user's credential", async () => {
    const victim = await passkeyUser();
    const attacker = await passkeyUser();
    const { client, verificationId, options } = await challengeFor(attacker);
    const result = await webAuthnApi.authenticationVerify(
      client,
      verificationId,
      victim.device.get({ challenge: options.challenge, userHandle: null }),
    );
    expect(result.body.code).toBe("session.mfa.webauthn_verification_failed");
    expect(result.body.data?.reason).toBe("unknown_credential");
  });

  it("use each challenge once", async () => {
    const user = await passkeyUser();
    const { client, verificationId, options } = await challengeFor(user);
    const assertion = user.device.get({ challenge: options.challenge, userHandle: null });
    expect((await webAuthnApi.authenticationVerify(client, verificationId, assertion)).status).toBe(
      200,
    );
    const again = await webAuthnApi.authenticationVerify(
      client,
      verificationId,
      user.device.get({ challenge: options.challenge, userHandle: null }),
    );
    expect(again.status).toBe(400);
    expect(again.body.data?.reason).toBe("challenge_used");
  });

  it("refuse garbage payloads without a 500", async () => {
    const user = await passkeyUser();
    const { client, verificationId } = await challengeFor(user);
    const result = await webAuthnApi.authenticationVerify(client, verificationId, {
      id: 5,
      nonsense: true,
    });
    expect(result.status).toBe(400);
    expect(result.body.data?.reason).toBe("malformed");
  });

  it("enroll a second passkey, excluding the first", async () => {
    const user = await passkeyUser();
    const { options } = await challengeFor(user).then(async (c) => {
      await webAuthnApi.authenticationVerify(
        c.client,
        c.verificationId,
        user.device.get({ challenge: c.options.challenge, userHandle: null }),
      );
      const started = await webAuthnApi.registration(c.client);
      return {
        ...started.body,
        options: started.body.registrationOptions as {
          challenge: string;
          excludeCredentials: { id: string }[];
        },
        client: c.client,
      };
    });
    expect(options.excludeCredentials.map((c) => c.id)).toEqual([user.device.id]);
  });
});
