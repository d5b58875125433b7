import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { AuthShell } from "@/components/experience/AuthShell";
import { CreatePasskey } from "@/components/experience/mfa/CreatePasskey";
import { PasskeyNameForm } from "@/components/experience/mfa/PasskeyNameForm";
import { LockIcon, ShieldIcon } from "@/components/experience/mfa/icons";
import { PointList } from "@/components/experience/mfa/PointList";
import { Alert } from "@/components/ui/Alert";
import { linkClasses } from "@/components/ui/link";
import { passkeyDefaultName } from "@/lib/experience/mfa/page-state";
import { namePasskeyAction } from "../actions";
import { ENROLL_STEPS, loadMfaPage, one, type Search } from "../load-page";

export const metadata: Metadata = { title: "Create a passkey · Twofold" };

const POINTS = [
  {
    icon: <ShieldIcon />,
    text: "Your browser will ask you to confirm with this device or a security key.",
  },
  { icon: <LockIcon />, text: "Your fingerprint or face never leaves your device." },
];

const footer = (
  <Link href="/mfa/enroll?choose=1" className={linkClasses}>
    Use another method
  </Link>
);

export default async function PasskeySetupPage({ searchParams }: { searchParams: Search }) {
  const verificationId = one((await searchParams).v);
  const state = await loadMfaPage(ENROLL_STEPS);

  if (verificationId) {
    let defaultName: string | null = null;
    try {
      defaultName = passkeyDefaultName(state, verificationId);
    } catch {
      // not a passkey of this flow: start over below
    }
    if (defaultName === null) redirect("/mfa/passkey-setup");
    return (
      <AuthShell
        title="Name your passkey"
        subtitle="A name helps you tell your passkeys apart later."
      >
        <Alert tone="success" title="Passkey created" className="mb-5">
          From now on, you can use it to confirm it's you when you sign in.
        </Alert>
        <PasskeyNameForm
          action={namePasskeyAction}
          verificationId={verificationId}
          defaultName={defaultName}
        />
      </AuthShell>
    );
  }

  return (
    <AuthShell
      title="Create a passkey"
      subtitle="Use your fingerprint, face, screen lock or a security key as your second step."
      footer={footer}
    >
      <PointList points={POINTS} className="mb-7" />
      <CreatePasskey />
    </AuthShell>
  );
}
