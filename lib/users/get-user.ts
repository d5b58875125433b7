// One user's profile for the console's details page (whether a password is set, never its hash).
import { getDb } from "@/lib/db/client";

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
  lastSignInAt: Date | null;
};

/** The user, or null when no user has this id. */
export async function getUser(userId: string): Promise<UserDetails | null> {
  const user = await getDb().user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      username: true,
      primaryEmail: true,
      name: true,
      role: true,
      passwordHash: true,
      mfaRequired: true,
      mfaSkipped: true,
      createdAt: true,
      lastSignInAt: true,
    },
  });
  if (!user) return null;
  const { passwordHash, ...profile } = user;
  return { ...profile, hasPassword: passwordHash !== null };
}
