import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { redirect } from "next/navigation";
import { AuthShell } from "@/components/experience/AuthShell";
import { BackupCodeForm } from "@/components/experience/mfa/BackupCodeForm";
import { parseFactorType } from "@/components/experience/mfa/factors";
import { OneTimeCodeForm } from "@/components/experience/mfa/OneTimeCodeForm";
import { OtherMethods } from "@/components/experience/mfa/OtherMethods";
import { PasskeyVerify } from "@/components/experience/mfa/PasskeyVerify";
import { linkClasses } from "@/components/ui/link";
import type { FactorType } from "@/lib/mfa/factor-types";
import { continueAfterPasskeyAction, verifyBackupCodeAction, verifyTotpAction } from "../actions";
import { loadMfaPage, one, type Search } from "../load-page";

export const metadata: Metadata = { title: "2-step verification · Twofold" };

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
    subtitle: (
      <>
        Use one of the backup codes you saved when you set up{" "}
        <span className="whitespace-nowrap">2-step</span> verification
      </>
    ),
  },
};

export default async function VerifyPage({ searchParams }: { searchParams: Search }) {
  const params = await searchParams;
  const state = await loadMfaPage(["session.mfa.require_mfa_verification"]);
  const asked = parseFactorType(one(params.method));
  const method = asked && state.verifiable.includes(asked) ? asked : state.verifiable[0];
  if (!method) redirect("/sign-in"); // a verification step always offers at least one method
  const { title, subtitle } = TITLES[method];
  return (
    <AuthShell
      title={title}
      subtitle={
        <>
          {subtitle}
          {state.account ? (
            <>
              {" "}
              for <span className="font-medium text-slate-800">{state.account}</span>
            </>
          ) : null}
          .
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
        {method === "Totp" ? <OneTimeCodeForm action={verifyTotpAction} autoFocus /> : null}
        {method === "BackupCode" ? <BackupCodeForm action={verifyBackupCodeAction} /> : null}
        {method === "WebAuthn" ? (
          <PasskeyVerify continueAction={continueAfterPasskeyAction} />
        ) : null}
        <OtherMethods types={state.verifiable.filter((t) => t !== method)} />
      </div>
    </AuthShell>
  );
}
