import type { HTMLAttributes, ReactNode } from "react";
import { cx } from "./cx";

export interface CardProps extends HTMLAttributes<HTMLDivElement> {
  /** Inner padding; "none" for cards that hold a table or list edge to edge. */
  padding?: "none" | "sm" | "md" | "lg";
}

// "none" also clips, so edge-to-edge children (tables, lists) keep the rounded corners.
const paddings = {
  none: "overflow-hidden",
  sm: "p-4",
  md: "p-5 sm:p-6",
  lg: "p-6 sm:p-8",
} as const;

export function Card({ padding = "md", className, ...rest }: CardProps) {
  return (
    <div
      className={cx(
        "rounded-xl border border-slate-200 bg-white shadow-card",
        paddings[padding],
        className,
      )}
      {...rest}
    />
  );
}

export interface CardHeaderProps {
  title: ReactNode;
  description?: ReactNode;
  actions?: ReactNode;
  className?: string;
}

/** Title row for a card section; keeps heading sizes uniform across the console. */
export function CardHeader({ title, description, actions, className }: CardHeaderProps) {
  return (
    <div className={cx("flex flex-wrap items-start justify-between gap-3", className)}>
      <div className="min-w-0 space-y-1">
        <h2 className="text-base font-semibold text-slate-900">{title}</h2>
        {description ? <p className="text-sm text-slate-600">{description}</p> : null}
      </div>
      {actions ? <div className="flex shrink-0 items-center gap-2">{actions}</div> : null}
    </div>
  );
}
