"use client";
// The password sign-in form. A plain <form> bound to a server action: it works without
// JavaScript, and with it, errors appear in place without a page load.
import { useActionState } from "react";
import { TextField } from "../ui/TextField";
import { FormError } from "./FormError";
import { type FormAction, type FormState, fieldError, formError } from "./form-state";
import { SubmitButton } from "./SubmitButton";

export type SignInFormProps = {
  action: FormAction;
  defaultIdentifier?: string;
  returnTo?: string;
  /** The browser may offer passkeys in the username field's autofill (conditional UI). */
  passkeyAutofill?: boolean;
};

export function SignInForm({
  action,
  defaultIdentifier,
  returnTo,
  passkeyAutofill = false,
}: SignInFormProps) {
  const [state, formAction] = useActionState(action, {} as FormState);
  const credentialsWrong = state.error?.code === "session.invalid_credentials";
  return (
    <form action={formAction} className="space-y-5" noValidate>
      <FormError message={formError(state)} />
      <input type="hidden" name="returnTo" value={returnTo ?? ""} />
      <TextField
        label="Username or email"
        name="identifier"
        autoComplete={passkeyAutofill ? "username webauthn" : "username"}
        autoCapitalize="none"
        spellCheck={false}
        required
        defaultValue={state.values?.identifier ?? defaultIdentifier ?? ""}
        error={fieldError(state, "identifier")}
        aria-invalid={credentialsWrong || undefined}
        autoFocus={!defaultIdentifier}
      />
      <TextField
        label="Password"
        name="password"
        type="password"
        autoComplete="current-password"
        required
        error={fieldError(state, "password")}
        aria-invalid={credentialsWrong || undefined}
        autoFocus={Boolean(defaultIdentifier)}
      />
      <SubmitButton>Sign in</SubmitButton>
    </form>
  );
}
