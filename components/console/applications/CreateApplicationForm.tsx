"use client";
// Registers an app: name, type, redirect URIs (one per line), Require MFA. A Traditional app's
// secret is shown once, with a link on to its details.
import Link from "next/link";
import { useActionState } from "react";
import { Alert } from "../../ui/Alert";
import { linkClasses } from "../../ui/link";
import { TextField } from "../../ui/TextField";
import { PendingButton } from "../users/PendingButton";
import { SecretOnce } from "./SecretOnce";

type State = {
  id?: string;
  secret?: string;
  name?: string;
  error?: { code: string; message: string };
  values?: Record<string, string>;
};

const TYPES = [
  ["Traditional", "Traditional web app (server-side, has a secret)"],
  ["SPA", "Single-page app (public, PKCE)"],
  ["Native", "Native app (public, PKCE, custom schemes)"],
] as const;

const area =
  "block w-full rounded-lg border border-slate-300 bg-white px-3 py-2 font-mono text-sm shadow-sm focus:border-brand-500 focus:ring-2 focus:ring-brand-500/30 focus:outline-none";

export function CreateApplicationForm({
  action,
}: {
  action: (state: State, form: FormData) => Promise<State>;
}) {
  const [state, formAction] = useActionState(action, {} as State);
  const values = state.values ?? {};
  return (
    <div className="space-y-4">
      {state.id ? (
        state.secret ? (
          <SecretOnce secret={state.secret} title={`"${state.name}" created`} />
        ) : (
          <Alert tone="success" title={`"${state.name}" created`}>
            A public client: it signs in with PKCE and has no secret.
          </Alert>
        )
      ) : null}
      {state.id ? (
        <p className="text-sm">
          <Link href={`/console/applications/${state.id}`} className={linkClasses}>
            Open {state.name}
          </Link>
        </p>
      ) : null}
      {state.error ? <Alert tone="error">{state.error.message}</Alert> : null}
      <form action={formAction} className="grid gap-4 sm:grid-cols-2">
        <TextField
          label="Name"
          name="name"
          required
          maxLength={128}
          defaultValue={values.name}
          placeholder="e.g. Billing portal"
        />
        <label className="block text-sm font-medium text-slate-700">
          Type
          <select
            name="type"
            defaultValue={values.type ?? "Traditional"}
            className={`${area} mt-1.5 font-sans`}
          >
            {TYPES.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <label className="block text-sm font-medium text-slate-700">
          Redirect URIs (one per line)
          <textarea
            name="redirectUris"
            rows={3}
            required
            defaultValue={values.redirectUris}
            placeholder="https://app.example.com/callback"
            className={`${area} mt-1.5`}
          />
        </label>
        <label className="block text-sm font-medium text-slate-700">
          Sign-out redirect URIs (optional)
          <textarea
            name="postLogoutRedirectUris"
            rows={3}
            defaultValue={values.postLogoutRedirectUris}
            placeholder="https://app.example.com/"
            className={`${area} mt-1.5`}
          />
        </label>
        <label className="flex items-center gap-2 text-sm text-slate-700">
          <input
            type="checkbox"
            name="requireMfa"
            className="size-4 rounded border-slate-300 accent-brand-600"
          />
          Require MFA for this app
        </label>
        <div className="sm:text-right">
          <PendingButton>Create application</PendingButton>
        </div>
      </form>
    </div>
  );
}
