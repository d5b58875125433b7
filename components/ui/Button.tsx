import type { ButtonHTMLAttributes } from "react";
import { cx } from "./cx";
import { Spinner } from "./Spinner";

export type ButtonVariant = "primary" | "secondary" | "ghost" | "danger";
export type ButtonSize = "sm" | "md" | "lg";

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: ButtonVariant;
  size?: ButtonSize;
  /** Shows a spinner, disables the button and sets aria-busy while a submit is in flight. */
  loading?: boolean;
  fullWidth?: boolean;
}

// A loading button stays at full strength (it is busy, not unavailable) while still disabled.
const base =
  "inline-flex items-center justify-center gap-2 rounded-lg font-medium whitespace-nowrap " +
  "transition-colors duration-150 select-none outline-none " +
  "focus-visible:ring-2 focus-visible:ring-offset-2 focus-visible:ring-offset-white " +
  "disabled:cursor-not-allowed disabled:not-aria-busy:opacity-60 aria-busy:cursor-wait";

const variants: Record<ButtonVariant, string> = {
  primary:
    "bg-brand-fill text-on-fill shadow-sm hover:bg-brand-fill-hover active:bg-brand-fill-active " +
    "focus-visible:ring-brand-500 disabled:hover:bg-brand-fill",
  secondary:
    "border border-slate-300 bg-white text-slate-800 shadow-sm hover:bg-slate-50 " +
    "active:bg-slate-100 focus-visible:ring-brand-500 disabled:hover:bg-white",
  ghost:
    "bg-transparent text-slate-700 hover:bg-slate-100 hover:text-slate-900 active:bg-slate-200 " +
    "focus-visible:ring-brand-500 disabled:hover:bg-transparent",
  danger:
    // Darkened by filter, not by red-700/800: on dark hosted pages those are text shades.
    "bg-red-600 text-on-fill shadow-sm hover:brightness-90 active:brightness-80 " +
    "focus-visible:ring-red-500 disabled:hover:bg-red-600",
};

const sizes: Record<ButtonSize, string> = {
  sm: "h-8 px-3 text-sm",
  md: "h-10 px-4 text-sm",
  lg: "h-12 px-5 text-base",
};

/** Button look for elements that are not buttons, e.g. `<Link className={buttonClasses()}>`. */
export function buttonClasses(
  variant: ButtonVariant = "primary",
  size: ButtonSize = "md",
  fullWidth = false,
): string {
  return cx(base, variants[variant], sizes[size], fullWidth && "w-full");
}

export function Button({
  variant = "primary",
  size = "md",
  loading = false,
  fullWidth = false,
  type = "button",
  disabled,
  className,
  children,
  ...rest
}: ButtonProps) {
  return (
    <button
      type={type}
      disabled={disabled || loading}
      aria-busy={loading || undefined}
      className={cx(buttonClasses(variant, size, fullWidth), className)}
      {...rest}
    >
      {loading ? <Spinner size="sm" /> : null}
      {children}
    </button>
  );
}
