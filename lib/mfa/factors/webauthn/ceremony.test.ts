// Genuine ceremonies against a software authenticator (P-256, "none" attestation) built from
// node:crypto, so the library really checks signatures, challenges, origins and RP ID hashes.
import { generateKeyPairSync, randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { b64u, type Ceremony, SoftAuthenticator, UP, UV } from "@/tests/helpers/soft-authenticator";
import {
  authenticationOptions,
  type PasskeyCredential,
  registrationOptions,
  type StoredCredential,
  verifyAuthentication,
  verifyRegistration,
  type WebAuthnError,
} from "./ceremony";

const RP = { rpId: "id.example.com", origin: "https://id.example.com", rpName: "Twofold" };
const ALICE = { id: "user_alice", name: "alice@example.com", displayName: "Alice" };
const BOB = { id: "user_bob", name: "bob@example.com", displayName: "Bob" };

function stored(
  credential: PasskeyCredential,
  counter = BigInt(credential.counter),
): StoredCredential {
  const { credentialId, publicKey, transports } = credential;
  return { credentialId, publicKey, counter, transports };
}

async function enroll(user = ALICE) {
  const device = new SoftAuthenticator(user.id, RP);
  const { options, challenge } = await registrationOptions(RP, user, []);
  const response = device.create({ challenge: options.challenge });
  const credential = await verifyRegistration(RP, { response, expectedChallenge: challenge });
  return { device, credential: stored(credential) };
}

async function refusal(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => expect.fail("expected a WebAuthnError"),
    (e: unknown) => e,
  );
  expect(error).toMatchObject({ name: "WebAuthnError" });
  return (error as WebAuthnError).reason;
}

const GARBAGE: unknown[] = [
  null,
  undefined,
  {},
  [],
  "a string",
  42,
  { id: "abc", rawId: "abc", type: "public-key" },
  { id: "abc", rawId: "abd", type: "public-key", response: {} },
  { id: "abc", rawId: "abc", type: "password", response: {} },
  { id: "abc", rawId: "abc", type: "public-key", response: { clientDataJSON: 1 } },
];

describe("registrationOptions", () => {
  it("asks for no attestation, waits 5 minutes, and excludes existing credentials", async () => {
    const existing: StoredCredential[] = [
      { credentialId: "AAEC", publicKey: "", counter: 0n, transports: ["usb", "nfc"] },
      { credentialId: "AwQF", publicKey: "", counter: 3n, transports: null },
    ];
    const { options, challenge } = await registrationOptions(RP, ALICE, existing);
    expect(challenge).toBe(options.challenge);
    expect(challenge.length).toBeGreaterThanOrEqual(32);
    expect(options).toMatchObject({
      rp: { id: RP.rpId, name: RP.rpName },
      user: { id: b64u(ALICE.id), name: ALICE.name, displayName: ALICE.displayName },
      attestation: "none",
      timeout: 300_000,
      authenticatorSelection: { residentKey: "preferred", userVerification: "preferred" },
    });
    expect(options.pubKeyCredParams.map((p) => p.alg)).toEqual([-7, -8, -257]);
    expect(options.excludeCredentials).toEqual([
      { id: "AAEC", type: "public-key", transports: ["usb", "nfc"] },
      { id: "AwQF", type: "public-key" },
    ]);
  });

  it("issues a fresh challenge each time", async () => {
    const a = await registrationOptions(RP, ALICE, []);
    const b = await registrationOptions(RP, ALICE, []);
    expect(a.challenge).not.toBe(b.challenge);
  });
});

