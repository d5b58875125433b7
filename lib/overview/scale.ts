// Axis scales for the overview's charts: a round maximum above the data and evenly spaced ticks,
// so gridlines fall on numbers people read at a glance (0, 5, 10 rather than 0, 3.7, 7.4).

/** The smallest of 1, 2, 5 × 10ⁿ (n ≥ 0) at or above `max`; 4 for an empty chart, so it still has an axis. */
export function niceMax(max: number): number {
  if (!(max > 0)) return 4;
  const magnitude = 10 ** Math.floor(Math.log10(max));
  for (const step of [1, 2, 2.5, 5, 10]) {
    const candidate = step * magnitude;
    if (candidate >= max && Number.isInteger(candidate)) return candidate;
  }
  return 10 * magnitude;
}

/** Whole-number ticks from 0 to `max`: at most five, evenly spaced. */
export function ticks(max: number): number[] {
  for (const count of [4, 5, 2, 3, 1]) {
    if (max % count === 0) return Array.from({ length: count + 1 }, (_, i) => (max / count) * i);
  }
  return [0, max];
}
