// MFA adoption per UTC day: of the users active on that day (a completed sign-in in the 30 days
// ending with it, and still existing), the share whose first authenticator (TOTP or passkey;
// backup codes are recovery) was created on or before it. Sign-ins are first reduced to
// distinct user-days, so the join with the 30 days stays small.
import { getDb } from "@/lib/db/client";
import { join, sql, timestamp, utcDay } from "@/lib/db/sql";
import { AUTHENTICATOR_TYPES } from "@/lib/mfa/factors";
import { type DayRange, daysBefore } from "./days";

export const ACTIVE_WINDOW_DAYS = 30;

export type AdoptionDay = { day: string; active: number; enrolled: number; share: number | null };

type Row = { day: string; active: bigint | number; enrolled: bigint | number };

export async function mfaAdoption(range: DayRange): Promise<AdoptionDay[]> {
  const windows = range.days.map(
    (day) => sql`(CAST(${day} AS TEXT), CAST(${daysBefore(day, ACTIVE_WINDOW_DAYS - 1)} AS TEXT))`,
  );
  const since = new Date(range.start.getTime() - (ACTIVE_WINDOW_DAYS - 1) * 86_400_000);
  const rows = await getDb().$queryRaw<Row[]>`
    WITH days (day, window_start) AS (VALUES ${join(windows)}),
    user_days AS (
      SELECT DISTINCT e."userId" AS user_id, ${utcDay('e."createdAt"')} AS day
      FROM "AuditEvent" e JOIN "User" u ON u."id" = e."userId"
      WHERE e."type" = 'sign_in.succeeded'
        AND e."createdAt" >= ${timestamp(since)} AND e."createdAt" < ${timestamp(range.end)}
    ),
    first_factor AS (
      SELECT "userId" AS user_id, MIN(${utcDay('"createdAt"')}) AS day
      FROM "MfaFactor" WHERE "type" IN (${join(AUTHENTICATOR_TYPES)})
      GROUP BY "userId"
    )
    SELECT d.day AS day, COUNT(DISTINCT a.user_id) AS active,
      COUNT(DISTINCT CASE WHEN f.day <= d.day THEN a.user_id END) AS enrolled
    FROM days d
    JOIN user_days a ON a.day >= d.window_start AND a.day <= d.day
    LEFT JOIN first_factor f ON f.user_id = a.user_id
    GROUP BY d.day`;
  const byDay = new Map(rows.map((row) => [row.day, row]));
  return range.days.map((day) => {
    const active = Number(byDay.get(day)?.active ?? 0);
    const enrolled = Number(byDay.get(day)?.enrolled ?? 0);
    return { day, active, enrolled, share: active ? enrolled / active : null };
  });
}