describe("verifyRegistration", () => {
  it("accepts a genuine registration and returns the credential to store", async () => {
    const device = new SoftAuthenticator(ALICE.id, RP);
    const { challenge } = await registrationOptions(RP, ALICE, []);
    const response = device.create({ challenge });
    const credential = await verifyRegistration(RP, { response, expectedChallenge: challenge });
    expect(credential).toMatchObject({
      credentialId: device.id,
      counter: "0",
      transports: ["internal", "hybrid"],
      deviceType: "singleDevice",
      backedUp: false,
      aaguid: "00000000-0000-0000-0000-000000000000",
    });
    expect(credential.publicKey).toMatch(/^[A-Za-z0-9_-]{40,}$/);
  });

  it("accepts an authenticator that verified presence but not the user (UV preferred)", async () => {
    const { challenge } = await registrationOptions(RP, ALICE, []);
    const device = new SoftAuthenticator(ALICE.id, RP);
    const response = device.create({ challenge, flags: UP });
    await expect(
      verifyRegistration(RP, { response, expectedChallenge: challenge }),
    ).resolves.toMatchObject({ credentialId: device.id });
  });

  it.each<[string, (challenge: string) => Ceremony]>([
    ["a wrong origin", (challenge) => ({ challenge, origin: "https://evil.example" })],
    ["a wrong RP ID", (challenge) => ({ challenge, rpId: "evil.example" })],
    ["another challenge", () => ({ challenge: b64u(randomBytes(32)) })],
    ["an assertion type", (challenge) => ({ challenge, type: "webauthn.get" })],
    ["no user presence", (challenge) => ({ challenge, flags: UV })],
  ])("refuses %s", async (_, ceremony) => {
    const { challenge } = await registrationOptions(RP, ALICE, []);
    const response = new SoftAuthenticator(ALICE.id, RP).create(ceremony(challenge));
    expect(await refusal(verifyRegistration(RP, { response, expectedChallenge: challenge }))).toBe(
      "verification_failed",
    );
  });

  it("refuses a body whose id is not the authenticator's credential id", async () => {
    const { challenge } = await registrationOptions(RP, ALICE, []);
    const response = { ...new SoftAuthenticator(ALICE.id, RP).create({ challenge }), id: "AAAA" };
    response.rawId = "AAAA";
    expect(await refusal(verifyRegistration(RP, { response, expectedChallenge: challenge }))).toBe(
      "verification_failed",
    );
  });

  it.each(GARBAGE)("calls %j malformed", async (response) => {
    expect(await refusal(verifyRegistration(RP, { response, expectedChallenge: "abc" }))).toBe(
      "malformed",
    );
  });

  it("refuses well-shaped nonsense without throwing anything else", async () => {
    const response = {
      id: "abc",
      rawId: "abc",
      type: "public-key",
      response: { clientDataJSON: "!!!", attestationObject: "???" },
    };
    expect(await refusal(verifyRegistration(RP, { response, expectedChallenge: "abc" }))).toBe(
      "verification_failed",
    );
  });
});

describe("authenticationOptions", () => {
  it("allows exactly the user's credentials, with their transports", async () => {
    const { credential } = await enroll();
    const { options, challenge } = await authenticationOptions(RP, [credential]);
    expect(challenge).toBe(options.challenge);
    expect(options).toMatchObject({
      rpId: RP.rpId,
      timeout: 300_000,
      userVerification: "preferred",
    });
    expect(options.allowCredentials).toEqual([
      { id: credential.credentialId, type: "public-key", transports: ["internal", "hybrid"] },
    ]);
  });
});

