// WebAuthn steps of a flow. Each ceremony's challenge lives in its verification record: bound to
// this flow and ceremony, cleared at the first verification attempt (single use), and refused
// after the 5-minute timeout.
import { recordAudit } from "@/lib/audit/record";
import { getConfig } from "@/lib/config";
import { AppError } from "@/lib/core/errors";
import type { RequestMeta } from "@/lib/core/request-meta";
import { getDb } from "@/lib/db/client";
import {
  type AssertionRules,
  authenticationOptions,
  type RelyingParty,
  registrationOptions,
  type StoredCredential,
  verifyAuthentication,
  verifyRegistration,
  WebAuthnError,
} from "@/lib/mfa/factors/webauthn/ceremony";
import { saveFlow } from "../flow-store";
import { addRecord, getRecord } from "../records";
import type { Flow, VerificationRecord } from "../types";
import { beginMfaAttempt, flowSubject, guardMfaStep } from "./guard";

export const CHALLENGE_TTL_MS = 5 * 60 * 1000;

export function relyingParty(): RelyingParty {
  const { rpId, origin, publicUrl } = getConfig();
  return { rpId, origin, rpName: publicUrl.host };
}

type PasskeyRow = {
  credentialId: string | null;
  publicKey: string | null;
  counter: bigint | null;
  transports: string | null;
};

export function storedCredential(r: PasskeyRow): StoredCredential[] {
  return r.credentialId && r.publicKey
    ? [
        {
          credentialId: r.credentialId,
          publicKey: r.publicKey,
          counter: r.counter ?? 0n,
          transports: r.transports ? JSON.parse(r.transports) : null,
        },
      ]
    : [];
}

async function storedCredentials(userId: string | null): Promise<StoredCredential[]> {
  if (!userId) return [];
  const rows = await getDb().mfaFactor.findMany({ where: { userId, type: "WebAuthn" } });
  return rows.flatMap(storedCredential);
}

/**
 * Verifies an assertion against `credentials` and moves the credential's counter on; returns the
 * factor row. Throws WebAuthnError (see verifyAuthentication).
 */
export async function checkAssertion(
  input: { payload: unknown; challenge: string; credentials: StoredCredential[] } & AssertionRules,
) {
  const { payload, challenge, ...rules } = input;
  const result = await verifyAuthentication(relyingParty(), {
    ...rules,
    response: payload,
    expectedChallenge: challenge,
  });
  return getDb().mfaFactor.update({
    where: { credentialId: result.credentialId },
    data: { counter: result.newCounter, lastUsedAt: new Date() },
  });
}

/** A validly signed assertion whose counter did not move on: an audit event for the admin. */
export function recordCounterRegression(userId: string, meta: RequestMeta) {
  return recordAudit({
    type: "mfa.counter_regression",
    actor: { type: "user", id: userId },
    userId,
    meta,
  });
}

type ChallengeRecord = Extract<VerificationRecord, { type: "WebAuthn" | "Passkey" }>;

/** Takes the record's challenge for one attempt, clearing it in the flow first. */
export async function takeChallenge<R extends ChallengeRecord>(flow: Flow, record: R) {
  if (!record.challenge)
    throw new AppError("session.mfa.webauthn_verification_failed", { reason: "challenge_used" });
  const expired = !record.challengeExpiresAt || Date.parse(record.challengeExpiresAt) <= Date.now();
  const cleared = { ...record, challenge: null };
  const saved = await saveFlow(flow, {
    data: {
      ...flow.data,
      verifications: flow.data.verifications.map((r) => (r.id === record.id ? cleared : r)),
    },
  });
  if (expired)
    throw new AppError("session.mfa.webauthn_verification_failed", { reason: "challenge_expired" });
  return { challenge: record.challenge, record: cleared, flow: saved };
}

/** A registration (isNew) or authentication record of this flow; another gets challenge_used. */
function ceremonyRecord(flow: Flow, verificationId: string, isNew: boolean) {
  const record = getRecord(flow, verificationId, "WebAuthn");
  if (record.isNew !== isNew)
    throw new AppError("session.mfa.webauthn_verification_failed", { reason: "challenge_used" });
  return record;
}

const webAuthnFailure = (error: WebAuthnError) =>
  new AppError("session.mfa.webauthn_verification_failed", { reason: error.reason });

function replaceRecord(flow: Flow, record: Flow["data"]["verifications"][number]) {
  return {
    ...flow.data,
    verifications: flow.data.verifications.map((r) => (r.id === record.id ? record : r)),
  };
}

