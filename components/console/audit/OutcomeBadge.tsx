// An event's outcome as icon, word and colour together, so colour is never the only signal.
import type { ReactNode } from "react";
import { cx } from "@/components/ui/cx";
import { ErrorIcon, InfoIcon, SuccessIcon } from "@/components/ui/icons";
import { OutlineIcon } from "@/components/ui/outline-icons";
import { OUTCOME_LABELS, type Outcome } from "@/lib/audit/event-labels";

const STYLES: Record<Outcome, { className: string; icon: ReactNode }> = {
  success: {
    className: "bg-emerald-50 text-emerald-800 ring-emerald-200",
    icon: <SuccessIcon className="size-3.5" />,
  },
  failure: {
    className: "bg-red-50 text-red-800 ring-red-200",
    icon: <ErrorIcon className="size-3.5" />,
  },
  blocked: {
    className: "bg-amber-50 text-amber-900 ring-amber-300",
    icon: <OutlineIcon name="lock" className="size-3.5" />,
  },
  admin: {
    className: "bg-brand-50 text-brand-800 ring-brand-200",
    icon: <OutlineIcon name="shield" className="size-3.5" />,
  },
  info: {
    className: "bg-slate-100 text-slate-700 ring-slate-200",
    icon: <InfoIcon className="size-3.5" />,
  },
};

export function OutcomeBadge({ outcome }: { outcome: Outcome }) {
  const style = STYLES[outcome];
  return (
    <span
      data-outcome={outcome}
      className={cx(
        "inline-flex items-center gap-1 rounded-full px-2 py-0.5 text-xs font-medium whitespace-nowrap ring-1 ring-inset",
        style.className,
      )}
    >
      {style.icon}
      {OUTCOME_LABELS[outcome]}
    </span>
  );
}
