"use client";
// The hosted sign-in and MFA pages as the preview draws them: the same components, composed as
// app/(experience)/** composes them, fed sample data and no-op actions instead of a live flow.
// Keep in step with those pages when their layout changes.
import Link from "next/link";
import type { ReactNode } from "react";
import { AuthShell } from "@/components/experience/AuthShell";
import { BackupCodeForm } from "@/components/experience/mfa/BackupCodeForm";
import { BackupCodes } from "@/components/experience/mfa/BackupCodes";
import { CreatePasskey } from "@/components/experience/mfa/CreatePasskey";
import { EnrollPrompt } from "@/components/experience/mfa/EnrollPrompt";
import { FormButton } from "@/components/experience/mfa/FormButton";
import { lockDuration } from "@/components/experience/mfa/errors";
import { FACTOR_COPY } from "@/components/experience/mfa/factors";
import {
  ClockIcon,
  FactorIcon,
  IconTile,
  LockIcon,
  ShieldIcon,
} from "@/components/experience/mfa/icons";
import { OneTimeCodeForm } from "@/components/experience/mfa/OneTimeCodeForm";
import { OptionLink, OptionSubmit } from "@/components/experience/mfa/OptionRow";
import { OtherMethods } from "@/components/experience/mfa/OtherMethods";
import { PasskeyVerify } from "@/components/experience/mfa/PasskeyVerify";
import { PointList } from "@/components/experience/mfa/PointList";
import { TotpSetupKey } from "@/components/experience/mfa/TotpSetupKey";
import { SignInForm } from "@/components/experience/SignInForm";
import { Alert } from "@/components/ui/Alert";
import { buttonClasses } from "@/components/ui/Button";
import { linkClasses } from "@/components/ui/link";
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

const twoStep = <span className="whitespace-nowrap">2-step</span>;
const account = <span className="font-medium text-slate-800">{SAMPLE.account}</span>;
const anotherMethod = (
  <Link href="/mfa/enroll?choose=1" className={linkClasses}>
    Use another method
  </Link>
);

function SignIn() {
  return (
    <AuthShell
      title="Sign in"
      subtitle="Welcome back. Enter your details to continue."
      footer={
        <>
          New here?{" "}
          <Link href="/register" className={linkClasses}>
            Create an account
          </Link>
        </>
      }
    >
      <SignInForm action={noopForm} />
    </AuthShell>
  );
}

function EnrollPromptScreen({ settings }: ScreenProps) {
  return (
    <AuthShell
      title={<>Turn on {twoStep} verification</>}
      subtitle={<>Add a second step when you sign in as {account}. It takes about a minute.</>}
    >
      <EnrollPrompt skipAction={canSkip(settings) ? noopVoid : undefined} />
    </AuthShell>
  );
}

function FactorList({ settings }: ScreenProps) {
  const skippable = canSkip(settings);
  return (
    <AuthShell
      title={<>Add {twoStep} verification</>}
      subtitle="Choose how you want to confirm it's you when you sign in."
      footer={
        skippable ? undefined : (
          <Link href="/sign-in" className={linkClasses}>
            Back to sign in
          </Link>
        )
      }
    >
      {skippable ? null : (
        <Alert tone="info" title="Required for your account" className="mb-5">
          Your account needs 2-step verification. Set up one method to continue.
        </Alert>
      )}
      <ul className="space-y-3">
        {enrollable(settings).map((type) => (
          <li key={type}>
            {type === "Totp" ? (
              <form action={noopVoid}>
                <OptionSubmit
                  icon={<FactorIcon type={type} />}
                  label={FACTOR_COPY[type].label}
                  hint={FACTOR_COPY[type].enrollHint}
                />
              </form>
            ) : (
              <OptionLink
                href="/mfa/passkey-setup"
                icon={<FactorIcon type={type} />}
                label={FACTOR_COPY[type].label}
                hint={FACTOR_COPY[type].enrollHint}
              />
            )}
          </li>
        ))}
      </ul>
      {skippable ? (
        <form action={noopVoid} className="mt-6">
          <FormButton variant="ghost">Skip for now</FormButton>
        </form>
      ) : null}
    </AuthShell>
  );
}

