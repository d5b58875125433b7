// WebAuthn ceremonies over @simplewebauthn/server: option building and response
// verification only. Storing challenges and credentials is the caller's job.
import {
  type AuthenticationResponseJSON,
  generateAuthenticationOptions,
  generateRegistrationOptions,
  type PublicKeyCredentialCreationOptionsJSON,
  type PublicKeyCredentialRequestOptionsJSON,
  type RegistrationResponseJSON,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
} from "@simplewebauthn/server";
import { isoBase64URL, isoUint8Array } from "@simplewebauthn/server/helpers";
import type { PasskeyCredential } from "./credential";

export type RelyingParty = { rpId: string; origin: string; rpName: string };
export type StoredCredential = {
  credentialId: string; // base64url
  publicKey: string; // base64url of the COSE key
  counter: bigint;
  transports: string[] | null;
};
export type { PasskeyCredential } from "./credential";

export type WebAuthnFailure =
  | "malformed"
  | "verification_failed"
  | "unknown_credential"
  | "user_mismatch"
  | "counter_regression";

/** Every refusal from this module; the HTTP layer maps `reason` to its error code. */
export class WebAuthnError extends Error {
  constructor(readonly reason: WebAuthnFailure) {
    super(`WebAuthn ${reason}`);
    this.name = "WebAuthnError";
  }
}

// ES256, EdDSA, RS256: passed explicitly, as the library's default adds ML-DSA where it can.
const ALGORITHMS = [-7, -8, -257];
// The spec recommends 300–600 s; the library's 60 s is too short to fetch a security key.
const TIMEOUT_MS = 300_000;
const ATTESTATION_FIELDS = ["clientDataJSON", "attestationObject"];
const ASSERTION_FIELDS = ["clientDataJSON", "authenticatorData", "signature"];
const TRANSPORTS = new Set(["ble", "cable", "hybrid", "internal", "nfc", "smart-card", "usb"]);

/** Throws Error only when a stored credential id is not base64url (corrupt data). */
export async function registrationOptions(
  rp: RelyingParty,
  user: { id: string; name: string; displayName: string },
  existing: StoredCredential[],
): Promise<{ options: PublicKeyCredentialCreationOptionsJSON; challenge: string }> {
  const options = await generateRegistrationOptions({
    rpName: rp.rpName,
    rpID: rp.rpId,
    userID: isoUint8Array.fromUTF8String(user.id),
    userName: user.name,
    userDisplayName: user.displayName,
    timeout: TIMEOUT_MS,
    attestationType: "none",
    // A fresh object each call: the library mutates the one it is given.
    authenticatorSelection: { residentKey: "preferred", userVerification: "preferred" },
    supportedAlgorithmIDs: ALGORITHMS,
    excludeCredentials: existing.map(descriptor),
  });
  return { options, challenge: options.challenge };
}

/** Throws WebAuthnError "malformed" for a body of the wrong shape, else "verification_failed". */
export async function verifyRegistration(
  rp: RelyingParty,
  input: { response: unknown; expectedChallenge: string },
): Promise<PasskeyCredential> {
  const response = shaped<RegistrationResponseJSON>(input.response, ATTESTATION_FIELDS);
  const result = await orNull(() =>
    verifyRegistrationResponse({
      response,
      expectedChallenge: input.expectedChallenge,
      expectedOrigin: rp.origin,
      expectedRPID: rp.rpId, // optional in the library: without it the RP ID goes unchecked
      requireUserPresence: true,
      requireUserVerification: false,
      supportedAlgorithmIDs: ALGORITHMS,
    }),
  );
  const info = result?.verified ? result.registrationInfo : null;
  // The library takes the id from authenticator data and never compares it with the body's.
  if (!info || info.credential.id !== unpadded(response.id)) {
    throw new WebAuthnError("verification_failed");
  }
  return {
    credentialId: info.credential.id,
    publicKey: isoBase64URL.fromBuffer(info.credential.publicKey),
    counter: String(info.credential.counter),
    transports: (info.credential.transports ?? []).filter((t) => TRANSPORTS.has(t)),
    deviceType: info.credentialDeviceType,
    backedUp: info.credentialBackedUp,
    aaguid: info.aaguid,
  };
}

/** Throws Error only when a stored credential id is not base64url (corrupt data). */
export async function authenticationOptions(
  rp: RelyingParty,
  credentials: StoredCredential[],
): Promise<{ options: PublicKeyCredentialRequestOptionsJSON; challenge: string }> {
  const options = await generateAuthenticationOptions({
    rpID: rp.rpId,
    allowCredentials: credentials.map(descriptor),
    userVerification: "preferred",
    timeout: TIMEOUT_MS,
  });
  return { options, challenge: options.challenge };
}

