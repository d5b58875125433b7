import type { Metadata } from "next";
import { BackupCodesScreen } from "@/components/experience/screens/BackupCodesScreen";
import { pendingBackupCodes } from "@/lib/experience/mfa/pending-backup-codes";
import { isAuthenticator } from "@/lib/mfa/factors";
import { confirmBackupCodesAction, generateBackupCodesAction } from "../actions";
import { loadMfaPage } from "../load-page";

export const metadata: Metadata = { title: "Backup codes" };

export default async function BackupCodesPage() {
  const state = await loadMfaPage(["session.mfa.backup_code_required"]);
  // Signing in with the last unused code leads here too: the set is spent, a new one is due.
  const spentLast = state.flow.data.verifications.some(
    (r) => r.type === "BackupCode" && !r.isNew && r.verified,
  );
  return (
    <BackupCodesScreen
      account={state.account}
      generateAction={generateBackupCodesAction}
      confirmAction={confirmBackupCodesAction}
      lastCodeUsed={spentLast}
      // A set generated before a reload is shown again, until it is bound.
      pending={pendingBackupCodes(state.flow) ?? undefined}
      // Read from the flow, so only a factor really added in it is confirmed.
      added={state.flow.data.bindings.map((b) => b.type).find(isAuthenticator)}
    />
  );
}
