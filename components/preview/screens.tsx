// The hosted sign-in and MFA screens as the preview draws them: the very screens the hosted
// pages render, fed sample data and no-op actions instead of a live flow, on the server.
import type { ComponentType } from "react";
import type { PreviewScreen } from "@/lib/preview/screens";
import BackupCodesView from "./views/backup-codes";
import { EnrollPromptView, FactorListView } from "./views/enroll";
import LockoutView from "./views/lockout";
import PasskeySetupView from "./views/passkey-setup";
import SignInView from "./views/sign-in";
import TotpSetupView from "./views/totp-setup";
import type { ViewProps } from "./views/types";
import {
  VerifyBackupCodeView,
  VerifyChoiceView,
  VerifyPasskeyView,
  VerifyTotpView,
} from "./views/verify";

const VIEWS: Record<PreviewScreen, ComponentType<ViewProps>> = {
  "sign-in": SignInView,
  "enroll-prompt": EnrollPromptView,
  "factor-list": FactorListView,
  "totp-setup": TotpSetupView,
  "passkey-setup": PasskeySetupView,
  "backup-codes": BackupCodesView,
  "verify-totp": VerifyTotpView,
  "verify-passkey": VerifyPasskeyView,
  "verify-backup-code": VerifyBackupCodeView,
  "try-another-method": VerifyChoiceView,
  lockout: LockoutView,
};

/** One screen, drawn for the given settings (which must allow it: see `availability`). */
export function Screen({ screen, ...props }: ViewProps & { screen: PreviewScreen }) {
  const View = VIEWS[screen];
  return <View {...props} />;
}
