"use client";
// The registration form: username and/or email, and a password checked against the rules.
import { useActionState } from "react";
import { TextField } from "../ui/TextField";
import { FormError } from "./FormError";
import { type FormAction, type FormState, fieldError, formError } from "./form-state";
import { LOCKED, lockDuration } from "./mfa/errors";
import { SubmitButton } from "./SubmitButton";

/** The form-level message; a lockout here is about checking names, not about a password. */
function registerError(state: FormState): string | undefined {
  if (state.error?.code !== LOCKED) return formError(state);
  const wait = lockDuration(state.error.data?.minutesLeft) ?? "later";
  return `Too many sign-up attempts from your network. Try again ${wait}.`;
}

export function RegisterForm({ action }: { action: FormAction }) {
  const [state, formAction] = useActionState(action, {} as FormState);
  return (
    <form action={formAction} className="space-y-5" noValidate>
      <FormError message={registerError(state)} />
      {/* The rule (lib/users, registerAction): a username, an email, or both. */}
      <TextField
        label="Username"
        labelAside={<span className="text-slate-500">Optional with an email</span>}
        name="username"
        autoComplete="username"
        autoCapitalize="none"
        spellCheck={false}
        maxLength={32}
        hint="3–32 characters: letters, digits, dot, hyphen or underscore."
        defaultValue={state.values?.username ?? ""}
        error={fieldError(state, "username") ?? fieldError(state, "identifier")}
        autoFocus
      />
      <TextField
        label="Email"
        labelAside={<span className="text-slate-500">Optional with a username</span>}
        hint="You can sign in with your username or your email."
        name="email"
        type="email"
        autoComplete="email"
        defaultValue={state.values?.email ?? ""}
        error={fieldError(state, "email")}
      />
      <TextField
        label="Password"
        name="password"
        type="password"
        autoComplete="new-password"
        required
        hint="At least 8 characters. Long passphrases are best."
        error={fieldError(state, "password")}
      />
      <SubmitButton>Create account</SubmitButton>
    </form>
  );
}