function TotpSetup({ qrCode }: ScreenProps) {
  return (
    <AuthShell
      title="Set up your authenticator app"
      subtitle="Add your account to an app such as Google Authenticator, 1Password or Authy, then enter the code it shows."
      footer={anotherMethod}
    >
      <div className="space-y-6">
        <TotpSetupKey secret={SAMPLE.totpSecret} qrCode={qrCode} account={SAMPLE.account} />
        <OneTimeCodeForm action={noopForm} verificationId="preview" />
      </div>
    </AuthShell>
  );
}

const PASSKEY_POINTS = [
  {
    icon: <ShieldIcon />,
    text: "Your browser will ask you to confirm with this device or a security key.",
  },
  { icon: <LockIcon />, text: "Your fingerprint or face never leaves your device." },
];

function PasskeySetup() {
  return (
    <AuthShell
      title="Create a passkey"
      subtitle="Use your fingerprint, face, screen lock or a security key as your second step."
      footer={anotherMethod}
    >
      <PointList points={PASSKEY_POINTS} className="mb-7" />
      <CreatePasskey />
    </AuthShell>
  );
}

function BackupCodesScreen() {
  return (
    <AuthShell
      title="Save your backup codes"
      subtitle="If you lose your phone or passkey, a backup code gets you back in."
    >
      <BackupCodes
        generate={sampleCodes}
        confirm={noopForm}
        account={SAMPLE.account}
        generateLabel="Generate codes"
      />
    </AuthShell>
  );
}

const VERIFY_TITLES: Record<FactorType, { title: string; subtitle: ReactNode }> = {
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

function Verify({ settings, method }: ScreenProps & { method: FactorType }) {
  const { title, subtitle } = VERIFY_TITLES[method];
  return (
    <AuthShell
      title={title}
      subtitle={
        <>
          {subtitle} for {account}.
        </>
      }
      footer={
        <>
          Not you?{" "}
          <Link href="/sign-in" className={linkClasses}>
            Sign in with another account
          </Link>
        </>
      }
    >
      <div className="space-y-8">
        {method === "Totp" ? <OneTimeCodeForm action={noopForm} /> : null}
        {method === "BackupCode" ? <BackupCodeForm action={noopForm} /> : null}
        {method === "WebAuthn" ? <PasskeyVerify continueAction={noopForm} /> : null}
        <OtherMethods types={verifiable(settings).filter((t) => t !== method)} />
      </div>
    </AuthShell>
  );
}

function Lockout({ settings }: ScreenProps) {
  const factor = lockedFactor(settings);
  const wait = lockDuration(SAMPLE.lockoutMinutes);
  return (
    <AuthShell
      title="Too many attempts"
      subtitle="For your security, we paused this method after too many wrong tries."
    >
      <div className="space-y-8">
        <div className="flex items-start gap-4 rounded-xl border border-amber-200 bg-amber-50 p-4">
          <IconTile tone="amber" className="bg-white">
            {wait ? <ClockIcon /> : <LockIcon />}
          </IconTile>
          <div className="min-w-0 space-y-1 text-sm">
            <p className="font-medium text-amber-950">
              {factor ? `${FACTOR_COPY[factor].lockedNoun} are locked` : "This method is locked"}
            </p>
            <p className="leading-relaxed text-amber-900">You can try again {wait}.</p>
          </div>
        </div>
        <OtherMethods types={verifiable(settings).filter((t) => t !== factor)} />
        <Link href="/sign-in" className={buttonClasses("secondary", "lg", true)}>
          Back to sign in
        </Link>
      </div>
    </AuthShell>
  );
}

/** One screen, drawn for the given settings (which must allow it: see `availability`). */
export function Screen({ screen, ...props }: ScreenProps & { screen: PreviewScreen }) {
  switch (screen) {
    case "sign-in":
      return <SignIn />;
    case "enroll-prompt":
      return <EnrollPromptScreen {...props} />;
    case "factor-list":
      return <FactorList {...props} />;
    case "totp-setup":
      return <TotpSetup {...props} />;
    case "passkey-setup":
      return <PasskeySetup />;
    case "backup-codes":
      return <BackupCodesScreen />;
    case "verify-totp":
      return <Verify {...props} method="Totp" />;
    case "verify-passkey":
      return <Verify {...props} method="WebAuthn" />;
    case "verify-backup-code":
      return <Verify {...props} method="BackupCode" />;
    case "try-another-method":
      return <Verify {...props} method={verifiable(props.settings)[0] ?? "Totp"} />;
    case "lockout":
      return <Lockout {...props} />;
  }
}
