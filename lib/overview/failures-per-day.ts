// Failed attempts and lockouts per UTC day. Failures are wrong passwords and wrong second
// factors; lockouts are second-factor locks as they start (`mfa.locked`) plus each account whose
// password sign-in was refused by its lock that day (`sign_in.blocked` is written per refusal).
import { getDb } from "@/lib/db/client";
import { timestamp, utcDay } from "@/lib/db/sql";
import type { DayRange } from "./days";

export type FailureDay = { day: string; failures: number; lockouts: number };

type Row = {
  day: string;
  failures: bigint | number | null;
  mfa_locks: bigint | number | null;
  password_locks: bigint | number | null;
};

export async function failuresPerDay(range: DayRange): Promise<FailureDay[]> {
  const rows = await getDb().$queryRaw<Row[]>`
    SELECT ${utcDay('"createdAt"')} AS day,
      SUM(CASE WHEN "type" IN ('sign_in.failed', 'mfa.verification_failed') THEN 1 ELSE 0 END) AS failures,
      SUM(CASE WHEN "type" = 'mfa.locked' THEN 1 ELSE 0 END) AS mfa_locks,
      COUNT(DISTINCT CASE WHEN "type" = 'sign_in.blocked' THEN COALESCE("userId", '') END) AS password_locks
    FROM "AuditEvent"
    WHERE "type" IN ('sign_in.failed', 'mfa.verification_failed', 'mfa.locked', 'sign_in.blocked')
      AND "createdAt" >= ${timestamp(range.start)} AND "createdAt" < ${timestamp(range.end)}
    GROUP BY 1`;
  const byDay = new Map(rows.map((row) => [row.day, row]));
  return range.days.map((day) => {
    const row = byDay.get(day);
    return {
      day,
      failures: Number(row?.failures ?? 0),
      lockouts: Number(row?.mfa_locks ?? 0) + Number(row?.password_locks ?? 0),
    };
  });
}
