import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { AuthShell } from "@/components/experience/AuthShell";
import { OneTimeCodeForm } from "@/components/experience/mfa/OneTimeCodeForm";
import { TotpSetupKey } from "@/components/experience/mfa/TotpSetupKey";
import { linkClasses } from "@/components/ui/link";
import { totpSetupState } from "@/lib/experience/mfa/page-state";
import { confirmTotpSetupAction } from "../actions";
import { ENROLL_STEPS, loadMfaPage, one, type Search } from "../load-page";

export const metadata: Metadata = { title: "Set up your authenticator app · Twofold" };

const CHOOSE = "/mfa/enroll?choose=1";

async function setupFor(state: Awaited<ReturnType<typeof loadMfaPage>>, verificationId: string) {
  try {
    return await totpSetupState(state, verificationId);
  } catch {
    return null; // not a TOTP secret of this flow
  }
}

export default async function TotpSetupPage({ searchParams }: { searchParams: Search }) {
  const verificationId = one((await searchParams).v) ?? "";
  const state = await loadMfaPage(ENROLL_STEPS);
  const setup = verificationId ? await setupFor(state, verificationId) : null;
  if (!setup) redirect(CHOOSE);

  return (
    <AuthShell
      title="Set up your authenticator app"
      subtitle="Add your account to an app such as Google Authenticator, 1Password or Authy, then enter the code it shows."
      footer={
        <Link href={CHOOSE} className={linkClasses}>
          Use another method
        </Link>
      }
    >
      <div className="space-y-6">
        <TotpSetupKey secret={setup.secret} qrCode={setup.qrCode} account={state.account} />
        <OneTimeCodeForm action={confirmTotpSetupAction} verificationId={verificationId} />
      </div>
    </AuthShell>
  );
}
