"use client";
import { BackupCodesScreen } from "@/components/experience/screens/BackupCodesScreen";
// The hosted sign-in and MFA screens as the preview draws them: the very screens the hosted
// pages render, fed sample data and no-op actions instead of a live flow.
import {
  EnrollPromptScreen,
  FactorListScreen,
} from "@/components/experience/screens/EnrollScreens";
import { LockedScreen } from "@/components/experience/screens/LockedScreen";
import { PasskeySetupScreen } from "@/components/experience/screens/PasskeySetupScreens";
import { SignInScreen } from "@/components/experience/screens/SignInScreen";
import { TotpSetupScreen } from "@/components/experience/screens/TotpSetupScreen";
import { VerifyChoiceScreen } from "@/components/experience/screens/VerifyChoiceScreen";
import { type VerifyActions, VerifyScreen } from "@/components/experience/screens/VerifyScreen";
import type { FactorType } from "@/lib/mfa/factor-types";
import type { PreviewSettings } from "@/lib/preview/protocol";
import {
  canSkip,
  enrollable,
  lockedFactor,
  type PreviewScreen,
  SAMPLE,
  verifiable,
} from "@/lib/preview/screens";
import { noopForm, noopVoid, sampleCodes } from "./noop-actions";

export type ScreenProps = { settings: PreviewSettings; qrCode: string };

const VERIFY_ACTIONS: VerifyActions = {
  totp: noopForm,
  backupCode: noopForm,
  passkeyContinue: noopForm,
};

function verify(settings: PreviewSettings, method: FactorType) {
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

/** One screen, drawn for the given settings (which must allow it: see `availability`). */
export function Screen({ screen, settings, qrCode }: ScreenProps & { screen: PreviewScreen }) {
  const skip = canSkip(settings) ? noopVoid : undefined;
  switch (screen) {
    case "sign-in":
      return (
        <SignInScreen
          action={noopForm}
          registration
          // No continueAction: the preview's button shows, and never reaches the API.
          passkey={settings.passkeySignIn && settings.factors.includes("WebAuthn") ? {} : undefined}
        />
      );
    case "enroll-prompt":
      return <EnrollPromptScreen account={SAMPLE.account} skipAction={skip} />;
    case "factor-list":
      return (
        <FactorListScreen
          enrollable={enrollable(settings)}
          required={!canSkip(settings)}
          startTotpAction={noopVoid}
          skipAction={skip}
        />
      );
    case "totp-setup":
      return (
        <TotpSetupScreen
          account={SAMPLE.account}
          secret={SAMPLE.totpSecret}
          qrCode={qrCode}
          verificationId="preview"
          confirmAction={noopForm}
        />
      );
    case "passkey-setup":
      return <PasskeySetupScreen />;
    case "backup-codes":
      return (
        <BackupCodesScreen
          account={SAMPLE.account}
          generateAction={sampleCodes}
          confirmAction={noopForm}
        />
      );
    case "verify-totp":
      return verify(settings, "Totp");
    case "verify-passkey":
      return verify(settings, "WebAuthn");
    case "verify-backup-code":
      return verify(settings, "BackupCode");
    case "try-another-method":
      return <VerifyChoiceScreen account={SAMPLE.account} methods={verifiable(settings)} />;
    case "lockout": {
      const factor = lockedFactor(settings);
      return (
        <LockedScreen
          factor={factor}
          minutes={SAMPLE.lockoutMinutes}
          others={verifiable(settings).filter((t) => t !== factor)}
        />
      );
    }
  }
}
