// What every second-factor step checks first, and how failures and successes are counted: per
// flow (5 failures, then restart) and per user and factor type (the sentinel policy's rolling
// lock, plus a hard lock after 100 failures in a row).
import { recordAudit } from "@/lib/audit/record";
import { AppError } from "@/lib/http/errors";
import type { RequestMeta } from "@/lib/http/request-meta";
import type { FactorType } from "@/lib/mfa/factor-types";
import { assertPoolOpen, type PoolPolicy, poolState, recordAttempt } from "@/lib/sentinel/pool";
import { getSettings } from "@/lib/settings/store";
import { saveFlow } from "../flow-store";
import { getRecord } from "../records";
import type { Flow } from "../types";

export const FLOW_MFA_FAILURES = 5;
const HARD_LIMIT = 100;

export async function mfaPool(): Promise<PoolPolicy> {
  const { sentinelPolicy } = await getSettings();
  return {
    maxAttempts: sentinelPolicy.maxAttempts,
    windowMinutes: 60,
    lockMinutes: sentinelPolicy.lockoutDuration,
    hardLimit: HARD_LIMIT,
  };
}

export const poolKey = (userId: string, type: FactorType) => ({
  subject: userId,
  pool: `mfa:${type}`,
});

/** Who the flow is for: a stored user, or (registration) the identity not yet stored. */
export function flowSubject(flow: Flow): { userId: string | null; account: string } {
  if (!flow.data.identifiedBy) throw new AppError("session.identifier_not_verified");
  if (flow.event === "SignIn" || flow.event === "Account") {
    if (!flow.userId) throw new AppError("session.identifier_not_verified");
    return { userId: flow.userId, account: "" };
  }
  const identity = getRecord(flow, flow.data.identifiedBy, "NewPasswordIdentity");
  return { userId: null, account: identity.primaryEmail ?? identity.username ?? "" };
}

/** Throws session.mfa.factor_not_enabled, session.mfa.too_many_attempts, session.verification_blocked_too_many_attempts. */
export async function guardMfaAttempt(flow: Flow, type: FactorType, userId: string | null) {
  const { mfa } = await getSettings();
  if (!mfa.factors.includes(type)) throw new AppError("session.mfa.factor_not_enabled", { type });
  if (flow.mfaFailures >= FLOW_MFA_FAILURES) throw new AppError("session.mfa.too_many_attempts");
  if (userId) await assertPoolOpen(poolKey(userId, type), await mfaPool(), { factor: type });
}

export type FailureOptions = {
  flow: Flow;
  type: FactorType;
  userId: string | null;
  meta: RequestMeta;
  reason: string;
};

/** Counts a failed attempt everywhere it counts; returns the saved flow. */
export async function recordMfaFailure({
  flow,
  type,
  userId,
  meta,
  reason,
}: FailureOptions): Promise<Flow> {
  const saved = await saveFlow(flow, { mfaFailures: flow.mfaFailures + 1 });
  if (!userId) return saved;
  const key = poolKey(userId, type);
  await recordAttempt(key, false);
  await recordAudit({
    type: "mfa.verification_failed",
    actor: { type: "user", id: userId },
    userId,
    meta,
    data: { factor: type, reason },
  });
  const state = await poolState(key, await mfaPool());
  if (state.locked) {
    await recordAudit({
      type: "mfa.locked",
      actor: { type: "system" },
      userId,
      meta,
      data: { factor: type, minutesLeft: state.minutesLeft },
    });
  }
  return saved;
}

/** A verified factor ends every hard lock of the user's other factor types too. */
export async function recordMfaSuccess(userId: string, type: FactorType, meta: RequestMeta) {
  for (const t of ["Totp", "WebAuthn", "BackupCode"] as const)
    await recordAttempt(poolKey(userId, t), true);
  await recordAudit({
    type: "mfa.verified",
    actor: { type: "user", id: userId },
    userId,
    meta,
    data: { factor: type },
  });
}
