import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { CHOOSE_METHOD_HREF } from "@/components/experience/screens/copy";
import { TotpSetupScreen } from "@/components/experience/screens/TotpSetupScreen";
import { totpSetupState } from "@/lib/experience/mfa/page-state";
import { confirmTotpSetupAction } from "../actions";
import { ENROLL_STEPS, loadMfaPage, one, type Search, unlessNotThisFlow } from "../load-page";

export const metadata: Metadata = { title: "Set up your authenticator app" };

export default async function TotpSetupPage({ searchParams }: { searchParams: Search }) {
  const verificationId = one((await searchParams).v) ?? "";
  const state = await loadMfaPage(ENROLL_STEPS);
  const setup = verificationId
    ? await unlessNotThisFlow(() => totpSetupState(state, verificationId))
    : null;
  if (!setup) redirect(CHOOSE_METHOD_HREF);

  return (
    <TotpSetupScreen
      account={state.account}
      secret={setup.secret}
      qrCode={setup.qrCode}
      uri={setup.uri}
      verificationId={verificationId}
      confirmAction={confirmTotpSetupAction}
    />
  );
}
