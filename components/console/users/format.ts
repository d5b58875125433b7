// Dates in the console's Users pages: UTC like the audit log, short in tables (the full time is
// in the element's title), relative where recency matters ("2 hours ago", "in 6 days").
const dateTime = new Intl.DateTimeFormat("en", {
  dateStyle: "medium",
  timeStyle: "short",
  timeZone: "UTC",
});
const dateOnly = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeZone: "UTC" });
const relative = new Intl.RelativeTimeFormat("en", { numeric: "auto" });

const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export function formatDateTime(date: Date): string {
  return `${dateTime.format(date)} UTC`;
}

export function formatDate(date: Date): string {
  return dateOnly.format(date);
}

/** "just now", "5 minutes ago", "yesterday", "in 6 days"; a date beyond four weeks. */
export function formatRelative(date: Date, now = new Date()): string {
  const seconds = (date.getTime() - now.getTime()) / 1000;
  const abs = Math.abs(seconds);
  if (abs < 45) return "just now";
  if (abs >= 28 * DAY) return formatDate(date);
  const [unit, size]: [Intl.RelativeTimeFormatUnit, number] =
    abs < 45 * MINUTE ? ["minute", MINUTE] : abs < 22 * HOUR ? ["hour", HOUR] : ["day", DAY];
  return relative.format(Math.round(seconds / size), unit);
}
