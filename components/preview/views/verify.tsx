// The verify screens: one method with "Try another method", or the list of methods alone.
import { VerifyChoiceScreen } from "@/components/experience/screens/VerifyChoiceScreen";
import { type VerifyActions, VerifyScreen } from "@/components/experience/screens/VerifyScreen";
import type { FactorType } from "@/lib/mfa/factor-types";
import { verifiable } from "@/lib/preview/availability";
import { SAMPLE } from "@/lib/preview/sample";
import { noopForm } from "../noop-actions";
import type { ViewProps } from "./types";

const VERIFY_ACTIONS: VerifyActions = {
  totp: noopForm,
  backupCode: noopForm,
  passkeyContinue: noopForm,
};

function Verify({ settings, method }: ViewProps & { method: FactorType }) {
  return (
    <VerifyScreen
      method={method}
      account={SAMPLE.account}
      others={verifiable(settings).filter((t) => t !== method)}
      actions={VERIFY_ACTIONS}
      rememberDays={settings.trustedDevice?.enabled ? settings.trustedDevice.days : null}
    />
  );
}

export const VerifyTotpView = (props: ViewProps) => <Verify {...props} method="Totp" />;
export const VerifyPasskeyView = (props: ViewProps) => <Verify {...props} method="WebAuthn" />;
export const VerifyBackupCodeView = (props: ViewProps) => <Verify {...props} method="BackupCode" />;

export function VerifyChoiceView({ settings }: ViewProps) {
  return <VerifyChoiceScreen account={SAMPLE.account} methods={verifiable(settings)} />;
}
