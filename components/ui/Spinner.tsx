import { cx } from "./cx";

export type SpinnerSize = "sm" | "md" | "lg";

export interface SpinnerProps {
  size?: SpinnerSize;
  className?: string;
  /** Announced to screen readers; omit when a parent already conveys busy state. */
  label?: string;
}

const sizes: Record<SpinnerSize, string> = { sm: "size-4", md: "size-5", lg: "size-8" };

export function Spinner({ size = "md", className, label }: SpinnerProps) {
  return (
    <svg
      className={cx("animate-spin", sizes[size], className)}
      viewBox="0 0 24 24"
      fill="none"
      role={label ? "img" : undefined}
      aria-label={label}
      aria-hidden={label ? undefined : true}
    >
      <circle cx="12" cy="12" r="9.5" stroke="currentColor" strokeOpacity="0.25" strokeWidth="3" />
      <path
        d="M21.5 12a9.5 9.5 0 0 0-9.5-9.5"
        stroke="currentColor"
        strokeWidth="3"
        strokeLinecap="round"
      />
    </svg>
  );
}
