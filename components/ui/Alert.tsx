import type { ReactNode } from "react";
import { cx } from "./cx";
import { ErrorIcon, InfoIcon, SuccessIcon, WarningIcon } from "./icons";

export type AlertTone = "error" | "success" | "info" | "warning";

export interface AlertProps {
  tone?: AlertTone;
  title?: ReactNode;
  children?: ReactNode;
  className?: string;
  id?: string;
  /** Override the live-region role, e.g. "none" when a parent already is the live region. */
  role?: "alert" | "status" | "none";
}

const tones: Record<
  AlertTone,
  { box: string; icon: string; title: string; Icon: typeof InfoIcon }
> = {
  error: {
    box: "border-red-200 bg-red-50 text-red-800",
    icon: "text-red-600",
    title: "text-red-900",
    Icon: ErrorIcon,
  },
  success: {
    box: "border-emerald-200 bg-emerald-50 text-emerald-800",
    icon: "text-emerald-600",
    title: "text-emerald-900",
    Icon: SuccessIcon,
  },
  info: {
    box: "border-brand-200 bg-brand-50 text-brand-900",
    icon: "text-brand-600",
    title: "text-brand-950",
    Icon: InfoIcon,
  },
  warning: {
    box: "border-amber-200 bg-amber-50 text-amber-900",
    icon: "text-amber-600",
    title: "text-amber-950",
    Icon: WarningIcon,
  },
};

/** Errors interrupt (role="alert"); everything else is announced politely (role="status"). */
export function Alert({ tone = "info", title, children, className, id, role }: AlertProps) {
  const style = tones[tone];
  return (
    <div
      id={id}
      role={role ?? (tone === "error" ? "alert" : "status")}
      className={cx("flex gap-3 rounded-lg border px-4 py-3 text-sm", style.box, className)}
    >
      <style.Icon className={cx("mt-px size-5", style.icon)} />
      <div className="min-w-0 flex-1 space-y-1">
        {title ? <p className={cx("font-medium", style.title)}>{title}</p> : null}
        {children ? <div className="leading-relaxed">{children}</div> : null}
      </div>
    </div>
  );
}
