"use client";
// Backup codes: how many are left, and a new set that replaces the old one (shown once).
import { useState } from "react";
import { FormError } from "../experience/FormError";
import { BackupCodeList } from "../experience/mfa/BackupCodeList";
import { Badge } from "../ui/Badge";
import { Button } from "../ui/Button";
import { accountApi, type OwnFactor } from "./account-api";
import { ConfirmDialog } from "./ConfirmDialog";
import { Section } from "./Section";
import { useChange } from "./use-change";

export type BackupCodesSectionProps = {
  set: OwnFactor | undefined;
  /** Backup codes need an authenticator app or a passkey beside them. */
  hasAuthenticator: boolean;
  account: string;
  onChanged: (message: string) => Promise<void>;
};

export function BackupCodesSection({
  set,
  hasAuthenticator,
  account,
  onChanged,
}: BackupCodesSectionProps) {
  const { busy, error, run } = useChange();
  const [codes, setCodes] = useState<string[]>();
  const [confirming, setConfirming] = useState(false);
  const left = set?.remainCodes ?? 0;

  async function generate() {
    setConfirming(false);
    const created = await run(() => accountApi.newBackupCodes());
    if (created) setCodes(created.codes);
  }

  async function done() {
    setCodes(undefined);
    await onChanged("New backup codes saved. Your old codes no longer work.");
  }

  const description = !hasAuthenticator
    ? "Add an authenticator app or a passkey first; backup codes are for when those are out of reach."
    : set
      ? `${left} of 10 codes left. Each code signs you in once.`
      : "10 one-time codes for when your authenticator app or passkey is out of reach.";

  return (
    <Section
      type="BackupCode"
      title="Backup codes"
      description={description}
      status={
        set && hasAuthenticator ? (
          <Badge tone={left <= 2 ? "warning" : "success"} dot>
            {left <= 2 ? `${left} left` : "On"}
          </Badge>
        ) : null
      }
      actions={
        hasAuthenticator && !codes ? (
          <Button
            variant={set && left > 2 ? "secondary" : "primary"}
            size="sm"
            loading={busy}
            onClick={() => (set ? setConfirming(true) : generate())}
          >
            {set ? "Generate new codes" : "Generate codes"}
          </Button>
        ) : null
      }
    >
      {error ? (
        <div className="px-5 py-4 sm:px-6">
          <FormError message={error} />
        </div>
      ) : null}
      {codes ? (
        <div className="space-y-5 px-5 py-5 sm:px-6">
          <BackupCodeList codes={codes} account={account} />
          <Button variant="primary" size="md" onClick={done}>
            I've saved them
          </Button>
        </div>
      ) : null}
      {confirming ? (
        <ConfirmDialog
          title="Generate new backup codes?"
          confirmLabel="Generate new codes"
          tone="primary"
          onConfirm={generate}
          onCancel={() => setConfirming(false)}
        >
          Your current codes stop working as soon as the new ones are created.
        </ConfirmDialog>
      ) : null}
    </Section>
  );
}
