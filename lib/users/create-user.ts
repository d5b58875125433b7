// Creates a user from already validated identifiers and a password hash.
import { newId } from "@/lib/crypto/tokens";
import type { Db } from "@/lib/db/client";
import {
  assertIdentifiersAvailable,
  type Profile,
  uniqueViolationToAppError,
} from "./assert-available";

export type CreateUserOptions = Profile & {
  /** A pre-allocated id (registration flows allocate it at identification). */
  id?: string;
  passwordHash: string | null;
  name?: string | null;
  role?: "user" | "admin";
};

/** Throws user.username_already_in_use or user.email_already_in_use (also on a race). */
export async function createUser(db: Pick<Db, "user">, options: CreateUserOptions) {
  await assertIdentifiersAvailable(options, db);
  try {
    return await db.user.create({
      data: {
        id: options.id ?? newId(),
        username: options.username,
        primaryEmail: options.primaryEmail,
        name: options.name ?? null,
        passwordHash: options.passwordHash,
        role: options.role ?? "user",
      },
    });
  } catch (error) {
    uniqueViolationToAppError(error);
  }
}
