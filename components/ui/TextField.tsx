import { type InputHTMLAttributes, type ReactNode, useId } from "react";
import { cx } from "./cx";
import { ErrorIcon } from "./status-icons";

export interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, "children"> {
  label: ReactNode;
  /** Helper text under the input; hidden while an error is shown so the two never stack. */
  hint?: ReactNode;
  error?: string;
  /** Content on the right of the label row, e.g. a "Forgot password?" link. */
  labelAside?: ReactNode;
  containerClassName?: string;
}

export function TextField({
  label,
  hint,
  error,
  labelAside,
  id,
  className,
  containerClassName,
  "aria-describedby": describedBy,
  "aria-invalid": ariaInvalid,
  ...inputProps
}: TextFieldProps) {
  const generatedId = useId();
  const inputId = id ?? generatedId;
  const hintId = `${inputId}-hint`;
  const errorId = `${inputId}-error`;
  const describedByIds =
    [describedBy, error ? errorId : hint ? hintId : undefined].filter(Boolean).join(" ") ||
    undefined;

  return (
    <div className={cx("flex flex-col gap-1.5", containerClassName)}>
      <div className="flex items-baseline justify-between gap-3">
        <label htmlFor={inputId} className="text-sm font-medium text-slate-800">
          {label}
        </label>
        {labelAside ? <div className="text-sm">{labelAside}</div> : null}
      </div>
      <input
        id={inputId}
        aria-invalid={ariaInvalid || error ? true : undefined}
        aria-describedby={describedByIds}
        className={cx(
          "block h-11 w-full rounded-lg border bg-white px-3.5 text-base text-slate-900 shadow-xs",
          "placeholder:text-slate-400 transition-colors outline-none sm:text-sm",
          "focus-visible:ring-2 focus-visible:ring-offset-0",
          "disabled:cursor-not-allowed disabled:bg-slate-50 disabled:text-slate-500",
          error
            ? "border-red-500 focus-visible:border-red-500 focus-visible:ring-red-500/40"
            : "border-slate-300 hover:border-slate-400 focus-visible:border-brand-500 focus-visible:ring-brand-500/40",
          className,
        )}
        {...inputProps}
      />
      {error ? (
        <p id={errorId} className="flex items-start gap-1.5 text-sm text-red-700">
          <ErrorIcon className="mt-0.5 size-4" />
          <span>{error}</span>
        </p>
      ) : hint ? (
        <p id={hintId} className="text-sm text-slate-500">
          {hint}
        </p>
      ) : null}
    </div>
  );
}
