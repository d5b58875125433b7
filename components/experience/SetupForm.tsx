"use client";
// Creates the first administrator from the one-time setup link.
import { useActionState } from "react";
import { TextField } from "../ui/TextField";
import { FormError } from "./FormError";
import { type FormAction, type FormState, fieldError, formError } from "./form-state";
import { SubmitButton } from "./SubmitButton";

export function SetupForm({ action, token }: { action: FormAction; token: string }) {
  const [state, formAction] = useActionState(action, {} as FormState);
  return (
    <form action={formAction} className="space-y-5" noValidate>
      <FormError message={formError(state)} />
      <input type="hidden" name="token" value={token} />
      <TextField
        label="Admin username"
        name="username"
        autoComplete="username"
        autoCapitalize="none"
        spellCheck={false}
        maxLength={32}
        required
        hint="3–32 characters: letters, digits, dot, hyphen or underscore."
        defaultValue={state.values?.username ?? "admin"}
        error={fieldError(state, "username")}
      />
      <TextField
        label="Email"
        labelAside={<span className="text-slate-500">Optional</span>}
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
        hint="At least 8 characters. Use a long, unique passphrase."
        error={fieldError(state, "password")}
      />
      <SubmitButton>Create administrator</SubmitButton>
    </form>
  );
}
