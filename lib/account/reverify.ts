// Re-verification on the account page: the password first (it starts a fresh account flow bound
// to the session), then one of the user's usable factors through the same steps the sign-in uses,
// so the lockout counters and audit events are the sign-in's own.
import { recordAudit } from "@/lib/audit/record";
import { AppError } from "@/lib/core/errors";
import type { RequestMeta } from "@/lib/core/request-meta";
import { getDb } from "@/lib/db/client";
import { createAccountFlow, findAccountFlow } from "@/lib/experience/flow-store";
import { verifyFlowBackupCode } from "@/lib/experience/mfa/backup-codes";
import { verifyTotp } from "@/lib/experience/mfa/totp";
import {
  finishWebAuthnAuthentication,
  startWebAuthnAuthentication,
} from "@/lib/experience/mfa/webauthn";
import { newRecord } from "@/lib/experience/records";
import type { Flow } from "@/lib/experience/types";
import { factorSummaries } from "@/lib/mfa/factor-store";
import { usableFactors, verificationOrder } from "@/lib/mfa/policy";
import { passwordPoolKey } from "@/lib/sentinel/pool";
import { getSettings } from "@/lib/settings/store";
import { checkPassword } from "@/lib/users/check-password";
import { type ReverificationState, reverificationState } from "./reverification";

/** The signed-in caller: the user and the session the re-verification belongs to. */
export type AccountCaller = { id: string; sessionId: string };

async function availableFactors(userId: string) {
  const { mfa } = await getSettings();
  return verificationOrder(usableFactors(await factorSummaries(userId), mfa.factors));
}

export async function getReverification(caller: AccountCaller): Promise<ReverificationState> {
  const flow = await findAccountFlow(caller.sessionId, caller.id);
  return reverificationState(flow, await availableFactors(caller.id), new Date());
}

/**
 * The session's account flow once it has proved `enough`: the password step alone (for the
 * factor step), or a complete, fresh re-verification. Throws account.reverification_required.
 */
async function flowProving(caller: AccountCaller, enough: "password" | "complete"): Promise<Flow> {
  const flow = await findAccountFlow(caller.sessionId, caller.id);
  const state = reverificationState(flow, await availableFactors(caller.id), new Date());
  const proved = enough === "password" ? state.passwordVerified : state.verified;
  if (!flow || !proved) {
    throw new AppError("account.reverification_required", {
      passwordVerified: state.passwordVerified,
      availableFactors: state.availableFactors,
    });
  }
  return flow;
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
 * in the user's password pool like a sign-in. Throws session.invalid_credentials and
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
    throw check.error;
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
