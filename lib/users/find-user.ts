// Looks a user up by what they typed at sign-in.
import { getDb } from "@/lib/db/client";
import { type Identifier, normalizeEmail, normalizeUsername } from "./identifiers";

export function findUserByIdentifier(identifier: Identifier) {
  const where =
    identifier.type === "email"
      ? { primaryEmail: normalizeEmail(identifier.value) }
      : { username: normalizeUsername(identifier.value) };
  return getDb().user.findUnique({ where });
}
