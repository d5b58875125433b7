// Dates on the account page, in the reader's locale.
export function formatDay(iso: string | null | undefined): string | null {
  if (!iso) return null;
  return new Date(iso).toLocaleDateString(undefined, {
    year: "numeric",
    month: "short",
    day: "numeric",
  });
}

/** "Added 3 Dec 2026 · Last used 5 Dec 2026" */
export function factorDates(f: { createdAt: string; lastUsedAt?: string | null }): string {
  const used = formatDay(f.lastUsedAt);
  return [`Added ${formatDay(f.createdAt)}`, used ? `Last used ${used}` : "Never used"].join(" · ");
}
