// Authenticator-app setup: the new secret as a QR code and a key, then its first code.
import { AuthShell } from "../AuthShell";
import type { FormAction } from "../form-state";
import { OneTimeCodeForm } from "../mfa/OneTimeCodeForm";
import { TotpSetupKey } from "../mfa/TotpSetupKey";
import { anotherMethodFooter } from "./copy";

export type TotpSetupScreenProps = {
  account: string;
  secret: string;
  /** The otpauth URI as a data: URL image. */
  qrCode: string;
  /** The otpauth URI itself, for a link on phones. */
  uri?: string;
  /** The verification record holding the new secret. */
  verificationId: string;
  confirmAction: FormAction;
};

export function TotpSetupScreen({
  account,
  secret,
  qrCode,
  uri,
  verificationId,
  confirmAction,
}: TotpSetupScreenProps) {
  return (
    <AuthShell
      title="Set up your authenticator app"
      subtitle="Add your account to an app such as Google Authenticator, 1Password or Authy, then enter the code it shows."
      footer={anotherMethodFooter}
    >
      <div className="space-y-6">
        <TotpSetupKey secret={secret} qrCode={qrCode} uri={uri} account={account} />
        <OneTimeCodeForm action={confirmAction} verificationId={verificationId} />
      </div>
    </AuthShell>
  );
}
