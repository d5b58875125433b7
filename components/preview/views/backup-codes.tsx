// Backup codes before a set is generated: "Generate codes" is inert in the preview.
import { BackupCodesScreen } from "@/components/experience/screens/BackupCodesScreen";
import { SAMPLE } from "@/lib/preview/sample";
import { noopForm, sampleCodes } from "../noop-actions";

export default function BackupCodesView() {
  return (
    <BackupCodesScreen
      account={SAMPLE.account}
      generateAction={sampleCodes}
      confirmAction={noopForm}
    />
  );
}
