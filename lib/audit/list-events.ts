// Audit events for the console, newest first, optionally filtered by user and type.
import { getDb } from "@/lib/db/client";

export type ListEventsOptions = { userId?: string; type?: string; page: number; pageSize: number };

export async function listAuditEvents({ userId, type, page, pageSize }: ListEventsOptions) {
  const where = { ...(userId ? { userId } : {}), ...(type ? { type } : {}) };
  const db = getDb();
  const [total, events] = await Promise.all([
    db.auditEvent.count({ where }),
    db.auditEvent.findMany({
      where,
      orderBy: { createdAt: "desc" },
      skip: (page - 1) * pageSize,
      take: pageSize,
    }),
  ]);
  const userIds = [
    ...new Set(events.map((e) => e.userId).filter((id): id is string => Boolean(id))),
  ];
  const users = await db.user.findMany({
    where: { id: { in: userIds } },
    select: { id: true, username: true, primaryEmail: true },
  });
  const names = new Map(users.map((u) => [u.id, u.username ?? u.primaryEmail ?? u.id]));
  return {
    total,
    events: events.map((e) => ({
      ...e,
      userLabel: e.userId ? (names.get(e.userId) ?? "deleted user") : null,
    })),
  };
}
