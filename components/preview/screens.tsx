"use client";
// The hosted sign-in and MFA screens as the preview draws them: the very screens the hosted
// pages render, fed sample data and no-op actions instead of a live flow. Each screen's code
// loads when it is shown (views/), so a frame ships one screen, not all of them.
import { type ComponentType, lazy } from "react";
import type { PreviewScreen } from "@/lib/preview/screens";
import type { ViewProps } from "./views/types";

const named = <K extends string>(
  load: () => Promise<Record<K, ComponentType<ViewProps>>>,
  name: K,
) => lazy(async () => ({ default: (await load())[name] }));

const enroll = () => import("./views/enroll");
const verify = () => import("./views/verify");

const VIEWS: Record<PreviewScreen, ComponentType<ViewProps>> = {
  "sign-in": lazy(() => import("./views/sign-in")),
  "enroll-prompt": named(enroll, "EnrollPromptView"),
  "factor-list": named(enroll, "FactorListView"),
  "totp-setup": lazy(() => import("./views/totp-setup")),
  "passkey-setup": lazy(() => import("./views/passkey-setup")),
  "backup-codes": lazy(() => import("./views/backup-codes")),
  "verify-totp": named(verify, "VerifyTotpView"),
  "verify-passkey": named(verify, "VerifyPasskeyView"),
  "verify-backup-code": named(verify, "VerifyBackupCodeView"),
  "try-another-method": named(verify, "VerifyChoiceView"),
  lockout: lazy(() => import("./views/lockout")),
};

/** One screen, drawn for the given settings (which must allow it: see `availability`). */
export function Screen({ screen, ...props }: ViewProps & { screen: PreviewScreen }) {
  const View = VIEWS[screen];
  return <View {...props} />;
}
