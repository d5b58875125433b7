// Reading users for the Management API: full profiles without the password hash.

import { AppError } from "@/lib/core/errors";
import { getDb } from "@/lib/db/client";
import { userSearchWhere } from "@/lib/users/list-users";

type UserRow = { passwordHash: string | null } & Record<string, unknown>;

function withoutHash<T extends UserRow>({ passwordHash, ...user }: T) {
  return { ...user, hasPassword: passwordHash !== null };
}

export async function listUsersForApi({
  search,
  page,
  pageSize,
}: {
  search?: string;
  page: number;
  pageSize: number;
}) {
  const where = userSearchWhere(search);
  const db = getDb();
  const [total, users] = await Promise.all([
    db.user.count({ where }),
    db.user.findMany({
      where,
      orderBy: { createdAt: "desc" },
      skip: (page - 1) * pageSize,
      take: pageSize,
    }),
  ]);
  return { total, users: users.map(withoutHash) };
}

/** Throws entity.not_found. */
export async function userForApi(userId: string) {
  const user = await getDb().user.findUnique({ where: { id: userId } });
  if (!user) throw new AppError("entity.not_found");
  return withoutHash(user);
}
