// The overview's window: the last 30 UTC days, today included, as `YYYY-MM-DD` keys.

export const OVERVIEW_DAYS = 30;
const DAY_MS = 86_400_000;

export type DayRange = { days: string[]; start: Date; end: Date };

export function dayKey(at: Date): string {
  return at.toISOString().slice(0, 10);
}

/** `count` days ending with `now`'s UTC day; `end` is the midnight after it. */
export function lastDays(now: Date, count = OVERVIEW_DAYS): DayRange {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const start = new Date(today - (count - 1) * DAY_MS);
  const days = Array.from({ length: count }, (_, i) =>
    dayKey(new Date(start.getTime() + i * DAY_MS)),
  );
  return { days, start, end: new Date(today + DAY_MS) };
}

/** The day `n` days before `day` (a `YYYY-MM-DD` key). */
export function daysBefore(day: string, n: number): string {
  return dayKey(new Date(Date.parse(`${day}T00:00:00Z`) - n * DAY_MS));
}
