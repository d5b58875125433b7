// A user's live sessions (not revoked, not expired), newest first, for the console.
import { getDb } from "@/lib/db/client";

export type SessionView = {
  id: string;
  createdAt: Date;
  expiresAt: Date;
  ip: string | null;
  userAgent: string | null;
};

export function listActiveSessions(userId: string, now = new Date()): Promise<SessionView[]> {
  return getDb().session.findMany({
    where: { userId, revokedAt: null, expiresAt: { gt: now } },
    orderBy: { createdAt: "desc" },
    select: { id: true, createdAt: true, expiresAt: true, ip: true, userAgent: true },
  });
}
