"use client";
// Sign-in with one of the user's saved backup codes (any case, with or without the hyphen).
import { useActionState } from "react";
import { TextField } from "../../ui/TextField";
import { FormError } from "../FormError";
import type { FormAction, FormState } from "../form-state";
import { SubmitButton } from "../SubmitButton";
import { errorText } from "./errors";

const FIELD_ERRORS = new Set(["session.mfa.invalid_backup_code", "guard.invalid_input"]);

export function BackupCodeForm({ action }: { action: FormAction }) {
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
      <SubmitButton>Verify</SubmitButton>
    </form>
  );
}
