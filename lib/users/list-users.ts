// Users for the console list and the Management API: search over username, email and name,
// newest first, paginated.
import { getDb } from "@/lib/db/client";
import { toUserDetails, USER_DETAILS } from "./get-user";

export type ListUsersOptions = { search?: string; page: number; pageSize: number };

export async function listUsers({ search, page, pageSize }: ListUsersOptions) {
  const where = userSearchWhere(search);
  const db = getDb();
  const [total, users] = await Promise.all([
    db.user.count({ where }),
    db.user.findMany({
      where,
      orderBy: { createdAt: "desc" },
      skip: (page - 1) * pageSize,
      take: pageSize,
      select: USER_DETAILS,
    }),
  ]);
  return { total, users: users.map(toUserDetails) };
}

/** Matches username, email or name; usernames and emails are stored lower-cased. */
export function userSearchWhere(search: string | undefined) {
  const term = search?.trim();
  return term
    ? {
        OR: [
          { username: { contains: term.toLowerCase() } },
          { primaryEmail: { contains: term.toLowerCase() } },
          { name: { contains: term } },
        ],
      }
    : {};
}
