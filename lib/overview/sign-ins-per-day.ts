// Completed sign-ins per UTC day, split by method: one query grouped by day and by what the
// event recorded (its method, else its amr for older events), mapped by signInMethodOfEvent.
import {
  SIGN_IN_METHODS,
  type SignInMethod,
  signInMethodOfEvent,
} from "@/lib/audit/sign-in-method";
import { getDb } from "@/lib/db/client";
import { jsonField, timestamp, utcDay } from "@/lib/db/sql";
import type { DayRange } from "./days";

export type SignInDay = { day: string; total: number } & Record<SignInMethod, number>;

type Row = { day: string; method: string | null; amr: string | null; n: bigint | number };

export async function signInsPerDay(range: DayRange): Promise<SignInDay[]> {
  const rows = await getDb().$queryRaw<Row[]>`
    SELECT ${utcDay('"createdAt"')} AS day, ${jsonField('"data"', "method")} AS method,
           ${jsonField('"data"', "amr")} AS amr, COUNT(*) AS n
    FROM "AuditEvent"
    WHERE "type" = 'sign_in.succeeded'
      AND "createdAt" >= ${timestamp(range.start)} AND "createdAt" < ${timestamp(range.end)}
    GROUP BY 1, 2, 3`;
  const byDay = new Map(range.days.map((day) => [day, emptyDay(day)]));
  for (const row of rows) {
    const entry = byDay.get(row.day);
    if (!entry) continue;
    const method = signInMethodOfEvent({ method: row.method, amr: parseAmr(row.amr) });
    entry[method] += Number(row.n);
    entry.total += Number(row.n);
  }
  return [...byDay.values()];
}

function emptyDay(day: string): SignInDay {
  const counts = Object.fromEntries(SIGN_IN_METHODS.map((m) => [m, 0])) as Record<
    SignInMethod,
    number
  >;
  return { day, total: 0, ...counts };
}

function parseAmr(text: string | null): unknown {
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    return undefined;
  }
}
