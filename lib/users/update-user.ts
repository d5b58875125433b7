// Changes a user's profile (Management API PATCH): the same identifier and password rules as
// registration; null clears the email or name. One audit event names the fields changed. A new
// password ends every session of the user in the same transaction (an admin or a backend set
// it; a self-service change would keep the caller's own session).
import { type AuditActor, recordAudit } from "@/lib/audit/record";
import { AppError } from "@/lib/core/errors";
import type { RequestMeta } from "@/lib/core/request-meta";
import { hashSecret } from "@/lib/crypto/password-hash";
import { getDb } from "@/lib/db/client";
import { endUserSessions } from "@/lib/sessions/revoke-all";
import { assertIdentifiersAvailable, uniqueViolationToAppError } from "./assert-available";
import { validEmail, validUsername } from "./identifiers";
import { assertPasswordAllowed } from "./password-rules";

export type UserPatch = {
  username?: string;
  primaryEmail?: string | null;
  name?: string | null;
  password?: string;
};

/** Throws entity.not_found, user.invalid_*, user.*_already_in_use, user.identifier_required, password.*. */
export async function updateUser(
  userId: string,
  patch: UserPatch,
  actor: AuditActor,
  meta?: RequestMeta,
) {
  const current = await getDb().user.findUnique({ where: { id: userId } });
  if (!current) throw new AppError("entity.not_found");
  const username = patch.username === undefined ? current.username : validUsername(patch.username);
  const primaryEmail =
    patch.primaryEmail === undefined
      ? current.primaryEmail
      : patch.primaryEmail === null
        ? null
        : validEmail(patch.primaryEmail);
  if (!username && !primaryEmail) throw new AppError("user.identifier_required");
  if (patch.password !== undefined) assertPasswordAllowed(patch.password, username);
  await assertIdentifiersAvailable({
    username: username !== current.username ? username : null,
    primaryEmail: primaryEmail !== current.primaryEmail ? primaryEmail : null,
  });
  const data = {
    username,
    primaryEmail,
    ...(patch.name !== undefined ? { name: patch.name?.trim() || null } : {}),
    ...(patch.password !== undefined ? { passwordHash: await hashSecret(patch.password) } : {}),
  };
  try {
    return await getDb().$transaction(async (tx) => {
      const user = await tx.user.update({ where: { id: userId }, data });
      const sessionsEnded =
        patch.password !== undefined ? await endUserSessions(tx, userId, actor) : undefined;
      await recordAudit({
        type: "user.updated",
        actor,
        userId,
        meta,
        data: { fields: Object.keys(patch), sessionsEnded },
        db: tx,
      });
      return user;
    });
  } catch (error) {
    uniqueViolationToAppError(error);
  }
}
