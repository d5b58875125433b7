// The second step at sign-in, for one method, with "Try another method" for the others.
import type { ReactNode } from "react";
import type { FactorType } from "@/lib/mfa/factor-types";
import { Alert } from "../../ui/Alert";
import { AuthShell } from "../AuthShell";
import type { FormAction } from "../form-state";
import { BackupCodeForm } from "../mfa/BackupCodeForm";
import { OneTimeCodeForm } from "../mfa/OneTimeCodeForm";
import { OtherMethods } from "../mfa/OtherMethods";
import { PasskeyVerify } from "../mfa/PasskeyVerify";
import { RememberDevice } from "../mfa/RememberDevice";
import { AccountPhrase, notYouFooter, twoStep } from "./copy";

const TITLES: Record<FactorType, { title: string; subtitle: ReactNode }> = {
  Totp: {
    title: "Enter your code",
    subtitle: (
      <>
        Open your authenticator app and enter the <span className="whitespace-nowrap">6-digit</span>{" "}
        code it shows
      </>
    ),
  },
  WebAuthn: {
    title: "Use your passkey",
    subtitle: "Confirm it's you with your fingerprint, face, screen lock or security key",
  },
  BackupCode: {
    title: "Enter a backup code",
    subtitle: <>Use one of the backup codes you saved when you set up {twoStep} verification</>,
  },
};

export type VerifyActions = {
  totp: FormAction;
  backupCode: FormAction;
  /** Continues the flow after the passkey prompt succeeded. */
  passkeyContinue: FormAction;
};

export type VerifyScreenProps = {
  method: FactorType;
  account: string | null;
  /** The other methods the user can verify with, in page order. */
  others: FactorType[];
  actions: VerifyActions;
  /** Offer "Don't ask again on this device" (authenticator app, passkey) for this many days. */
  rememberDays?: number | null;
  /** Wrong attempts this sign-in still allows; at 1 the screen warns before the last try. */
  attemptsLeft?: number;
};

export function VerifyScreen({
  method,
  account,
  others,
  actions,
  rememberDays,
  attemptsLeft,
}: VerifyScreenProps) {
  const { title, subtitle } = TITLES[method];
  return (
    <AuthShell
      title={title}
      subtitle={
        <>
          {subtitle}
          <AccountPhrase word="for" account={account} />.
        </>
      }
      footer={notYouFooter}
    >
      <div className="space-y-8">
        {attemptsLeft === 1 ? (
          <Alert tone="warning" role="status" title="1 attempt left before this sign-in is locked">
            One more wrong try and you will have to sign in again from the start.
          </Alert>
        ) : null}
        {method === "Totp" ? (
          <OneTimeCodeForm
            action={actions.totp}
            autoFocus
            extra={rememberDays ? <RememberDevice days={rememberDays} /> : null}
          />
        ) : null}
        {method === "BackupCode" ? <BackupCodeForm action={actions.backupCode} /> : null}
        {method === "WebAuthn" ? (
          <PasskeyVerify continueAction={actions.passkeyContinue} rememberDays={rememberDays} />
        ) : null}
        <OtherMethods types={others} />
      </div>
    </AuthShell>
  );
}
