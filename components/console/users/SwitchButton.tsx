"use client";
// A switch that is a form's submit button: one click saves the new state (no JavaScript needed).
// While the action runs it already shows the state it is saving.
import { useFormStatus } from "react-dom";
import { cx } from "../../ui/cx";

export function SwitchButton({
  checked,
  labelledBy,
  describedBy,
}: {
  checked: boolean;
  labelledBy: string;
  describedBy?: string;
}) {
  const { pending } = useFormStatus();
  const shown = pending ? !checked : checked;
  return (
    <button
      type="submit"
      role="switch"
      aria-checked={checked}
      aria-labelledby={labelledBy}
      aria-describedby={describedBy}
      aria-busy={pending || undefined}
      disabled={pending}
      className={cx(
        "relative inline-flex h-6 w-11 shrink-0 cursor-pointer items-center rounded-full transition-colors duration-150",
        "outline-none focus-visible:ring-2 focus-visible:ring-brand-500 focus-visible:ring-offset-2",
        "aria-busy:cursor-wait",
        shown ? "bg-brand-600 hover:bg-brand-700" : "bg-slate-300 hover:bg-slate-400",
      )}
    >
      <span
        aria-hidden="true"
        className={cx(
          "inline-block size-5 rounded-full bg-white shadow transition-transform duration-150",
          shown ? "translate-x-5.5" : "translate-x-0.5",
        )}
      />
    </button>
  );
}
