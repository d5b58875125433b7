// Signs a user out everywhere: every live session row is revoked at once, so next-auth and the
// flow API stop resolving them on the next request. Also used inside the transactions that
// change a user's password or reset their MFA, so no session outlives the credential it was
// signed in with.
import { type AuditActor, recordAudit } from "@/lib/audit/record";
import { AppError } from "@/lib/core/errors";
import type { RequestMeta } from "@/lib/core/request-meta";
import { type Db, getDb } from "@/lib/db/client";

export type RevokeAllOptions = { userId: string; actor: AuditActor; meta?: RequestMeta };

/**
 * Revokes the user's live sessions and ends their unfinished sign-ins (a flow already past its
 * checks would otherwise mint a session later from the old credential). Returns how many
 * sessions ended. Run it in the caller's transaction.
 */
export async function endUserSessions(
  db: Pick<Db, "session" | "experienceFlow">,
  userId: string,
): Promise<number> {
  const now = new Date();
  const { count } = await db.session.updateMany({
    where: { userId, revokedAt: null, expiresAt: { gt: now } },
    data: { revokedAt: now },
  });
  await db.experienceFlow.updateMany({
    where: { userId, event: "SignIn", status: { in: ["active", "completed"] } },
    data: { expiresAt: now },
  });
  return count;
}

/** Returns how many sessions ended. Throws entity.not_found for an unknown user. */
export async function revokeAllSessions({ userId, actor, meta }: RevokeAllOptions) {
  return getDb().$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { id: true } });
    if (!user) throw new AppError("entity.not_found");
    const count = await endUserSessions(tx, userId);
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
