"use client";
// The accent colour: a picker and its #rrggbb beside it, with the contrast of white text on it
// said as the admin picks or types (the same rule the server applies on save).
import { useId } from "react";
import { contrastWithWhite, formatRatio, isHexColor } from "@/lib/branding/contrast";
import { cx } from "../../ui/cx";
import { ErrorIcon, SuccessIcon } from "../../ui/status-icons";

export type ColorFieldProps = {
  name: string;
  value: string;
  error?: string;
  onChange: (value: string) => void;
};

export function ColorField({ name, value, error, onChange }: ColorFieldProps) {
  const id = useId();
  const messageId = `${id}-message`;
  const valid = isHexColor(value);
  return (
    <div className="flex flex-col gap-1.5">
      <label htmlFor={id} className="text-sm font-medium text-slate-800">
        Accent colour
      </label>
      <div className="flex items-center gap-3">
        <input
          type="color"
          aria-label="Pick the accent colour"
          value={valid ? value.toLowerCase() : "#000000"}
          onChange={(event) => onChange(event.target.value)}
          className="h-11 w-14 shrink-0 cursor-pointer rounded-lg border border-slate-300 bg-white p-1 outline-none focus-visible:ring-2 focus-visible:ring-brand-500"
        />
        <input
          id={id}
          name={name}
          value={value}
          onChange={(event) => onChange(event.target.value.trim())}
          spellCheck={false}
          autoComplete="off"
          maxLength={7}
          aria-invalid={error ? true : undefined}
          aria-describedby={messageId}
          className={cx(
            "block h-11 w-32 rounded-lg border bg-white px-3.5 font-mono text-sm text-slate-900 shadow-xs outline-none focus-visible:ring-2",
            error
              ? "border-red-500 focus-visible:ring-red-500/40"
              : "border-slate-300 hover:border-slate-400 focus-visible:border-brand-500 focus-visible:ring-brand-500/40",
          )}
        />
        {valid ? (
          <span
            aria-hidden="true"
            className="inline-flex h-9 items-center rounded-lg px-3 text-sm font-medium text-white"
            style={{ backgroundColor: value }}
          >
            Aa
          </span>
        ) : null}
      </div>
      <p
        id={messageId}
        aria-live="polite"
        className={cx(
          "flex items-start gap-1.5 text-sm",
          error ? "text-red-700" : "text-slate-600",
        )}
      >
        {error ? (
          <ErrorIcon className="mt-0.5 size-4 shrink-0" />
        ) : (
          <SuccessIcon className="mt-0.5 size-4 shrink-0 text-emerald-600" />
        )}
        <span>
          {error ??
            `White text on it has a contrast of ${formatRatio(contrastWithWhite(value))} (WCAG AA needs 4.5:1). Used for buttons, links and focus rings.`}
        </span>
      </p>
    </div>
  );
}
