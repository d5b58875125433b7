// Backup codes: a first set after enrollment, or a new set after the last one was spent.
import type { FactorType } from "@/lib/mfa/factor-types";
import { FACTORS } from "@/lib/mfa/factors";
import { Alert } from "../../ui/Alert";
import { AuthShell } from "../AuthShell";
import type { FormAction } from "../form-state";
import { BackupCodes, type CodesState } from "../mfa/BackupCodes";

export type BackupCodesScreenProps = {
  account: string;
  generateAction: (state: CodesState) => Promise<CodesState>;
  confirmAction: FormAction;
  /** Signed in with the last unused code: the set is spent and a new one is due. */
  lastCodeUsed?: boolean;
  /** A set generated earlier in this flow and not bound yet: shown instead of the intro. */
  pending?: { codes: string[]; verificationId: string };
  /** The authenticator this flow just added: confirmed before the next step. */
  added?: FactorType;
};

export function BackupCodesScreen({
  account,
  generateAction,
  confirmAction,
  lastCodeUsed = false,
  pending,
  added,
}: BackupCodesScreenProps) {
  return (
    <AuthShell
      title={lastCodeUsed ? "You used your last backup code" : "Save your backup codes"}
      subtitle={
        lastCodeUsed
          ? "Generate new ones now, so you can still sign in if you lose your other method."
          : "If you lose your phone or passkey, a backup code gets you back in."
      }
    >
      {added ? (
        <Alert tone="success" title={`${FACTORS[added].copy.label} added`} className="mb-6">
          You'll use it to confirm it's you when you sign in.
        </Alert>
      ) : null}
      <BackupCodes
        generate={generateAction}
        confirm={confirmAction}
        account={account}
        generateLabel={lastCodeUsed ? "Generate new codes" : "Generate codes"}
        pending={pending}
      />
    </AuthShell>
  );
}
