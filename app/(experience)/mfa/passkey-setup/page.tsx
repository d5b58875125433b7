import type { Metadata } from "next";
import { redirect } from "next/navigation";
import {
  PasskeyNameScreen,
  PasskeySetupScreen,
} from "@/components/experience/screens/PasskeySetupScreens";
import { errorMessage } from "@/lib/core/errors";
import { passkeyDefaultName } from "@/lib/experience/mfa/page-state";
import { namePasskeyAction } from "../actions";
import { ENROLL_STEPS, loadMfaPage, one, type Search, unlessNotThisFlow } from "../load-page";

export const metadata: Metadata = { title: "Create a passkey" };

export default async function PasskeySetupPage({ searchParams }: { searchParams: Search }) {
  const params = await searchParams;
  const verificationId = one(params.v);
  const state = await loadMfaPage(ENROLL_STEPS);
  if (!verificationId) {
    // Only this code comes back here; anything else in the query is not shown.
    const taken = one(params.error) === "user.passkey_already_in_use";
    return (
      <PasskeySetupScreen error={taken ? errorMessage("user.passkey_already_in_use") : undefined} />
    );
  }

  const defaultName = await unlessNotThisFlow(() => passkeyDefaultName(state, verificationId));
  if (defaultName === null) redirect("/mfa/passkey-setup");
  return (
    <PasskeyNameScreen
      verificationId={verificationId}
      defaultName={defaultName}
      nameAction={namePasskeyAction}
    />
  );
}
