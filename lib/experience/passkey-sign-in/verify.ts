// Finishes a sign-in with a passkey alone: the asserted credential names its owner, whose
// WebAuthn pool takes the attempt before the signature is checked; the assertion must carry user
// verification, and the owner's user handle unless an identifier-first allow list named the
// owner (non-discoverable credentials return none). A success identifies the flow (new token, as at
// identification) and counts as both factors. Unknown credentials and bad signatures get one
// answer, with no reason attached, so the endpoint cannot tell which credential ids exist.
import { AppError } from "@/lib/core/errors";
import type { RequestMeta } from "@/lib/core/request-meta";
import { getDb } from "@/lib/db/client";
import { assertedCredentialId, WebAuthnError } from "@/lib/mfa/factors/webauthn/ceremony";
import { saveFlowWithNewToken } from "../flow-store";
import type { Identified } from "../identify";
import { beginMfaAttempt } from "../mfa/guard";
import {
  checkAssertion,
  recordCounterRegression,
  storedCredential,
  takeChallenge,
} from "../mfa/webauthn";
import { assertEvent, getRecord } from "../records";
import type { Flow } from "../types";
import { assertPasskeySignInOn } from "./enabled";

async function credentialOwner(payload: unknown) {
  const credentialId = assertedCredentialId(payload);
  if (!credentialId) return null;
  const factor = await getDb().mfaFactor.findUnique({ where: { credentialId } });
  return factor?.type === "WebAuthn" ? factor : null;
}

/**
 * Throws session.passkey_sign_in_disabled, session.wrong_event, session.verification_not_found,
 * session.mfa.webauthn_verification_failed, and the attempt guards' errors.
 */
export async function verifyPasskeySignIn(
  flow: Flow,
  verificationId: string,
  payload: unknown,
  meta: RequestMeta,
): Promise<Identified & { verificationId: string }> {
  await assertPasskeySignInOn();
  assertEvent(flow, "SignIn");
  const taken = await takeChallenge(flow, getRecord(flow, verificationId, "Passkey"));
  const { forUserId } = taken.record;
  const found = await credentialOwner(payload);
  // Identifier first: only the named user's credentials count; after decoys, none does.
  const owner = forUserId === undefined || found?.userId === forUserId ? found : null;
  const userId = owner?.userId ?? null;
  const attempt = await beginMfaAttempt({ flow: taken.flow, type: "WebAuthn", userId, meta });
  try {
    if (!owner || !userId) throw new WebAuthnError("unknown_credential");
    const factor = await checkAssertion({
      payload,
      challenge: taken.challenge,
      credentials: storedCredential(owner),
      userHandle: userId,
      firstFactor: true,
      requireUserHandle: forUserId === undefined,
    });
    const record = {
      ...taken.record,
      verified: true,
      userId,
      deviceType: factor.deviceType ?? undefined,
    };
    // Another user's proofs never carry over, as at identification.
    const kept = taken.flow.userId === userId ? taken.flow.data.verifications : [];
    const changes = {
      userId,
      data: {
        ...taken.flow.data,
        verifications: [...kept.filter((r) => r.id !== record.id), record],
        identifiedBy: record.id,
      },
    };
    const identified = await attempt.succeeded((saving) =>
      saveFlowWithNewToken(taken.flow, changes, saving),
    );
    return { ...identified, verificationId: record.id };
  } catch (error) {
    if (!(error instanceof WebAuthnError)) throw error;
    if (error.reason === "counter_regression" && userId) {
      await recordCounterRegression(userId, meta);
    }
    throw await attempt.failed(
      error.reason,
      new AppError("session.mfa.webauthn_verification_failed"),
    );
  }
}
