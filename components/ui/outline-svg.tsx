// The frame every outline glyph shares, and the paths client components draw on their own. Apart
// from the whole set (outline-icons, which also reads the factor registry), so a client
// component that draws one glyph ships one path (DESIGN.md §8: first-load JavaScript).
import { cx } from "./cx";

export const FINGERPRINT_PATH =
  "M7.864 4.243A7.5 7.5 0 0 1 19.5 10.5c0 2.92-.556 5.709-1.568 8.268M5.742 6.364A7.465 7.465 0 0 0 4.5 10.5a7.464 7.464 0 0 1-1.15 3.993m1.989 3.559A11.209 11.209 0 0 0 8.25 10.5a3.75 3.75 0 1 1 7.5 0c0 .527-.021 1.049-.064 1.565M12 10.5a14.94 14.94 0 0 1-3.6 9.75m6.633-4.596a18.666 18.666 0 0 1-2.485 5.33";
export const CHEVRON_RIGHT_PATH = "m8.25 4.5 7.5 7.5-7.5 7.5";

/** An outline SVG of one or more 24px-grid paths; size it with a `size-*` class (default 20px). */
export function OutlineSvg({ paths, className }: { paths: readonly string[]; className?: string }) {
  return (
    <svg
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.5}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      className={cx("shrink-0", className ?? "size-5")}
    >
      {paths.map((d) => (
        <path key={d} d={d} />
      ))}
    </svg>
  );
}
