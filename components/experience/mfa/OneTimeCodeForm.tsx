"use client";
// The 6-digit authenticator-app code form. It submits itself once six digits are in (typed,
// pasted or filled in by the phone), and keeps a visible Verify button for use without JavaScript.
import { type FormEvent, useActionState, useEffect, useId, useRef } from "react";
import { cx } from "../../ui/cx";
import { ErrorIcon } from "../../ui/icons";
import type { FormAction, FormState } from "../form-state";
import { SubmitButton } from "../SubmitButton";
import { errorText } from "./errors";

const DIGITS = 6;

export type OneTimeCodeFormProps = {
  action: FormAction;
  /** The new secret's verification id when confirming an enrollment. */
  verificationId?: string;
  autoFocus?: boolean;
};

export function OneTimeCodeForm({ action, verificationId, autoFocus }: OneTimeCodeFormProps) {
  const [state, formAction, pending] = useActionState(action, {} as FormState);
  const input = useRef<HTMLInputElement>(null);
  const id = useId();
  const message = errorText(state.error);

  // After a refused code React clears the field; put the cursor back for the next one.
  useEffect(() => {
    if (state.error) input.current?.focus();
  }, [state]);

  function onInput(event: FormEvent<HTMLInputElement>) {
    const field = event.currentTarget;
    const digits = field.value.replace(/\D/g, "").slice(0, DIGITS);
    if (digits !== field.value) field.value = digits;
    if (digits.length === DIGITS && !pending) field.form?.requestSubmit();
  }

  return (
    <form action={formAction} className="space-y-5" noValidate>
      {verificationId ? <input type="hidden" name="verificationId" value={verificationId} /> : null}
      <div className="flex flex-col gap-1.5">
        <label htmlFor={id} className="text-sm font-medium text-slate-800">
          6-digit code
        </label>
        <input
          ref={input}
          id={id}
          name="code"
          type="text"
          inputMode="numeric"
          autoComplete="one-time-code"
          pattern="[0-9]{6}"
          maxLength={DIGITS + 2}
          required
          // biome-ignore lint/a11y/noAutofocus: the code is the page's only task, as on the sign-in form
          autoFocus={autoFocus}
          spellCheck={false}
          aria-invalid={message ? true : undefined}
          aria-describedby={message ? `${id}-error` : undefined}
          onInput={onInput}
          className={cx(
            "block h-14 w-full rounded-lg border bg-white px-3.5 text-center font-mono text-2xl",
            "tracking-[0.5em] text-slate-900 shadow-xs transition-colors outline-none",
            "focus-visible:ring-2 focus-visible:ring-offset-0",
            message
              ? "border-red-500 focus-visible:border-red-500 focus-visible:ring-red-500/40"
              : "border-slate-300 hover:border-slate-400 focus-visible:border-brand-500 focus-visible:ring-brand-500/40",
          )}
        />
        {/* Stays mounted so a message that appears later is announced. */}
        <div
          id={`${id}-error`}
          role="alert"
          aria-live="assertive"
          aria-atomic="true"
          className={message ? undefined : "sr-only"}
        >
          {message ? (
            <p className="flex items-start gap-1.5 text-sm text-red-700">
              <ErrorIcon className="mt-0.5 size-4" />
              <span>{message}</span>
            </p>
          ) : null}
        </div>
      </div>
      <SubmitButton>Verify</SubmitButton>
    </form>
  );
}
