// Deletes a user for good. Sessions, factors and backup codes go with the row (foreign keys
// cascade); the user's unfinished sign-in flows and lockout counters are removed alongside.
// Audit events stay, and the deletion event keeps the identifiers so the log still reads.
import { type AuditActor, recordAudit } from "@/lib/audit/record";
import { AppError } from "@/lib/core/errors";
import type { RequestMeta } from "@/lib/core/request-meta";
import { getDb } from "@/lib/db/client";
import { lockForTransaction } from "@/lib/db/sql";
import { factorLock } from "@/lib/mfa/factor-store";

export type DeleteUserOptions = { userId: string; actor: AuditActor; meta?: RequestMeta };

/**
 * Throws entity.not_found for an unknown user, and auth.forbidden when an admin tries to delete
 * their own account (the console would lose the one signed in to it).
 */
export async function deleteUser({ userId, actor, meta }: DeleteUserOptions) {
  if (actor.type === "admin" && actor.id === userId) {
    throw new AppError("auth.forbidden", { reason: "self" });
  }
  return getDb().$transaction(async (tx) => {
    // A factor being added meanwhile finishes first, or finds the user gone.
    await lockForTransaction(tx, factorLock(userId));
    const user = await tx.user.findUnique({
      where: { id: userId },
      select: { id: true, username: true, primaryEmail: true, role: true },
    });
    if (!user) throw new AppError("entity.not_found");
    const [sessions, factors] = await Promise.all([
      tx.session.count({ where: { userId, revokedAt: null, expiresAt: { gt: new Date() } } }),
      tx.mfaFactor.count({ where: { userId } }),
    ]);
    await tx.experienceFlow.deleteMany({ where: { userId } });
    await tx.sentinelAttempt.deleteMany({ where: { subject: userId } });
    await tx.user.delete({ where: { id: userId } });
    await recordAudit({
      type: "user.deleted",
      actor,
      userId,
      meta,
      data: {
        username: user.username,
        primaryEmail: user.primaryEmail,
        role: user.role,
        activeSessions: sessions,
        factors,
      },
      db: tx,
    });
    return user;
  });
}
