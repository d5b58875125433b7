// Admin operations on a user's MFA: remove one factor, reset all, unlock lockouts (password and
// second factors), require MFA.
// Each is an audit event with the acting admin (or API key) as actor.

import { type AuditActor, recordAudit } from "@/lib/audit/record";
import { AppError } from "@/lib/core/errors";
import type { RequestMeta } from "@/lib/core/request-meta";
import { getDb } from "@/lib/db/client";
import { changeFactors, type FactorRow } from "@/lib/mfa/factor-store";
import type { FactorType } from "@/lib/mfa/factor-types";
import { isAuthenticator } from "@/lib/mfa/factors";
import { passwordPoolKey } from "@/lib/sentinel/pool";
import { endUserSessions } from "@/lib/sessions/revoke-all";

export type AdminContext = { userId: string; actor: AuditActor; meta?: RequestMeta };

async function assertUser(userId: string) {
  const user = await getDb().user.findUnique({ where: { id: userId }, select: { id: true } });
  if (!user) throw new AppError("entity.not_found");
}

/** A stored factor as removal sees it. */
export type RemovableFactor = Pick<FactorRow, "id" | "type" | "name">;

/**
 * Removes one of the user's factors. Backup codes are never a user's only factor:
 * when the last authenticator app or passkey goes, the backup codes go with it. `mayRemove` (the
 * account page's rule about Mandatory) sees the user's factors as they are under the factor lock,
 * and throws to refuse. Returns what was removed. Throws entity.not_found when the user or the
 * factor (of that user) does not exist.
 */
export async function removeFactor({
  userId,
  factorId,
  actor,
  meta,
  mayRemove,
}: AdminContext & {
  factorId: string;
  mayRemove?: (factor: RemovableFactor, factors: readonly RemovableFactor[]) => void;
}) {
  return changeFactors(userId, async (tx, factors) => {
    const factor = factors.find((f) => f.id === factorId);
    if (!factor) throw new AppError("entity.not_found");
    mayRemove?.(factor, factors);
    const lastPrimary =
      isAuthenticator(factor.type) &&
      !factors.some((f) => f.id !== factor.id && isAuthenticator(f.type));
    const removed = lastPrimary
      ? [factor, ...factors.filter((f) => !isAuthenticator(f.type))]
      : [factor];
    await tx.mfaFactor.deleteMany({ where: { id: { in: removed.map((f) => f.id) } } });
    for (const f of removed) {
      await recordAudit({
        type: "mfa.factor_removed",
        actor,
        userId,
        meta,
        data: { factor: f.type, factorId: f.id, name: f.name },
        db: tx,
      });
    }
    return removed.map((f) => ({ id: f.id, type: f.type as FactorType }));
  });
}

/**
 * Removes every factor and the remembered skip, so the next sign-in prompts again, and ends the
 * user's sessions: a session signed in with a factor that no longer exists must not go on.
 */
export async function resetMfa({ userId, actor, meta }: AdminContext) {
  await assertUser(userId);
  return getDb().$transaction(async (tx) => {
    const { count } = await tx.mfaFactor.deleteMany({ where: { userId } });
    await tx.user.update({ where: { id: userId }, data: { mfaSkipped: false } });
    const sessionsEnded = await endUserSessions(tx, userId, actor);
    await recordAudit({
      type: "mfa.reset",
      actor,
      userId,
      meta,
      data: { removed: count, sessionsEnded },
      db: tx,
    });
    return count;
  });
}

/**
 * Clears the failures that lock the user out: of password sign-in, and of each second-factor
 * type (rolling and hard locks alike). Throws entity.not_found.
 */
export async function unlockSignIn({ userId, actor, meta }: AdminContext) {
  await assertUser(userId);
  const { count } = await getDb().sentinelAttempt.deleteMany({
    where: {
      subject: userId,
      success: false,
      OR: [{ pool: { startsWith: "mfa:" } }, { pool: passwordPoolKey(userId).pool }],
    },
  });
  await recordAudit({
    type: "mfa.unlocked",
    actor,
    userId,
    meta,
    data: { clearedFailures: count },
  });
}

export type MfaFlags = { skipped?: boolean; required?: boolean };

/** Sets the user's remembered skip and admin requirement. Throws entity.not_found. */
export async function updateUserMfaSettings({
  userId,
  skipped,
  required,
  actor,
  meta,
}: AdminContext & MfaFlags) {
  await assertUser(userId);
  await getDb().user.update({
    where: { id: userId },
    data: {
      ...(skipped !== undefined ? { mfaSkipped: skipped } : {}),
      ...(required !== undefined ? { mfaRequired: required } : {}),
    },
  });
  await recordAudit({
    type: "mfa.required_changed",
    actor,
    userId,
    meta,
    data: { skipped, required },
  });
}
