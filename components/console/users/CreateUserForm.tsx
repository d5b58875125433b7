"use client";
// The console's "Create user" form: identifiers, an optional name and an optional password,
// checked on the server with registration's rules; errors appear under their field.
import Link from "next/link";
import { useActionState } from "react";
import { FormError } from "../../experience/FormError";
import {
  type FormAction,
  type FormState,
  fieldError,
  formError,
} from "../../experience/form-state";
import { buttonClasses } from "../../ui/Button";
import { TextField } from "../../ui/TextField";
import { PendingButton } from "./PendingButton";

const optional = <span className="text-slate-500">Optional</span>;

export function CreateUserForm({ action }: { action: FormAction }) {
  const [state, formAction] = useActionState(action, {} as FormState);
  const identifierMissing = state.error?.code === "user.identifier_required";
  return (
    <form action={formAction} className="space-y-5" noValidate>
      <FormError message={formError(state)} />
      <div className="grid gap-5 sm:grid-cols-2">
        <TextField
          label="Username"
          name="username"
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          maxLength={32}
          hint="3–32 characters: letters, digits, dot, hyphen or underscore."
          defaultValue={state.values?.username ?? ""}
          error={
            fieldError(state, "username") ??
            (identifierMissing ? "Enter a username, an email, or both." : undefined)
          }
        />
        <TextField
          label="Email"
          name="email"
          type="email"
          autoComplete="off"
          spellCheck={false}
          hint="Needed only when there is no username."
          defaultValue={state.values?.email ?? ""}
          error={fieldError(state, "email")}
        />
      </div>
      <TextField
        label="Name"
        labelAside={optional}
        name="name"
        autoComplete="off"
        maxLength={128}
        defaultValue={state.values?.name ?? ""}
        error={fieldError(state, "name")}
      />
      <TextField
        label="Initial password"
        labelAside={optional}
        name="password"
        type="password"
        autoComplete="new-password"
        hint="At least 8 characters; not a common one, not containing the username. Leave it empty to create the account without a password."
        error={fieldError(state, "password")}
      />
      <div className="flex flex-col-reverse gap-3 border-t border-slate-100 pt-5 sm:flex-row sm:justify-end">
        <Link href="/console/users" className={buttonClasses("secondary")}>
          Cancel
        </Link>
        <PendingButton>Create user</PendingButton>
      </div>
    </form>
  );
}
