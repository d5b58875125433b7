// Refuses a username or email another user already holds.

import { AppError } from "@/lib/core/errors";
import type { Db } from "@/lib/db/client";
import { getDb } from "@/lib/db/client";

export type Profile = { username: string | null; primaryEmail: string | null };

/** Throws user.username_already_in_use or user.email_already_in_use. */
export async function assertIdentifiersAvailable(profile: Profile, db: Pick<Db, "user"> = getDb()) {
  if (profile.username && (await db.user.findUnique({ where: { username: profile.username } }))) {
    throw new AppError("user.username_already_in_use");
  }
  if (
    profile.primaryEmail &&
    (await db.user.findUnique({ where: { primaryEmail: profile.primaryEmail } }))
  ) {
    throw new AppError("user.email_already_in_use");
  }
}

/** Maps a unique-constraint race on insert to the same codes as the check above. */
export function uniqueViolationToAppError(error: unknown): never {
  const message = String((error as { message?: string })?.message ?? "");
  const target = JSON.stringify((error as { meta?: unknown })?.meta ?? "");
  if ((error as { code?: string })?.code === "P2002") {
    if (/primaryEmail/i.test(target + message)) throw new AppError("user.email_already_in_use");
    throw new AppError("user.username_already_in_use");
  }
  throw error;
}