describe("verifyAuthentication", () => {
  async function assertion(ceremony: Partial<Ceremony> = {}) {
    const { device, credential } = await enroll();
    const { challenge } = await authenticationOptions(RP, [credential]);
    const response = device.get({ challenge, ...ceremony });
    return { device, credential, challenge, response };
  }

  it("accepts a genuine assertion and returns the new counter", async () => {
    const { credential, challenge, response } = await assertion();
    const result = await verifyAuthentication(RP, {
      response,
      expectedChallenge: challenge,
      credentials: [credential],
      userHandle: ALICE.id,
    });
    expect(result).toEqual({ credentialId: credential.credentialId, newCounter: 1n });
  });

  it("accepts user presence without verification, and a missing user handle", async () => {
    const { credential, challenge, response } = await assertion({ flags: UP, userHandle: null });
    const input = { response, expectedChallenge: challenge, credentials: [credential] };
    await expect(verifyAuthentication(RP, { ...input, userHandle: ALICE.id })).resolves.toEqual({
      credentialId: credential.credentialId,
      newCounter: 1n,
    });
  });

  it("accepts authenticators that never count (counter stays 0)", async () => {
    const { credential, challenge, response } = await assertion({ counter: 0 });
    const input = { response, expectedChallenge: challenge, credentials: [credential] };
    await expect(verifyAuthentication(RP, input)).resolves.toMatchObject({ newCounter: 0n });
  });

  it.each<[string, Partial<Ceremony>]>([
    ["a wrong origin", { origin: "https://evil.example" }],
    ["a wrong RP ID", { rpId: "evil.example" }],
    ["another challenge", { challenge: b64u(randomBytes(32)) }],
    ["a registration type", { type: "webauthn.create" }],
    ["no user presence", { flags: UV }],
    [
      "a signature by another key",
      { signWith: generateKeyPairSync("ec", { namedCurve: "prime256v1" }).privateKey },
    ],
  ])("refuses %s", async (_, ceremony) => {
    const { credential, challenge, response } = await assertion(ceremony);
    const input = { response, expectedChallenge: challenge, credentials: [credential] };
    expect(await refusal(verifyAuthentication(RP, input))).toBe("verification_failed");
  });

  it("refuses an assertion answering an earlier ceremony's challenge", async () => {
    const { device, credential } = await enroll();
    const first = await authenticationOptions(RP, [credential]);
    const second = await authenticationOptions(RP, [credential]);
    const response = device.get({ challenge: first.challenge });
    const input = { response, expectedChallenge: second.challenge, credentials: [credential] };
    expect(await refusal(verifyAuthentication(RP, input))).toBe("verification_failed");
  });

  it("refuses another user's credential as unknown", async () => {
    const alice = await enroll(ALICE);
    const bob = await enroll(BOB);
    const { challenge } = await authenticationOptions(RP, [alice.credential]);
    const response = bob.device.get({ challenge });
    const input = { response, expectedChallenge: challenge, credentials: [alice.credential] };
    expect(await refusal(verifyAuthentication(RP, { ...input, userHandle: ALICE.id }))).toBe(
      "unknown_credential",
    );
  });

  it("refuses another user's key presented under this user's credential id", async () => {
    const alice = await enroll(ALICE);
    const bob = await enroll(BOB);
    const { challenge } = await authenticationOptions(RP, [alice.credential]);
    const forged = {
      ...bob.device.get({ challenge }),
      id: alice.device.id,
      rawId: alice.device.id,
    };
    const input = {
      response: forged,
      expectedChallenge: challenge,
      credentials: [alice.credential],
    };
    expect(await refusal(verifyAuthentication(RP, input))).toBe("verification_failed");
  });

  it("refuses a user handle that names someone else", async () => {
    const { credential, challenge, response } = await assertion({ userHandle: BOB.id });
    const input = { response, expectedChallenge: challenge, credentials: [credential] };
    expect(await refusal(verifyAuthentication(RP, { ...input, userHandle: ALICE.id }))).toBe(
      "user_mismatch",
    );
  });

  it.each([
    [10n, 5],
    [10n, 10],
    [10n, 0],
  ])("refuses a counter going backwards (stored %s, asserted %s)", async (storedCount, count) => {
    const { credential, challenge, response } = await assertion({ counter: count });
    const cloned = { ...credential, counter: storedCount };
    const input = { response, expectedChallenge: challenge, credentials: [cloned] };
    expect(await refusal(verifyAuthentication(RP, input))).toBe("counter_regression");
  });

  it("does not call a forged assertion with a low counter a clone", async () => {
    const other = generateKeyPairSync("ec", { namedCurve: "prime256v1" }).privateKey;
    const { credential, challenge, response } = await assertion({ counter: 5, signWith: other });
    const input = {
      response,
      expectedChallenge: challenge,
      credentials: [{ ...credential, counter: 10n }],
    };
    expect(await refusal(verifyAuthentication(RP, input))).toBe("verification_failed");
  });

  it("refuses rather than throws when the stored public key is corrupt", async () => {
    const { credential, challenge, response } = await assertion();
    const input = {
      response,
      expectedChallenge: challenge,
      credentials: [{ ...credential, publicKey: "%%%" }],
    };
    expect(await refusal(verifyAuthentication(RP, input))).toBe("verification_failed");
  });

  it.each(GARBAGE)("calls %j malformed", async (response) => {
    const { credential } = await enroll();
    const input = { response, expectedChallenge: "abc", credentials: [credential] };
    expect(await refusal(verifyAuthentication(RP, input))).toBe("malformed");
  });

  it("calls a non-string user handle malformed", async () => {
    const { credential, challenge, response } = await assertion();
    const odd = { ...response, response: { ...response.response, userHandle: 7 } };
    const input = { response: odd, expectedChallenge: challenge, credentials: [credential] };
    expect(await refusal(verifyAuthentication(RP, input))).toBe("malformed");
  });
});
