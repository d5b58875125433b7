// The passkey sign-in switch: passkeys sign people in on their own (no password). It needs
// WebAuthn among the factors, so without it the switch is off, disabled, and says why.
import { useId } from "react";
import { cx } from "../../ui/cx";
import { ErrorIcon, InfoIcon } from "../../ui/icons";
import { OutlineIcon } from "../../ui/outline-icons";
import { Switch } from "./Switch";

export type PasskeySignInCardProps = {
  name: string;
  checked: boolean;
  /** WebAuthn is on in the form: only then can the switch be used. */
  available: boolean;
  onCheckedChange: (checked: boolean) => void;
  error?: string;
};

export function PasskeySignInCard({
  name,
  checked,
  available,
  onCheckedChange,
  error,
}: PasskeySignInCardProps) {
  const id = useId();
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
          <OutlineIcon name="fingerprint" className="size-6" />
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
          <p id={`${id}-description`} className="mt-0.5 text-sm text-slate-600">
            People with a passkey can sign in with it alone, with no password: the sign-in page
            offers a button and lists passkeys in the username field. It counts as both steps.
          </p>
        </div>
        <Switch
          id={id}
          name={name}
          checked={on}
          disabled={!available}
          onChange={(event) => onCheckedChange(event.currentTarget.checked)}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          className="z-10"
        />
      </div>
      {available ? null : (
        <p
          id={`${id}-reason`}
          className="flex items-start gap-2 border-t border-slate-100 bg-slate-50/80 px-4 py-3 text-sm text-slate-600 sm:px-5"
        >
          <InfoIcon className="mt-px size-5 shrink-0 text-slate-400" />
          <span>Turn on passkeys and security keys above to offer this.</span>
        </p>
      )}
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
