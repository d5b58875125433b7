// Signs a user out everywhere: every live session row is revoked at once, so next-auth and the
// flow API stop resolving them on the next request. One audit event with the count.
import { type AuditActor, recordAudit } from "@/lib/audit/record";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/http/errors";
import type { RequestMeta } from "@/lib/http/request-meta";

export type RevokeAllOptions = { userId: string; actor: AuditActor; meta?: RequestMeta };

/** Returns how many sessions ended. Throws entity.not_found for an unknown user. */
export async function revokeAllSessions({ userId, actor, meta }: RevokeAllOptions) {
  return getDb().$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { id: true } });
    if (!user) throw new AppError("entity.not_found");
    const now = new Date();
    const { count } = await tx.session.updateMany({
      where: { userId, revokedAt: null, expiresAt: { gt: now } },
      data: { revokedAt: now },
    });
    await recordAudit({
      type: "sessions.revoked",
      actor,
      userId,
      meta,
      data: { count },
      db: tx,
    });
    return count;
  });
}
