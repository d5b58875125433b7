// Starts a sign-in with a passkey alone, user verification required: with no identifier, options
// with no allowCredentials (the authenticator offers its discoverable credentials); with one
// (identifier first), that account's credentials, or decoys (allow-list.ts). The challenge lives
// in a Passkey record of this flow, single-use and refused after 5 minutes, like every WebAuthn one.
import { firstFactorAuthenticationOptions } from "@/lib/mfa/factors/webauthn/ceremony";
import type { Identifier } from "@/lib/users/identifiers";
import { saveFlow } from "../flow-store";
import { guardMfaStep } from "../mfa/guard";
import { CHALLENGE_TTL_MS, relyingParty } from "../mfa/webauthn";
import { addRecord, assertEvent } from "../records";
import type { Flow } from "../types";
import { allowListFor } from "./allow-list";
import { assertPasskeySignInOn } from "./enabled";

/** Throws session.passkey_sign_in_disabled, session.wrong_event, session.mfa.too_many_attempts. */
export async function startPasskeySignIn(flow: Flow, input: { identifier?: Identifier } = {}) {
  await assertPasskeySignInOn();
  assertEvent(flow, "SignIn");
  // No user yet, so only the flow's own attempts can refuse; the user's pool counts at verify.
  await guardMfaStep(flow, "WebAuthn", null);
  const allow = input.identifier ? await allowListFor(input.identifier) : undefined;
  const { options, challenge } = await firstFactorAuthenticationOptions(
    relyingParty(),
    allow?.credentials,
  );
  const { record, data } = addRecord(flow, {
    type: "Passkey",
    ...(allow ? { forUserId: allow.forUserId } : {}),
    challenge,
    challengeExpiresAt: new Date(Date.now() + CHALLENGE_TTL_MS).toISOString(),
    verified: false,
  });
  await saveFlow(flow, { data });
  return { verificationId: record.id, authenticationOptions: options };
}
