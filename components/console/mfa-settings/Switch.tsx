import type { InputHTMLAttributes } from "react";
import { cx } from "../../ui/cx";

export type SwitchProps = Omit<InputHTMLAttributes<HTMLInputElement>, "type" | "role">;

/**
 * An on/off switch that is a real checkbox (role="switch"): Tab reaches it, Space toggles it,
 * and it posts like any checkbox when JavaScript is off.
 */
export function Switch({ className, checked, ...rest }: SwitchProps) {
  return (
    <input
      type="checkbox"
      role="switch"
      checked={checked}
      // Redundant with a native checkbox's state, but some screen readers read it for switches.
      aria-checked={checked}
      className={cx(
        "relative h-6 w-11 shrink-0 cursor-pointer appearance-none rounded-full bg-slate-300",
        "transition-colors duration-150 outline-none hover:bg-slate-400",
        "before:absolute before:top-0.5 before:left-0.5 before:size-5 before:rounded-full before:bg-white",
        "before:shadow-sm before:ring-1 before:ring-slate-900/5 before:transition-transform before:duration-150",
        "checked:bg-brand-600 checked:hover:bg-brand-700 checked:before:translate-x-5",
        "focus-visible:ring-2 focus-visible:ring-brand-500 focus-visible:ring-offset-2",
        "disabled:cursor-not-allowed disabled:opacity-50",
        "motion-reduce:transition-none motion-reduce:before:transition-none",
        className,
      )}
      {...rest}
    />
  );
}
