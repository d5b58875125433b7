// What every second-factor step checks first, and how its attempt is counted: per flow (5
// failures, then restart) and per user and factor type (the sentinel policy's rolling lock, plus
// a hard lock after 100 failures in a row). An attempt takes its slots in both before the secret
// is evaluated, so parallel requests cannot slip past either limit.
import { recordAudit } from "@/lib/audit/record";
import { AppError } from "@/lib/core/errors";
import type { RequestMeta } from "@/lib/core/request-meta";
import type { FactorType } from "@/lib/mfa/factors";
import { mfaPool, poolKey } from "@/lib/sentinel/mfa-pools";
import {
  assertPoolOpen,
  failureAnswer,
  markSucceeded,
  type Reservation,
  reserveAttempt,
} from "@/lib/sentinel/pool";
import { getSettings } from "@/lib/settings/store";
import { returnFlowAttempt, type SaveOptions, takeFlowAttempt } from "../flow-store";
import { getRecord } from "../records";
import type { Flow } from "../types";
import { FLOW_MFA_FAILURES } from "./attempts";

export { FLOW_MFA_FAILURES };
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

async function assertEnabled(type: FactorType) {
  const { mfa } = await getSettings();
  if (!mfa.factors.includes(type)) throw new AppError("session.mfa.factor_not_enabled", { type });
}

/**
 * For steps that issue something without evaluating a secret (a new TOTP secret, a WebAuthn
 * challenge). Throws session.mfa.factor_not_enabled, session.mfa.too_many_attempts,
 * session.verification_blocked_too_many_attempts.
 */
export async function guardMfaStep(flow: Flow, type: FactorType, userId: string | null) {
  await assertEnabled(type);
  if (flow.mfaFailures >= FLOW_MFA_FAILURES) throw new AppError("session.mfa.too_many_attempts");
  if (userId) await assertPoolOpen(poolKey(userId, type), await mfaPool(), { factor: type });
}

export type MfaAttempt = {
  /**
   * The proof checked out. `save` writes the step's flow with the options it is given, which
   * give the flow's slot back in that same write; once it has saved, the pool's slot is given
   * back and the user's hard locks end. Returns what `save` returns.
   */
  succeeded<T>(save: (options: SaveOptions) => Promise<T>): Promise<T>;
  /** It did not: the failure stays counted. Returns the error to throw: the lockout once this failure reached the limit, else `error`. */
  failed(reason: string, error: AppError): Promise<AppError>;
};

export type BeginAttemptOptions = {
  flow: Flow;
  type: FactorType;
  /** The stored user whose pool counts; null while registering (only the flow counts). */
  userId: string | null;
  meta: RequestMeta;
};

/**
 * Takes the attempt's slot in the flow and in the user's pool. Throws
 * session.mfa.factor_not_enabled, session.mfa.too_many_attempts,
 * session.verification_blocked_too_many_attempts.
 */
export async function beginMfaAttempt(options: BeginAttemptOptions): Promise<MfaAttempt> {
  const { flow, type, userId, meta } = options;
  await assertEnabled(type);
  if (!(await takeFlowAttempt(flow.id, FLOW_MFA_FAILURES))) {
    throw new AppError("session.mfa.too_many_attempts");
  }
  let reservation: Reservation | undefined;
  if (userId) {
    try {
      reservation = await reserveAttempt(poolKey(userId, type), await mfaPool(), { factor: type });
    } catch (error) {
      await returnFlowAttempt(flow.id);
      throw error;
    }
  }
  return {
    async succeeded(save) {
      const saved = await save({ returnAttempt: true });
      if (!userId || !reservation) return saved;
      // Independent writes, so they go at once (on PostgreSQL, on the pool's connections). The
      // success also ends the hard locks of the user's other factor types (mfa-pools.ts).
      await Promise.all([
        markSucceeded(reservation),
        recordAudit({
          type: "mfa.verified",
          actor: { type: "user", id: userId },
          userId,
          meta,
          data: { factor: type },
        }),
      ]);
      return saved;
    },
    async failed(reason, error) {
      if (!userId || !reservation) return error;
      await recordAudit({
        type: "mfa.verification_failed",
        actor: { type: "user", id: userId },
        userId,
        meta,
        data: { factor: type, reason },
      });
      const { ifFailed } = reservation;
      if (ifFailed.locked) {
        await recordAudit({
          type: "mfa.locked",
          actor: { type: "system" },
          userId,
          meta,
          data: { factor: type, minutesLeft: ifFailed.minutesLeft },
        });
      }
      return failureAnswer(reservation, error, { factor: type });
    },
  };
}
