// A date as the Users pages show it, with the exact UTC time on hover.
import { formatDate, formatDateTime, formatRelative } from "./format";

export function Time({ date, as = "date" }: { date: Date; as?: "date" | "relative" | "full" }) {
  const text =
    as === "relative"
      ? formatRelative(date)
      : as === "full"
        ? formatDateTime(date)
        : formatDate(date);
  return (
    <time dateTime={date.toISOString()} title={formatDateTime(date)}>
      {text}
    </time>
  );
}
