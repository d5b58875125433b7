// Creates an administrator with a password, checked against the same rules as registration.
import { recordAudit } from "@/lib/audit/record";
import type { RequestMeta } from "@/lib/core/request-meta";
import { hashSecret } from "@/lib/crypto/password-hash";
import { type Db, getDb } from "@/lib/db/client";
import { createUser } from "./create-user";
import { validEmail, validUsername } from "./identifiers";
import { assertPasswordAllowed } from "./password-rules";

export type CreateAdminOptions = {
  username: string;
  email?: string | null;
  password: string;
  actor: "setup" | "cli";
  meta?: RequestMeta;
};

/** Throws user.invalid_*, password.*, user.*_already_in_use. */
export async function createAdmin(
  options: CreateAdminOptions,
  db: Pick<Db, "user" | "$executeRaw"> = getDb(),
) {
  const username = validUsername(options.username);
  const primaryEmail = options.email?.trim() ? validEmail(options.email) : null;
  assertPasswordAllowed(options.password, username);
  const passwordHash = await hashSecret(options.password);
  const user = await createUser(db, { username, primaryEmail, passwordHash, role: "admin" });
  await recordAudit({
    type: "admin.setup_completed",
    actor: { type: "system" },
    userId: user.id,
    meta: options.meta,
    data: { via: options.actor },
    db,
  });
  return user;
}