/** Throws session.mfa.factor_not_enabled. */
export async function startWebAuthnRegistration(flow: Flow, meta: RequestMeta) {
  const subject = flowSubject(flow);
  await guardMfaStep(flow, "WebAuthn", null);
  const user = subject.userId
    ? await getDb().user.findUniqueOrThrow({ where: { id: subject.userId } })
    : null;
  const name = user ? (user.primaryEmail ?? user.username ?? user.id) : subject.account;
  const { options, challenge } = await registrationOptions(
    relyingParty(),
    { id: user?.id ?? flow.data.newUserId ?? flow.id, name, displayName: name },
    await storedCredentials(subject.userId),
  );
  const { record, data } = addRecord(flow, {
    type: "WebAuthn",
    isNew: true,
    challenge,
    challengeExpiresAt: new Date(Date.now() + CHALLENGE_TTL_MS).toISOString(),
    verified: false,
    agent: meta.userAgent,
  });
  await saveFlow(flow, { data });
  return { verificationId: record.id, registrationOptions: options };
}

/** Throws session.mfa.webauthn_verification_failed and the attempt guards' errors. */
export async function finishWebAuthnRegistration(
  flow: Flow,
  verificationId: string,
  payload: unknown,
  meta: RequestMeta,
) {
  const taken = await takeChallenge(flow, ceremonyRecord(flow, verificationId, true));
  const attempt = await beginMfaAttempt({ flow: taken.flow, type: "WebAuthn", userId: null, meta });
  try {
    const credential = await verifyRegistration(relyingParty(), {
      response: payload,
      expectedChallenge: taken.challenge,
    });
    if (await getDb().mfaFactor.findUnique({ where: { credentialId: credential.credentialId } })) {
      throw new WebAuthnError("verification_failed");
    }
    const verified = {
      ...taken.record,
      verified: true,
      credential,
    };
    await attempt.succeeded((saving) =>
      saveFlow(taken.flow, { data: replaceRecord(taken.flow, verified) }, saving),
    );
    return { verificationId };
  } catch (error) {
    if (!(error instanceof WebAuthnError)) throw error;
    throw await attempt.failed(error.reason, webAuthnFailure(error));
  }
}

/** Throws session.mfa.factor_not_enabled and the lockout errors. */
export async function startWebAuthnAuthentication(flow: Flow) {
  const { userId } = flowSubject(flow);
  await guardMfaStep(flow, "WebAuthn", userId);
  const { options, challenge } = await authenticationOptions(
    relyingParty(),
    await storedCredentials(userId),
  );
  const { record, data } = addRecord(flow, {
    type: "WebAuthn",
    isNew: false,
    challenge,
    challengeExpiresAt: new Date(Date.now() + CHALLENGE_TTL_MS).toISOString(),
    verified: false,
  });
  await saveFlow(flow, { data });
  return { verificationId: record.id, authenticationOptions: options };
}

/** Throws session.mfa.webauthn_verification_failed and the attempt guards' errors. */
export async function finishWebAuthnAuthentication(
  flow: Flow,
  verificationId: string,
  payload: unknown,
  meta: RequestMeta,
) {
  const { userId } = flowSubject(flow);
  if (!userId)
    throw new AppError("session.mfa.webauthn_verification_failed", { reason: "no_user" });
  const taken = await takeChallenge(flow, ceremonyRecord(flow, verificationId, false));
  const attempt = await beginMfaAttempt({ flow: taken.flow, type: "WebAuthn", userId, meta });
  try {
    const factor = await checkAssertion({
      payload,
      challenge: taken.challenge,
      credentials: await storedCredentials(userId),
      userHandle: userId,
    });
    const verified = {
      ...taken.record,
      verified: true,
      deviceType: factor.deviceType ?? undefined,
    };
    await attempt.succeeded((saving) =>
      saveFlow(taken.flow, { data: replaceRecord(taken.flow, verified) }, saving),
    );
    return { verificationId };
  } catch (error) {
    if (!(error instanceof WebAuthnError)) throw error;
    if (error.reason === "counter_regression") await recordCounterRegression(userId, meta);
    throw await attempt.failed(error.reason, webAuthnFailure(error));
  }
}

/** Names a new passkey before it is bound. Throws session.verification_not_found. */
export async function namePasskey(flow: Flow, verificationId: string, name: string) {
  const record = getRecord(flow, verificationId, "WebAuthn");
  if (!record.isNew) throw new AppError("session.verification_not_found");
  await saveFlow(flow, {
    data: replaceRecord(flow, { ...record, name: name.trim().slice(0, 64) || undefined }),
  });
}
