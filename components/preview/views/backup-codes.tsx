// Backup codes: "Generate codes" shows the sample set, as the real page shows a fresh one.
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
