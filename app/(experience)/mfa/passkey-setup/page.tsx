import type { Metadata } from "next";
import { redirect } from "next/navigation";
import {
  PasskeyNameScreen,
  PasskeySetupScreen,
} from "@/components/experience/screens/PasskeySetupScreens";
import { passkeyDefaultName } from "@/lib/experience/mfa/page-state";
import { namePasskeyAction } from "../actions";
import { ENROLL_STEPS, loadMfaPage, one, type Search } from "../load-page";

export const metadata: Metadata = { title: "Create a passkey · Twofold" };

export default async function PasskeySetupPage({ searchParams }: { searchParams: Search }) {
  const verificationId = one((await searchParams).v);
  const state = await loadMfaPage(ENROLL_STEPS);
  if (!verificationId) return <PasskeySetupScreen />;

  let defaultName: string | null = null;
  try {
    defaultName = passkeyDefaultName(state, verificationId);
  } catch {
    // not a passkey of this flow: start over below
  }
  if (defaultName === null) redirect("/mfa/passkey-setup");
  return (
    <PasskeyNameScreen
      verificationId={verificationId}
      defaultName={defaultName}
      nameAction={namePasskeyAction}
    />
  );
}
