import { useId } from "react";
import { cx } from "./cx";

export type LogoSize = "sm" | "md" | "lg";

export interface LogoProps {
  size?: LogoSize;
  /** The "Twofold" wordmark next to the mark; without it the mark carries the accessible name. */
  showWordmark?: boolean;
  className?: string;
}

const marks: Record<LogoSize, string> = { sm: "size-6", md: "size-8", lg: "size-10" };
const words: Record<LogoSize, string> = { sm: "text-base", md: "text-lg", lg: "text-xl" };

/** Two interlocked rings on a brand tile: two factors, one identity. */
export function Logo({ size = "md", showWordmark = true, className }: LogoProps) {
  // Unique per instance: a gradient referenced from a display:none copy of the logo (mobile vs
  // desktop chrome) would otherwise blank out the visible one.
  const gradientId = `twofold-logo-${useId().replace(/[^a-zA-Z0-9_-]/g, "")}`;
  const fill = `url(#${gradientId})`;

  return (
    <span className={cx("inline-flex items-center gap-2.5", className)}>
      <svg
        viewBox="0 0 32 32"
        className={cx("shrink-0", marks[size])}
        role={showWordmark ? undefined : "img"}
        aria-label={showWordmark ? undefined : "Twofold"}
        aria-hidden={showWordmark ? true : undefined}
      >
        <defs>
          <linearGradient
            id={gradientId}
            x1="0"
            y1="0"
            x2="32"
            y2="32"
            gradientUnits="userSpaceOnUse"
          >
            <stop offset="0" stopColor="var(--color-brand-mark-from, var(--color-brand-500))" />
            <stop offset="1" stopColor="var(--color-brand-mark-to, var(--color-brand-700))" />
          </linearGradient>
        </defs>
        <rect width="32" height="32" rx="8" fill={fill} />
        <g fill="none" strokeWidth="2.5" strokeLinecap="round">
          <circle cx="12.5" cy="16" r="6" stroke="white" />
          <circle cx="19.5" cy="16" r="6" stroke="white" strokeOpacity="0.8" />
          {/* Redraw the left ring over the right one at the top crossing so they interlock. */}
          <g strokeLinecap="butt">
            <path d="M13.54 10.09A6 6 0 0 1 17.7 13" stroke={fill} strokeWidth="5" />
            {/* Slightly longer than the gap so anti-aliasing leaves no seam at its ends. */}
            <path d="M12.92 10.03A6 6 0 0 1 17.98 13.56" stroke="white" />
          </g>
        </g>
      </svg>
      {showWordmark ? (
        <span className={cx("font-semibold tracking-tight text-slate-900", words[size])}>
          Twofold
        </span>
      ) : null}
    </span>
  );
}
