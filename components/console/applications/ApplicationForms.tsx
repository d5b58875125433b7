"use client";
// The details page's forms: redirect URIs and Require MFA, and secret rotation (the new secret
// shown once).
import { useActionState } from "react";
import { Alert } from "../../ui/Alert";
import { PendingButton } from "../users/PendingButton";
import { SecretOnce } from "./SecretOnce";

type State = { secret?: string; error?: { code: string; message: string } };
type Action = (state: State, form: FormData) => Promise<State>;

const area =
  "block w-full rounded-lg border border-slate-300 bg-white px-3 py-2 font-mono text-sm shadow-sm focus:border-brand-500 focus:ring-2 focus:ring-brand-500/30 focus:outline-none";

export function EditApplicationForm(props: {
  action: Action;
  id: string;
  redirectUris: string[];
  postLogoutRedirectUris: string[];
  requireMfa: boolean;
}) {
  const [state, formAction] = useActionState(props.action, {} as State);
  return (
    <form action={formAction} className="space-y-4">
      <input type="hidden" name="id" value={props.id} />
      {state.error ? <Alert tone="error">{state.error.message}</Alert> : null}
      <label className="block text-sm font-medium text-slate-700">
        Redirect URIs (one per line)
        <textarea
          name="redirectUris"
          rows={3}
          defaultValue={props.redirectUris.join("\n")}
          className={`${area} mt-1.5`}
        />
      </label>
      <label className="block text-sm font-medium text-slate-700">
        Sign-out redirect URIs
        <textarea
          name="postLogoutRedirectUris"
          rows={2}
          defaultValue={props.postLogoutRedirectUris.join("\n")}
          className={`${area} mt-1.5`}
        />
      </label>
      <label className="flex items-center gap-2 text-sm text-slate-700">
        <input
          type="checkbox"
          name="requireMfa"
          defaultChecked={props.requireMfa}
          className="size-4 rounded border-slate-300 accent-brand-600"
        />
        Require MFA for this app: every sign-in needs a second factor, whatever the policy
      </label>
      <PendingButton>Save changes</PendingButton>
    </form>
  );
}

export function RotateSecretForm({ action, id }: { action: Action; id: string }) {
  const [state, formAction] = useActionState(action, {} as State);
  return (
    <form action={formAction} className="space-y-3">
      <input type="hidden" name="id" value={id} />
      {state.secret ? <SecretOnce secret={state.secret} title="New secret issued" /> : null}
      {state.error ? <Alert tone="error">{state.error.message}</Alert> : null}
      <p className="text-sm text-slate-600">
        A new secret replaces the current one at once: the app must be given the new one.
      </p>
      <PendingButton variant="secondary">Rotate secret</PendingButton>
    </form>
  );
}
