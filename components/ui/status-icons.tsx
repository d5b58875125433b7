// The 20px solid glyphs client components draw (a field's error, a save's confirmation), apart
// from the rest of the set (icons.tsx), so a client bundle carries only these two paths.
import { cx } from "./cx";

const PATHS = {
  error:
    "M18 10a8 8 0 1 1-16 0 8 8 0 0 1 16 0Zm-8-5a.75.75 0 0 1 .75.75v4.5a.75.75 0 0 1-1.5 0v-4.5A.75.75 0 0 1 10 5Zm0 10a1 1 0 1 0 0-2 1 1 0 0 0 0 2Z",
  success:
    "M10 18a8 8 0 1 0 0-16 8 8 0 0 0 0 16Zm3.857-9.809a.75.75 0 0 0-1.214-.882l-3.483 4.79-1.88-1.88a.75.75 0 1 0-1.06 1.061l2.5 2.5a.75.75 0 0 0 1.137-.089l4-5.5Z",
};

export interface IconProps {
  /** Defaults to size-5; pass a size class to override it. */
  className?: string;
}

/** One 20px solid path. */
export function Glyph({ d, className }: { d: string; className?: string }) {
  return (
    <svg
      viewBox="0 0 20 20"
      fill="currentColor"
      aria-hidden="true"
      className={cx("shrink-0", className ?? "size-5")}
    >
      <path fillRule="evenodd" clipRule="evenodd" d={d} />
    </svg>
  );
}

export const ErrorIcon = (props: IconProps) => <Glyph {...props} d={PATHS.error} />;
export const SuccessIcon = (props: IconProps) => <Glyph {...props} d={PATHS.success} />;
