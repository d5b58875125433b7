// Chart colours: mid-tones with at least 3:1 contrast against both white and slate-900
// (WCAG 1.4.11 for graphics), so they hold on a light card and a dark one, and distinct for
// the common colour-vision deficiencies. Colour is never the only cue: every chart has a legend
// with names and a table of its numbers.
export const CHART_COLORS = {
  slate: "#64748b",
  indigo: "#6366f1",
  teal: "#0d9488",
  amber: "#d97706",
  pink: "#db2777",
  violet: "#7c3aed",
} as const;

const dayFormat = new Intl.DateTimeFormat("en", {
  month: "short",
  day: "numeric",
  timeZone: "UTC",
});

/** "Mar 14" for a `YYYY-MM-DD` key. */
export function dayLabel(day: string): string {
  return dayFormat.format(new Date(`${day}T00:00:00Z`));
}
