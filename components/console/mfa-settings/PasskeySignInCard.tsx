"use client";
// The passkey sign-in switch: passkeys sign people in on their own (no password). It needs
// WebAuthn among the factors, so without it the switch is off, disabled, and says why.
import type { ReactNode } from "react";
import { cx } from "../../ui/cx";
import { ErrorIcon } from "../../ui/status-icons";
import { useMfaForm } from "./form-context";
import { FIELD_NAMES } from "./form-model";
import { Switch } from "./Switch";

export type PasskeySignInCardProps = {
  /** The switch's id; the server-drawn parts name `${id}-description` and `${id}-reason`. */
  id: string;
  /** A 24px outline icon. */
  icon: ReactNode;
  /** What the switch does, under its label. */
  description: ReactNode;
  /** Why the switch is off while WebAuthn is, in a band at the card's foot. */
  unavailable: ReactNode;
};

export function PasskeySignInCard({ id, icon, description, unavailable }: PasskeySignInCardProps) {
  const form = useMfaForm();
  const checked = form.draft.passkeySignIn;
  /** WebAuthn is on in the form: only then can the switch be used. */
  const available = form.draft.factors.includes("WebAuthn");
  const error = form.errors.passkeySignIn;
  const on = checked && available;
  const describedBy = [`${id}-description`, !available && `${id}-reason`, error && `${id}-error`]
    .filter(Boolean)
    .join(" ");
  return (
    <div
      className={cx(
        "overflow-hidden rounded-xl border bg-white shadow-card",
        error
          ? "border-red-300 ring-1 ring-red-200"
          : on
            ? "border-brand-300 ring-1 ring-brand-200"
            : "border-slate-200",
      )}
    >
      <div className="relative flex items-center gap-4 p-4 sm:px-5">
        <span
          aria-hidden="true"
          className={cx(
            "flex size-10 shrink-0 items-center justify-center rounded-lg ring-1 ring-inset",
            on
              ? "bg-brand-50 text-brand-600 ring-brand-200"
              : "bg-slate-50 text-slate-500 ring-slate-200",
          )}
        >
          {icon}
        </span>
        <div className="min-w-0 flex-1">
          <label
            htmlFor={id}
            className={cx(
              "text-sm font-semibold text-slate-900",
              available && "cursor-pointer after:absolute after:inset-0",
            )}
          >
            Sign in with a passkey
          </label>
          {description}
        </div>
        <Switch
          id={id}
          name={FIELD_NAMES.passkeySignIn}
          checked={on}
          disabled={!available}
          onChange={(event) =>
            form.edit("passkeySignIn", { passkeySignIn: event.currentTarget.checked })
          }
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          className="z-10"
        />
      </div>
      {available ? null : unavailable}
      {error ? (
        <p
          id={`${id}-error`}
          role="alert"
          className="flex items-start gap-2 border-t border-red-100 bg-red-50 px-4 py-3 text-sm text-red-800 sm:px-5"
        >
          <ErrorIcon className="mt-px size-5 text-red-600" />
          <span>{error}</span>
        </p>
      ) : null}
    </div>
  );
}