/**
 * Options for signing in with a passkey alone, user verification required as the passkey is then
 * both factors. With no `credentials` there is no `allowCredentials`, so the authenticator offers
 * its discoverable credentials for this RP; with them (identifier first) it may use
 * non-discoverable ones too. Throws Error only when a credential id is not base64url.
 */
export async function firstFactorAuthenticationOptions(
  rp: RelyingParty,
  credentials: StoredCredential[] = [],
): Promise<{ options: PublicKeyCredentialRequestOptionsJSON; challenge: string }> {
  const options = await generateAuthenticationOptions({
    rpID: rp.rpId,
    userVerification: "required",
    timeout: TIMEOUT_MS,
    ...(credentials.length > 0 ? { allowCredentials: credentials.map(descriptor) } : {}),
  });
  return { options, challenge: options.challenge };
}

/** The credential id a response names, to find its owner before verifying; null when absent. */
export function assertedCredentialId(response: unknown): string | null {
  const id = isRecord(response) ? response.id : undefined;
  return typeof id === "string" && id !== "" && id.length <= 1024 ? unpadded(id) : null;
}

export type AssertionRules = {
  /** The user id the credential belongs to; a returned user handle must name it. */
  userHandle?: string;
  /** Sign-in with a passkey alone: user verification must have been performed. */
  firstFactor?: boolean;
  /** The user handle must be present (no allow list named the user: discoverable sign-in). */
  requireUserHandle?: boolean;
};

/** Throws WebAuthnError: malformed, unknown_credential (not in `credentials`), user_mismatch,
 * counter_regression (validly signed, counter not ahead), else verification_failed (also for a
 * missing user verification when `firstFactor`). */
export async function verifyAuthentication(
  rp: RelyingParty,
  input: {
    response: unknown;
    expectedChallenge: string;
    credentials: StoredCredential[];
  } & AssertionRules,
): Promise<{ credentialId: string; newCounter: bigint }> {
  const response = shaped<AuthenticationResponseJSON>(input.response, ASSERTION_FIELDS);
  const stored = input.credentials.find((c) => unpadded(c.credentialId) === unpadded(response.id));
  if (!stored) throw new WebAuthnError("unknown_credential");
  const handle = response.response.userHandle;
  if (input.requireUserHandle && (!handle || input.userHandle === undefined)) {
    throw new WebAuthnError("user_mismatch");
  }
  if (
    handle &&
    input.userHandle !== undefined &&
    unpadded(handle) !== isoBase64URL.fromUTF8String(input.userHandle)
  ) {
    throw new WebAuthnError("user_mismatch");
  }
  const result = await orNull(() =>
    verifyAuthenticationResponse({
      response,
      expectedChallenge: input.expectedChallenge,
      expectedOrigin: rp.origin,
      expectedRPID: rp.rpId,
      requireUserVerification: input.firstFactor === true,
      // Counter 0 switches off the library's counter check, which runs before the signature is
      // checked: a forged body must not pass for a cloned authenticator. We check it below.
      credential: {
        id: stored.credentialId,
        publicKey: isoBase64URL.toBuffer(stored.publicKey),
        counter: 0,
      },
    }),
  );
  if (!result?.verified) throw new WebAuthnError("verification_failed");
  const newCounter = BigInt(result.authenticationInfo.newCounter);
  if ((newCounter > 0n || stored.counter > 0n) && newCounter <= stored.counter) {
    throw new WebAuthnError("counter_regression");
  }
  return { credentialId: stored.credentialId, newCounter };
}

const unpadded = (base64url: string) => isoBase64URL.trimPadding(base64url);

function descriptor(c: StoredCredential): { id: string; transports?: string[] } {
  return c.transports ? { id: c.credentialId, transports: c.transports } : { id: c.credentialId };
}

// Library errors (thrown or rejected) are messages for developers: each becomes one refusal.
const orNull = <T>(run: () => Promise<T>) => new Promise<T>((ok) => ok(run())).catch(() => null);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// Just enough shape that the library reads strings where it expects them; it checks the rest.
function shaped<T>(body: unknown, fields: string[]): T {
  const inner = isRecord(body) ? body.response : undefined;
  const ok =
    isRecord(body) &&
    isRecord(inner) &&
    body.type === "public-key" &&
    typeof body.id === "string" &&
    body.id !== "" &&
    body.rawId === body.id &&
    fields.every((f) => typeof inner[f] === "string") &&
    (inner.userHandle == null || typeof inner.userHandle === "string") &&
    (inner.transports === undefined || Array.isArray(inner.transports));
  if (!ok) throw new WebAuthnError("malformed");
  return { clientExtensionResults: {}, ...body } as T;
}
