// A user for the Management API, whose routes answer 404 for an unknown id.

import { AppError } from "@/lib/core/errors";
import { getUser, type UserDetails } from "@/lib/users/get-user";

/** Throws entity.not_found. */
export async function userForApi(userId: string): Promise<UserDetails> {
  const user = await getUser(userId);
  if (!user) throw new AppError("entity.not_found");
  return user;
}
