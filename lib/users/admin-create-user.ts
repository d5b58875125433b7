// Creates a user from the console: the same identifier and password rules as registration, an
// optional password (none: the account has no password until one is set), one audit event.
import { type AuditActor, recordAudit } from "@/lib/audit/record";
import { AppError } from "@/lib/core/errors";
import type { RequestMeta } from "@/lib/core/request-meta";
import { hashSecret } from "@/lib/crypto/password-hash";
import { getDb } from "@/lib/db/client";
import { createUser } from "./create-user";
import { validEmail, validUsername } from "./identifiers";
import { assertPasswordAllowed } from "./password-rules";

export const NAME_MAX = 128;

export type AdminCreateUserOptions = {
  username?: string | null;
  email?: string | null;
  name?: string | null;
  /** Empty or missing: the user is created without a password. */
  password?: string | null;
  actor: AuditActor;
  meta?: RequestMeta;
};

const present = (value: string | null | undefined) => (value?.trim() ? value : null);

/**
 * Validates everything before writing anything. Throws user.identifier_required,
 * user.invalid_username, user.invalid_email, guard.invalid_input (name), password.*,
 * user.username_already_in_use, user.email_already_in_use.
 */
export async function adminCreateUser(options: AdminCreateUserOptions) {
  const rawUsername = present(options.username);
  const rawEmail = present(options.email);
  if (!rawUsername && !rawEmail) throw new AppError("user.identifier_required");
  const username = rawUsername ? validUsername(rawUsername) : null;
  const primaryEmail = rawEmail ? validEmail(rawEmail) : null;
  const name = options.name?.trim() || null;
  if (name && [...name].length > NAME_MAX) {
    throw new AppError("guard.invalid_input", {
      issues: [{ path: "name", message: `Use at most ${NAME_MAX} characters.` }],
    });
  }
  const password = options.password || null;
  if (password) assertPasswordAllowed(password, username);
  const passwordHash = password ? await hashSecret(password) : null;

  return getDb().$transaction(async (tx) => {
    const user = await createUser(tx, { username, primaryEmail, name, passwordHash });
    await recordAudit({
      type: "user.created",
      actor: options.actor,
      userId: user.id,
      meta: options.meta,
      data: { username, primaryEmail, withPassword: passwordHash !== null },
      db: tx,
    });
    return user;
  });
}
