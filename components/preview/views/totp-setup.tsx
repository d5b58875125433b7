// Authenticator-app setup with the sample secret and its QR code.
import { TotpSetupScreen } from "@/components/experience/screens/TotpSetupScreen";
import { SAMPLE } from "@/lib/preview/sample";
import { noopForm } from "../noop-actions";
import type { ViewProps } from "./types";

export default function TotpSetupView({ qrCode }: ViewProps) {
  return (
    <TotpSetupScreen
      account={SAMPLE.account}
      secret={SAMPLE.totpSecret}
      qrCode={qrCode}
      verificationId="preview"
      confirmAction={noopForm}
    />
  );
}
