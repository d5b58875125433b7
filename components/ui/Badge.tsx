import type { ReactNode } from "react";
import { cx } from "./cx";

export type BadgeTone = "neutral" | "brand" | "success" | "warning" | "danger";

export interface BadgeProps {
  tone?: BadgeTone;
  /** A leading dot, for status badges ("Active", "Locked"). */
  dot?: boolean;
  children: ReactNode;
  className?: string;
}

const tones: Record<BadgeTone, { badge: string; dot: string }> = {
  neutral: { badge: "bg-slate-100 text-slate-700 ring-slate-200", dot: "bg-slate-500" },
  brand: { badge: "bg-brand-50 text-brand-700 ring-brand-200", dot: "bg-brand-500" },
  success: { badge: "bg-emerald-50 text-emerald-700 ring-emerald-200", dot: "bg-emerald-500" },
  warning: { badge: "bg-amber-50 text-amber-800 ring-amber-200", dot: "bg-amber-500" },
  danger: { badge: "bg-red-50 text-red-700 ring-red-200", dot: "bg-red-500" },
};

export function Badge({ tone = "neutral", dot = false, children, className }: BadgeProps) {
  const style = tones[tone];
  return (
    <span
      className={cx(
        "inline-flex items-center gap-1.5 rounded-full px-2 py-0.5 text-xs font-medium",
        "whitespace-nowrap ring-1 ring-inset",
        style.badge,
        className,
      )}
    >
      {dot ? <span aria-hidden="true" className={cx("size-1.5 rounded-full", style.dot)} /> : null}
      {children}
    </span>
  );
}
