import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { VerifyChoiceScreen } from "@/components/experience/screens/VerifyChoiceScreen";
import { type VerifyActions, VerifyScreen } from "@/components/experience/screens/VerifyScreen";
import { parseFactorType } from "@/lib/mfa/factors";
import { continueAfterPasskeyAction, verifyBackupCodeAction, verifyTotpAction } from "../actions";
import { loadMfaPage, one, type Search } from "../load-page";

export const metadata: Metadata = { title: "2-step verification" };

const ACTIONS: VerifyActions = {
  totp: verifyTotpAction,
  backupCode: verifyBackupCodeAction,
  passkeyContinue: continueAfterPasskeyAction,
};

export default async function VerifyPage({ searchParams }: { searchParams: Search }) {
  const params = await searchParams;
  const state = await loadMfaPage(["session.mfa.require_mfa_verification"]);
  const asked = parseFactorType(one(params.method));
  const method = asked && state.verifiable.includes(asked) ? asked : state.verifiable[0];
  if (!method) redirect("/sign-in"); // a verification step always offers at least one method
  if (one(params.choose) === "1") {
    return <VerifyChoiceScreen account={state.account} methods={state.verifiable} />;
  }
  return (
    <VerifyScreen
      method={method}
      account={state.account}
      others={state.verifiable.filter((t) => t !== method)}
      actions={ACTIONS}
      rememberDays={state.rememberDays}
      attemptsLeft={state.attemptsLeft}
    />
  );
}
