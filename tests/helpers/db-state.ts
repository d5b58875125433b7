// Snapshots of stored state, to assert that a refused request wrote nothing.
import { getDb } from "@/lib/db/client";

export async function rowCounts() {
  const db = getDb();
  const [users, sessions, completedFlows] = await Promise.all([
    db.user.count(),
    db.session.count(),
    db.experienceFlow.count({ where: { status: { not: "active" } } }),
  ]);
  return { users, sessions, completedFlows };
}

export async function auditTypes(userId?: string) {
  const events = await getDb().auditEvent.findMany({
    where: userId ? { userId } : {},
    orderBy: { createdAt: "asc" },
  });
  return events.map((e) => e.type);
}
