import { cx } from "../../ui/cx";

// One colour per verb, so reads and writes tell apart at a glance in the list and the contents.
const tones: Record<string, string> = {
  get: "bg-emerald-50 text-emerald-700 ring-emerald-200",
  post: "bg-brand-50 text-brand-700 ring-brand-200",
  put: "bg-sky-50 text-sky-800 ring-sky-200",
  patch: "bg-amber-50 text-amber-800 ring-amber-200",
  delete: "bg-red-50 text-red-700 ring-red-200",
};

export function MethodBadge({ method, size = "md" }: { method: string; size?: "sm" | "md" }) {
  return (
    <span
      className={cx(
        "inline-flex shrink-0 items-center justify-center rounded-md font-mono font-semibold uppercase ring-1 ring-inset",
        size === "sm" ? "w-12 py-px text-[10px]" : "w-16 py-0.5 text-xs",
        tones[method] ?? "bg-slate-100 text-slate-700 ring-slate-200",
      )}
    >
      {method}
    </span>
  );
}
