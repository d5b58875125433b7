"use client";
// Sign-in with one of the user's saved backup codes (any case, with or without the hyphen).
import { useActionState } from "react";
import { TextField } from "../../ui/TextField";
import { FormError } from "../FormError";
import type { FormAction, FormState } from "../form-state";
import { SubmitButton, SubmitWithCancel } from "../SubmitButton";
import { errorText } from "./errors";

const FIELD_ERRORS = new Set(["session.mfa.invalid_backup_code", "guard.invalid_input"]);

/** `onCancel`: inside a dialog, a Cancel beside Verify. */
export function BackupCodeForm({
  action,
  onCancel,
}: {
  action: FormAction;
  onCancel?: () => void;
}) {
  const [state, formAction] = useActionState(action, {} as FormState);
  const message = errorText(state.error);
  const onField = state.error ? FIELD_ERRORS.has(state.error.code) : false;
  return (
    <form action={formAction} className="space-y-5" noValidate>
      <FormError message={onField ? undefined : message} />
      {/* A wrong code shows under the field; this always-mounted region announces it. */}
      <p role="alert" aria-live="assertive" className="sr-only">
        {onField ? message : ""}
      </p>
      <TextField
        label="Backup code"
        name="code"
        autoComplete="off"
        autoCapitalize="none"
        spellCheck={false}
        placeholder="xxxxx-xxxxx"
        maxLength={32}
        required
        autoFocus
        className="font-mono tracking-wider"
        defaultValue={state.values?.code ?? ""}
        error={onField ? message : undefined}
        hint="Each code works once."
      />
      {onCancel ? (
        <SubmitWithCancel onCancel={onCancel}>Verify</SubmitWithCancel>
      ) : (
        <SubmitButton>Verify</SubmitButton>
      )}
    </form>
  );
}
