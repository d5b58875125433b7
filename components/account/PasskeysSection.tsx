"use client";
// Passkeys: the list (name, dates), add one (the browser's prompt, then name it), rename, remove.
import { startRegistration } from "@simplewebauthn/browser";
import { type FormEvent, useState } from "react";
import { FormError } from "../experience/FormError";
import { errorText } from "../experience/mfa/errors";
import { errorInfo } from "../experience/mfa/flow-api";
import { usePasskeyCeremony } from "../experience/mfa/use-passkey-ceremony";
import { Badge } from "../ui/Badge";
import { Button } from "../ui/Button";
import { TextField } from "../ui/TextField";
import { accountApi, type OwnFactor } from "./account-api";
import { ConfirmDialog } from "./ConfirmDialog";
import { factorDates } from "./format";
import { ReverificationCancelled, useReverification } from "./Reverify";
import { Section } from "./Section";
import { useChange } from "./use-change";

export type PasskeysSectionProps = {
  passkeys: OwnFactor[];
  /** Removing the only passkey is refused (MFA required and it is the last authenticator). */
  lastRemovalBlocked: boolean;
  onChanged: (message: string) => Promise<void>;
  /** Passkey sign-in is on: a passkey signs in alone; otherwise it is the step after the password. */
  signsIn?: boolean;
};

const nameOf = (p: OwnFactor) => p.name || "Passkey";

export function PasskeysSection({
  passkeys,
  lastRemovalBlocked,
  onChanged,
  signsIn = false,
}: PasskeysSectionProps) {
  const guard = useReverification();
  const [editing, setEditing] = useState<string>();
  const [removing, setRemoving] = useState<OwnFactor>();
  const removal = useChange();
  // Refusals show in place: the account page never leaves for a sign-in page.
  const ceremony = usePasskeyCeremony("create", { onApiError: () => false });

  const add = () =>
    ceremony.run(async (prompt) => {
      try {
        const started = await guard(() => accountApi.passkeyOptions());
        const payload = await prompt(() =>
          startRegistration({ optionsJSON: started.registrationOptions }),
        );
        const { id } = await accountApi.addPasskey(started.verificationId, payload);
        await onChanged("Passkey added. Give it a name you'll recognise.");
        setEditing(id);
      } catch (cause) {
        if (cause instanceof ReverificationCancelled) return "done";
        throw cause;
      }
      return "done";
    });

  async function remove() {
    const target = removing;
    setRemoving(undefined);
    if (!target) return;
    const done = await removal.run(() => accountApi.remove(target.id).then(() => true));
    if (done) await onChanged(`Passkey “${nameOf(target)}” removed.`);
  }

  return (
    <Section
      type="WebAuthn"
      title="Passkeys"
      description={
        signsIn
          ? "Sign in with Face ID, Touch ID, Windows Hello or a security key, no password needed. Passkeys work only on this site."
          : "After your password, confirm it's you with Face ID, Touch ID, Windows Hello or a security key. Passkeys work only on this site."
      }
      status={
        passkeys.length > 0 ? (
          <Badge tone="success" dot>
            {passkeys.length === 1 ? "1 passkey" : `${passkeys.length} passkeys`}
          </Badge>
        ) : null
      }
      actions={
        <Button
          variant={passkeys.length > 0 ? "secondary" : "primary"}
          size="sm"
          loading={ceremony.busy}
          onClick={add}
        >
          Add a passkey
        </Button>
      }
    >
      {ceremony.error || removal.error ? (
        <div className="px-5 py-4 sm:px-6">
          <FormError message={ceremony.error ?? removal.error} />
        </div>
      ) : null}
      {passkeys.length > 0 ? (
        <ul aria-label="Your passkeys" className="divide-y divide-slate-100">
          {passkeys.map((p) => (
            <li key={p.id} className="px-5 py-4 sm:px-6">
              {editing === p.id ? (
                <RenameForm
                  passkey={p}
                  onDone={async (renamed) => {
                    setEditing(undefined);
                    if (renamed) await onChanged("Passkey renamed.");
                  }}
                />
              ) : (
                <div className="flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between">
                  <div className="min-w-0">
                    <p className="truncate text-sm font-medium text-slate-900">{nameOf(p)}</p>
                    <p className="text-sm text-slate-500">{factorDates(p)}</p>
                  </div>
                  <div data-needs-js className="flex shrink-0 gap-2">
                    <Button
                      variant="ghost"
                      size="sm"
                      onClick={() => setEditing(p.id)}
                      aria-label={`Rename ${nameOf(p)}`}
                    >
                      Rename
                    </Button>
                    <Button
                      variant="ghost"
                      size="sm"
                      className="text-red-700 hover:bg-red-50"
                      onClick={() => setRemoving(p)}
                      aria-label={`Remove ${nameOf(p)}`}
                    >
                      Remove
                    </Button>
                  </div>
                </div>
              )}
            </li>
          ))}
        </ul>
      ) : null}
      {removing ? (
        <ConfirmDialog
          title={`Remove “${nameOf(removing)}”?`}
          confirmLabel="Remove passkey"
          onConfirm={remove}
          onCancel={() => setRemoving(undefined)}
        >
          {lastRemovalBlocked && passkeys.length === 1
            ? "2-step verification is required for your account, so your last method cannot be removed until you add another."
            : "You won't be able to sign in with this passkey any more. It stays on your device until you delete it there."}
        </ConfirmDialog>
      ) : null}
    </Section>
  );
}

function RenameForm({
  passkey,
  onDone,
}: {
  passkey: OwnFactor;
  onDone: (renamed: boolean) => void;
}) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const name = String(new FormData(event.currentTarget).get("name") ?? "").trim();
    if (!name) return setError("Enter a name.");
    setBusy(true);
    try {
      await accountApi.rename(passkey.id, name);
      onDone(true);
    } catch (cause) {
      setError(errorText(errorInfo(cause)));
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} className="flex flex-col gap-3 sm:flex-row sm:items-end" noValidate>
      <TextField
        label="Passkey name"
        name="name"
        defaultValue={passkey.name ?? ""}
        maxLength={64}
        autoFocus
        onFocus={(e) => e.currentTarget.select()}
        error={error}
        containerClassName="flex-1"
      />
      <div className="flex gap-2">
        <Button type="submit" variant="primary" size="md" loading={busy}>
          Save
        </Button>
        <Button variant="ghost" size="md" onClick={() => onDone(false)}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
