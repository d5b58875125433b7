"use client";
// Creates a Management API key and shows it once, with a copy button.
import { useActionState, useState } from "react";
import { Alert } from "../ui/Alert";
import { Button } from "../ui/Button";
import { TextField } from "../ui/TextField";
import { PendingButton } from "./users/PendingButton";

type State = { key?: string; name?: string; error?: { code: string; message: string } };

export function CreateApiKeyForm({
  action,
}: {
  action: (state: State, form: FormData) => Promise<State>;
}) {
  const [state, formAction] = useActionState(action, {} as State);
  const [copied, setCopied] = useState(false);
  return (
    <div className="space-y-4">
      {state.key ? (
        <Alert
          tone="success"
          title={`Key "${state.name}" created — copy it now, it is shown only once`}
        >
          <div className="mt-2 flex flex-col gap-2 sm:flex-row sm:items-center">
            {/* break-all: the key is one long word that would widen the page on a phone. */}
            <code className="block min-w-0 rounded-md bg-white px-3 py-2 font-mono text-sm break-all text-slate-900 ring-1 ring-slate-200">
              {state.key}
            </code>
            <Button
              size="sm"
              variant="secondary"
              onClick={async () => {
                await navigator.clipboard.writeText(state.key ?? "");
                setCopied(true);
              }}
            >
              {copied ? "Copied" : "Copy"}
            </Button>
          </div>
        </Alert>
      ) : null}
      <form action={formAction} className="flex flex-col gap-4 sm:flex-row sm:items-end">
        <TextField
          label="Key name"
          name="name"
          required
          maxLength={64}
          placeholder="e.g. billing-backend"
          error={state.error?.message}
          containerClassName="sm:w-72"
        />
        <label className="flex h-11 items-center gap-2 text-sm text-slate-700">
          <input
            type="checkbox"
            name="readOnly"
            className="size-4 rounded border-slate-300 accent-brand-600"
          />
          Read-only
        </label>
        {/* As tall as the key name field beside it. */}
        <PendingButton fullWidth className="h-11! sm:w-auto">
          Create key
        </PendingButton>
      </form>
    </div>
  );
}
