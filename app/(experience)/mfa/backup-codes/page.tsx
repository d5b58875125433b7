import type { Metadata } from "next";
import { AuthShell } from "@/components/experience/AuthShell";
import { BackupCodes } from "@/components/experience/mfa/BackupCodes";
import { confirmBackupCodesAction, generateBackupCodesAction } from "../actions";
import { loadMfaPage } from "../load-page";

export const metadata: Metadata = { title: "Backup codes · Twofold" };

export default async function BackupCodesPage() {
  const state = await loadMfaPage(["session.mfa.backup_code_required"]);
  // Signing in with the last unused code leads here too: the set is spent, a new one is due.
  const spentLast = state.flow.data.verifications.some(
    (r) => r.type === "BackupCode" && !r.isNew && r.verified,
  );
  return (
    <AuthShell
      title={spentLast ? "You used your last backup code" : "Save your backup codes"}
      subtitle={
        spentLast
          ? "Generate new ones now, so you can still sign in if you lose your other method."
          : "If you lose your phone or passkey, a backup code gets you back in."
      }
    >
      <BackupCodes
        generate={generateBackupCodesAction}
        confirm={confirmBackupCodesAction}
        account={state.account}
        generateLabel={spentLast ? "Generate new codes" : "Generate codes"}
      />
    </AuthShell>
  );
}
