import type { Metadata } from "next";
import { redirect } from "next/navigation";
import {
  AllSetScreen,
  EnrollPromptScreen,
  FactorListScreen,
} from "@/components/experience/screens/EnrollScreens";
import { EXPIRED_SIGN_IN, stepPath } from "@/lib/experience/error-pages";
import { mfaPageState } from "@/lib/experience/mfa/page-state";
import { flowCookie } from "@/lib/http/action-context";
import { continueAction, skipAction, startTotpSetupAction } from "../actions";
import { ENROLL_STEPS, one, type Search } from "../load-page";

export const metadata: Metadata = { title: "2-step verification" };

export default async function EnrollPage({ searchParams }: { searchParams: Search }) {
  const params = await searchParams;
  const state = await mfaPageState(await flowCookie());
  if (!state) redirect(EXPIRED_SIGN_IN);
  const { step, canSkip, enrollable } = state;

  // Nothing left to add (e.g. a step finished in another tab): let the user carry on.
  if (!step) return <AllSetScreen continueAction={continueAction} />;
  if (!ENROLL_STEPS.includes(step.code)) redirect(stepPath(step));

  const suggested = step.code === "user.suggest_mfa";
  if (suggested && one(params.choose) !== "1") {
    return (
      <EnrollPromptScreen account={state.account} skipAction={canSkip ? skipAction : undefined} />
    );
  }
  return (
    <FactorListScreen
      enrollable={enrollable}
      required={!canSkip}
      startTotpAction={startTotpSetupAction}
      skipAction={canSkip && suggested ? skipAction : undefined}
    />
  );
}
