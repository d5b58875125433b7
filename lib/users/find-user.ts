// Looks a user up by what they typed at sign-in: the id and password hash, all a sign-in step
// needs, read raw on the direct connection (every password step runs this).
import { direct } from "@/lib/db/client";
import { type Identifier, normalizeEmail, normalizeUsername } from "./identifiers";

export type SignInUser = { id: string; passwordHash: string | null };

export async function findUserByIdentifier(identifier: Identifier): Promise<SignInUser | null> {
  const db = direct();
  const [user] =
    identifier.type === "email"
      ? await db.$queryRaw<SignInUser[]>`
          SELECT "id", "passwordHash" FROM "User"
          WHERE "primaryEmail" = ${normalizeEmail(identifier.value)}`
      : await db.$queryRaw<SignInUser[]>`
          SELECT "id", "passwordHash" FROM "User"
          WHERE "username" = ${normalizeUsername(identifier.value)}`;
  return user ?? null;
}
