// Signs a user out everywhere: every live session row is revoked at once, so next-auth and the
// flow API stop resolving them on the next request, and every remembered device is forgotten. Also used inside the transactions that
// change a user's password or reset their MFA, so no session outlives the credential it was
// signed in with.
import { type AuditActor, recordAudit } from "@/lib/audit/record";
import { AppError } from "@/lib/core/errors";
import type { RequestMeta } from "@/lib/core/request-meta";
import { type Db, getDb } from "@/lib/db/client";
import { revokeAllTrustedDevices } from "@/lib/trusted-devices/revoke-devices";

export type RevokeAllOptions = { userId: string; actor: AuditActor; meta?: RequestMeta };

/**
 * Revokes the user's live sessions, ends their unfinished sign-ins (a flow already past its
 * checks would otherwise mint a session later from the old credential) and forgets their
 * remembered devices (a device trusted under the old credential must not skip the new one's
 * second factor). Returns how many sessions ended. Run it in the caller's transaction.
 */
export async function endUserSessions(
  db: Pick<Db, "session" | "experienceFlow" | "trustedDevice" | "$executeRaw">,
  userId: string,
  actor: AuditActor = { type: "system" },
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
  await revokeAllTrustedDevices({ userId, actor }, db);
  return count;
}

/** Returns how many sessions ended. Throws entity.not_found for an unknown user. */
export async function revokeAllSessions({ userId, actor, meta }: RevokeAllOptions) {
  return getDb().$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { id: true } });
    if (!user) throw new AppError("entity.not_found");
    const count = await endUserSessions(tx, userId, actor);
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
