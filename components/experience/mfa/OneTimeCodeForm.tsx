"use client";
// The 6-digit authenticator-app code form. It submits itself once six digits are in (typed,
// pasted or filled in by the phone), and keeps a visible Verify button for use without JavaScript.
// One code is sent once (each sent code that fails costs one of the user's limited attempts):
// while a submission is under way, Enter, Verify and the automatic submit are ignored, and so is
// an Enter or Verify that reaches the emptied field after a refusal, before anything new is typed.
import { type FormEvent, type ReactNode, useActionState, useEffect, useId, useRef } from "react";
import { cx } from "../../ui/cx";
import { ErrorIcon } from "../../ui/status-icons";
import type { FormAction, FormState } from "../form-state";
import { SubmitButton, SubmitWithCancel } from "../SubmitButton";
import { errorText } from "./errors";

const DIGITS = 6;

export type OneTimeCodeFormProps = {
  action: FormAction;
  /** The new secret's verification id when confirming an enrollment. */
  verificationId?: string;
  autoFocus?: boolean;
  /** Inside a dialog: a Cancel beside Verify. */
  onCancel?: () => void;
  /** More fields posted with the code, shown above it (the form submits itself at six digits). */
  extra?: ReactNode;
};

export function OneTimeCodeForm({
  action,
  verificationId,
  autoFocus,
  onCancel,
  extra,
}: OneTimeCodeFormProps) {
  const [state, formAction, pending] = useActionState(action, {} as FormState);
  const input = useRef<HTMLInputElement>(null);
  const id = useId();
  const message = errorText(state.error);
  // Refs, not state: the second submit can arrive before React has rendered `pending`.
  const sending = useRef(false);
  const typedSinceAnswer = useRef(false);

  useEffect(() => {
    if (!pending) sending.current = false;
  }, [pending]);

  // An answer came (a fast one may never show `pending`). After a refused code React clears the
  // field; put the cursor back for the next one.
  useEffect(() => {
    sending.current = false;
    typedSinceAnswer.current = false;
    if (state.error) input.current?.focus();
  }, [state]);

  function onInput(event: FormEvent<HTMLInputElement>) {
    const field = event.currentTarget;
    typedSinceAnswer.current = true;
    const digits = field.value.replace(/\D/g, "").slice(0, DIGITS);
    if (digits !== field.value) field.value = digits;
    if (digits.length === DIGITS && !sending.current) field.form?.requestSubmit();
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    // The Enter that followed a code the form already sent finds the field emptied by its answer.
    const stale = state.error && !typedSinceAnswer.current && !input.current?.value;
    if (sending.current || stale) event.preventDefault();
    else sending.current = true;
  }

  return (
    <form action={formAction} onSubmit={onSubmit} className="space-y-5" noValidate>
      {verificationId ? <input type="hidden" name="verificationId" value={verificationId} /> : null}
      {extra}
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
      {onCancel ? (
        <SubmitWithCancel onCancel={onCancel}>Verify</SubmitWithCancel>
      ) : (
        <SubmitButton>Verify</SubmitButton>
      )}
    </form>
  );
}
