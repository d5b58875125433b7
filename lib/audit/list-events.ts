// Audit events for the console, newest first, filtered by user (id, username or email), type and
// time window.
import { getDb } from "@/lib/db/client";

export const AUDIT_WINDOWS = { "1h": 1, "24h": 24, "7d": 24 * 7, "30d": 24 * 30 } as const;
export type AuditWindow = keyof typeof AUDIT_WINDOWS;

export type ListEventsOptions = {
  user?: string;
  type?: string;
  window?: AuditWindow;
  page: number;
  pageSize: number;
  now?: Date;
};

async function resolveUserId(user: string | undefined): Promise<string | null | undefined> {
  const term = user?.trim().toLowerCase();
  if (!term) return undefined;
  const found = await getDb().user.findFirst({
    where: { OR: [{ id: user?.trim() }, { username: term }, { primaryEmail: term }] },
    select: { id: true },
  });
  return found?.id ?? null;
}

export async function listAuditEvents({
  user,
  type,
  window,
  page,
  pageSize,
  now = new Date(),
}: ListEventsOptions) {
  const userId = await resolveUserId(user);
  if (userId === null) return { total: 0, events: [], userFound: false };
  const since = window ? new Date(now.getTime() - AUDIT_WINDOWS[window] * 3_600_000) : undefined;
  const where = {
    ...(userId ? { userId } : {}),
    ...(type ? { type } : {}),
    ...(since ? { createdAt: { gt: since } } : {}),
  };
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
    userFound: true,
    events: events.map((e) => ({
      ...e,
      details: JSON.parse(e.data) as Record<string, unknown>,
      userLabel: e.userId ? (names.get(e.userId) ?? "deleted user") : null,
    })),
  };
}
