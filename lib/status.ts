// Counts shown by `cli status` and the console overview.

import { getDb } from "@/lib/db/client";
import { AUTHENTICATOR_TYPES } from "@/lib/mfa/factors";

export async function countOverview(now = new Date()) {
  const db = getDb();
  const since = new Date(now.getTime() - 24 * 60 * 60 * 1000);
  const [users, admins, signIns24h, usersWithMfa] = await Promise.all([
    db.user.count(),
    db.user.count({ where: { role: "admin" } }),
    db.auditEvent.count({ where: { type: "sign_in.succeeded", createdAt: { gt: since } } }),
    db.user.count({ where: { factors: { some: { type: { in: AUTHENTICATOR_TYPES } } } } }),
  ]);
  return { users, admins, signIns24h, usersWithMfa };
}
