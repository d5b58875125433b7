// Reading users: every field but the password hash, which only says whether a password is set.
// The console and the Management API read users through here, so the hash never leaves.
import { getDb } from "@/lib/db/client";
import { storable } from "@/lib/db/sql";

export type UserDetails = {
  id: string;
  username: string | null;
  primaryEmail: string | null;
  name: string | null;
  role: string;
  hasPassword: boolean;
  mfaRequired: boolean;
  mfaSkipped: boolean;
  createdAt: Date;
  updatedAt: Date;
  lastSignInAt: Date | null;
};

export const USER_DETAILS = {
  id: true,
  username: true,
  primaryEmail: true,
  name: true,
  role: true,
  passwordHash: true,
  mfaRequired: true,
  mfaSkipped: true,
  createdAt: true,
  updatedAt: true,
  lastSignInAt: true,
} as const;

/** A row read with USER_DETAILS, without its hash. */
export function toUserDetails({
  passwordHash,
  ...user
}: Omit<UserDetails, "hasPassword"> & { passwordHash: string | null }): UserDetails {
  return { ...user, hasPassword: passwordHash !== null };
}

/** The user, or null when no user has this id. */
export async function getUser(userId: string): Promise<UserDetails | null> {
  if (!storable(userId)) return null;
  const user = await getDb().user.findUnique({ where: { id: userId }, select: USER_DETAILS });
  return user ? toUserDetails(user) : null;
}
