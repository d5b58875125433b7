"use client";
// Authenticator app: set it up (QR code and key, then a code from the app) or remove it.
import { useState } from "react";
import { FormError } from "../experience/FormError";
import type { FormState } from "../experience/form-state";
import { errorInfo } from "../experience/mfa/flow-api";
import { OneTimeCodeForm } from "../experience/mfa/OneTimeCodeForm";
import { TotpSetupKey } from "../experience/mfa/TotpSetupKey";
import { Badge } from "../ui/Badge";
import { Button } from "../ui/Button";
import { accountApi, type OwnFactor } from "./account-api";
import { ConfirmDialog } from "./ConfirmDialog";
import { factorDates } from "./format";
import { Section } from "./Section";
import { useChange } from "./use-change";

type Setup = Awaited<ReturnType<typeof accountApi.totpSecret>>;

export type TotpSectionProps = {
  factor: OwnFactor | undefined;
  account: string;
  /** Removing it is refused (MFA required and it is the last authenticator). */
  removalBlocked: boolean;
  onChanged: (message: string) => Promise<void>;
};

export function TotpSection({ factor, account, removalBlocked, onChanged }: TotpSectionProps) {
  const { busy, error, run } = useChange();
  const [setup, setSetup] = useState<Setup>();
  const [confirming, setConfirming] = useState(false);

  async function start() {
    const issued = await run(() => accountApi.totpSecret());
    if (issued) setSetup(issued);
  }

  async function confirmCode(_state: FormState, form: FormData): Promise<FormState> {
    if (!setup) return {};
    try {
      await accountApi.addTotp(setup.verificationId, String(form.get("code") ?? ""));
    } catch (cause) {
      return { error: errorInfo(cause) };
    }
    setSetup(undefined);
    await onChanged("Authenticator app added.");
    return {};
  }

  async function remove() {
    setConfirming(false);
    if (!factor) return;
    const done = await run(() => accountApi.remove(factor.id).then(() => true));
    if (done) await onChanged("Authenticator app removed.");
  }

  const actions = setup ? null : factor ? (
    <Button
      variant="secondary"
      size="sm"
      loading={busy}
      onClick={() => setConfirming(true)}
      aria-label="Remove the authenticator app"
    >
      Remove
    </Button>
  ) : (
    <Button variant="primary" size="sm" loading={busy} onClick={start}>
      Set up
    </Button>
  );

  return (
    <Section
      type="Totp"
      title="Authenticator app"
      description={
        factor
          ? factorDates(factor)
          : "Codes from Google Authenticator, 1Password, Authy or a similar app."
      }
      status={
        factor ? (
          <Badge tone="success" dot>
            On
          </Badge>
        ) : null
      }
      actions={actions}
    >
      {error ? (
        <div className="px-5 py-4 sm:px-6">
          <FormError message={error} />
        </div>
      ) : null}
      {removalBlocked && factor && !setup ? (
        <p className="px-5 py-3 text-sm text-slate-600 sm:px-6">
          2-step verification is required for your account: add a passkey before removing the app.
        </p>
      ) : null}
      {setup ? (
        <div className="mx-auto max-w-sm space-y-5 px-5 py-6">
          <TotpSetupKey
            secret={setup.secret}
            qrCode={setup.secretQrCode}
            uri={setup.otpauthUri}
            account={account}
          />
          <OneTimeCodeForm action={confirmCode} verificationId={setup.verificationId} />
          <Button variant="ghost" size="md" fullWidth onClick={() => setSetup(undefined)}>
            Cancel
          </Button>
        </div>
      ) : null}
      {confirming ? (
        <ConfirmDialog
          title="Remove the authenticator app?"
          confirmLabel="Remove"
          onConfirm={remove}
          onCancel={() => setConfirming(false)}
        >
          Codes from the app will stop working for this account at once.
        </ConfirmDialog>
      ) : null}
    </Section>
  );
}
