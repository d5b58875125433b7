"use client";
// Names a verified new passkey, then continues the flow (binds it, on to the next step).
import { useActionState } from "react";
import { TextField } from "../../ui/TextField";
import { FormError } from "../FormError";
import type { FormAction, FormState } from "../form-state";
import { SubmitButton } from "../SubmitButton";
import { errorText } from "./errors";

export type PasskeyNameFormProps = {
  action: FormAction;
  verificationId: string;
  defaultName: string;
};

export function PasskeyNameForm({ action, verificationId, defaultName }: PasskeyNameFormProps) {
  const [state, formAction] = useActionState(action, {} as FormState);
  return (
    <form action={formAction} className="space-y-5" noValidate>
      <FormError message={errorText(state.error)} />
      <input type="hidden" name="verificationId" value={verificationId} />
      <TextField
        label="Passkey name"
        name="name"
        maxLength={64}
        autoComplete="off"
        defaultValue={state.values?.name ?? defaultName}
        hint="For example “Work laptop” or “YubiKey”."
        autoFocus
      />
      <SubmitButton>Continue</SubmitButton>
    </form>
  );
}
