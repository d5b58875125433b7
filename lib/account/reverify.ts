// Re-verification on the account page: the password first (it starts a fresh account flow bound
// to the session), then one of the user's usable factors through the same steps the sign-in uses,
// so the lockout counters and audit events are the sign-in's own.

import { parseAmr } from "@/lib/assurance/acr";
import { recordAudit } from "@/lib/audit/record";
import { AppError, hasCode } from "@/lib/core/errors";
import type { RequestMeta } from "@/lib/core/request-meta";
import { getDb } from "@/lib/db/client";
import { createAccountFlow, findAccountFlow, saveFlow } from "@/lib/experience/flow-store";
import { verifyFlowBackupCode } from "@/lib/experience/mfa/backup-codes";
import { verifyTotp } from "@/lib/experience/mfa/totp";
import {
  finishWebAuthnAuthentication,
  startWebAuthnAuthentication,
} from "@/lib/experience/mfa/webauthn";
import { newRecord } from "@/lib/experience/records";
import type { Flow, VerificationRecord } from "@/lib/experience/types";
import { factorSummaries } from "@/lib/mfa/factor-store";
import { usableFactors, verificationOrder } from "@/lib/mfa/policy";
import { passwordPoolKey } from "@/lib/sentinel/pool";
import { getSettings } from "@/lib/settings/store";
import { checkPassword } from "@/lib/users/check-password";
import { REVERIFICATION_MS, type ReverificationState, reverificationState } from "./reverification";

/** The signed-in caller: the user and the session the re-verification belongs to. */
export type AccountCaller = { id: string; sessionId: string };

async function availableFactors(userId: string) {
  const { mfa } = await getSettings();
  return verificationOrder(usableFactors(await factorSummaries(userId), mfa.factors));
}

/**
 * The session's own sign-in while it is recent enough to count (lib/account/reverification.ts
 * decides what it proved), as a record timed at the session's creation.
 */
async function signInRecord(caller: AccountCaller): Promise<VerificationRecord | null> {
  const session = await getDb().session.findUnique({ where: { id: caller.sessionId } });
  if (!session || session.userId !== caller.id) return null;
  if (session.createdAt.getTime() + REVERIFICATION_MS <= Date.now()) return null;
  return {
    type: "Session",
    id: `sign-in-${session.id}`,
    createdAt: session.createdAt.toISOString(),
    userId: caller.id,
    sessionId: session.id,
    amr: parseAmr(session.amr),
  };
}

/** The stored account flow and what it would be with the session's sign-in in it. */
async function accountProofs(caller: AccountCaller) {
  const [stored, signIn] = await Promise.all([
    findAccountFlow(caller.sessionId, caller.id),
    signInRecord(caller),
  ]);
  const has = (flow: Flow) => flow.data.verifications.some((r) => r.id === signIn?.id);
  let merged = stored;
  if (signIn && !(stored && has(stored))) {
    const base = stored?.data ?? { verifications: [], bindings: [], skipped: false };
    const data = {
      ...base,
      identifiedBy: base.identifiedBy ?? signIn.id,
      verifications: [...base.verifications, signIn],
    };
    merged = stored ? { ...stored, data } : ({ event: "Account", data } as Flow);
  }
  return { stored, merged };
}

export async function getReverification(caller: AccountCaller): Promise<ReverificationState> {
  const { merged } = await accountProofs(caller);
  return reverificationState(merged, await availableFactors(caller.id), new Date());
}

/** Stores the sign-in's record in the account flow, so the steps that follow read it there. */
async function persisted(caller: AccountCaller, stored: Flow | null, merged: Flow): Promise<Flow> {
  if (stored === merged) return stored;
  if (stored) return saveFlow(stored, { data: merged.data });
  try {
    return await createAccountFlow(caller.sessionId, caller.id, merged.data);
  } catch (error) {
    // Requests arriving together race to create it: the loser reads the winner's.
    const flow = await findAccountFlow(caller.sessionId, caller.id);
    if (!flow) throw error;
    return flow;
  }
}

/**
 * The session's account flow once it has proved `enough`: the password step alone (for the
 * factor step), or a complete, fresh re-verification. Throws account.reverification_required.
 */
async function flowProving(caller: AccountCaller, enough: "password" | "complete"): Promise<Flow> {
  const { stored, merged } = await accountProofs(caller);
  const state = reverificationState(merged, await availableFactors(caller.id), new Date());
  const proved = enough === "password" ? state.passwordVerified : state.verified;
  if (!merged || !proved) {
    throw new AppError("account.reverification_required", {
      passwordVerified: state.passwordVerified,
      availableFactors: state.availableFactors,
    });
  }
  return persisted(caller, stored, merged);
}

/** The account flow of a complete, fresh re-verification. Throws account.reverification_required. */
export const requireReverified = (caller: AccountCaller) => flowProving(caller, "complete");

/** An account flow whose password step is done, for the factor step. */
const passwordVerifiedFlow = (caller: AccountCaller) => flowProving(caller, "password");

async function reverified(caller: AccountCaller, meta: RequestMeta, step: string) {
  const state = await getReverification(caller);
  if (state.verified) {
    await recordAudit({
      type: "account.reverified",
      actor: { type: "user", id: caller.id },
      userId: caller.id,
      meta,
      data: { step },
    });
  }
  return state;
}

/**
 * Starts a re-verification with the password, replacing any earlier one of this session. Counts
 * in the user's password pool like a sign-in. Throws account.invalid_password (only a password
 * was asked, so not the sign-in's "username, email or password") and
 * session.verification_blocked_too_many_attempts.
 */
export async function reverifyPassword(caller: AccountCaller, password: string, meta: RequestMeta) {
  const user = await getDb().user.findUniqueOrThrow({ where: { id: caller.id } });
  const check = await checkPassword(passwordPoolKey(user.id), user.passwordHash, password);
  if (!check.ok) {
    await recordAudit({
      type: "account.reverification_failed",
      actor: { type: "user", id: user.id },
      userId: user.id,
      meta,
      data: { step: "Password" },
    });
    throw hasCode(check.error, ["session.invalid_credentials"])
      ? new AppError("account.invalid_password")
      : check.error;
  }
  const record = newRecord({ type: "Password" as const, userId: user.id });
  await createAccountFlow(caller.sessionId, user.id, {
    verifications: [record],
    identifiedBy: record.id,
    bindings: [],
    skipped: false,
  });
  return reverified(caller, meta, "Password");
}

export async function reverifyTotp(caller: AccountCaller, code: string, meta: RequestMeta) {
  await verifyTotp(await passwordVerifiedFlow(caller), { code, meta });
  return reverified(caller, meta, "Totp");
}

export async function reverifyBackupCode(caller: AccountCaller, code: string, meta: RequestMeta) {
  await verifyFlowBackupCode(await passwordVerifiedFlow(caller), code, meta);
  return reverified(caller, meta, "BackupCode");
}

export async function startReverifyWebAuthn(caller: AccountCaller) {
  return startWebAuthnAuthentication(await passwordVerifiedFlow(caller));
}

export async function finishReverifyWebAuthn(
  caller: AccountCaller,
  verificationId: string,
  payload: unknown,
  meta: RequestMeta,
) {
  await finishWebAuthnAuthentication(
    await passwordVerifiedFlow(caller),
    verificationId,
    payload,
    meta,
  );
  return reverified(caller, meta, "WebAuthn");
}
