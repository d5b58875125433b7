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

/**
 * What a refused request must never change: accounts, sessions, finished flows, factors and
 * codes, apps, keys, settings, setup links. (Failed attempts and their audit events are writes a
 * refusal does make, on purpose.) One query, so fuzzing can afford it around every request.
 */
export async function storedState() {
  const [row] = await getDb().$queryRawUnsafe<Record<string, unknown>[]>(`SELECT
    (SELECT count(*) FROM "User") AS "users",
    (SELECT count(*) FROM "Session" WHERE "revokedAt" IS NULL) AS "liveSessions",
    (SELECT count(*) FROM "Session") AS "sessions",
    (SELECT count(*) FROM "ExperienceFlow" WHERE "status" <> 'active') AS "completedFlows",
    (SELECT count(*) FROM "MfaFactor") AS "factors",
    (SELECT count(*) FROM "BackupCode" WHERE "usedAt" IS NULL) AS "unusedCodes",
    (SELECT count(*) FROM "Application") AS "applications",
    (SELECT count(*) FROM "ApiKey" WHERE "revokedAt" IS NULL) AS "apiKeys",
    (SELECT count(*) FROM "SetupToken" WHERE "usedAt" IS NULL) AS "setupTokens",
    (SELECT max("updatedAt") FROM "Setting") AS "settingsUpdatedAt",
    (SELECT max("updatedAt") FROM "User") AS "usersUpdatedAt"`);
  return Object.fromEntries(
    Object.entries(row ?? {}).map(([key, value]) => [key, value === null ? null : String(value)]),
  );
}
