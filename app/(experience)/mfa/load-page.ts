// What every hosted MFA page does first: load the flow's MFA state (no live, identified flow →
// sign in), and send the browser to the page of the step the flow is really at.
import { redirect } from "next/navigation";
import { stepPath } from "@/lib/experience/error-pages";
import { type MfaPageState, mfaPageState } from "@/lib/experience/mfa/page-state";
import { flowCookie } from "@/lib/http/action-context";
import type { MfaStep } from "@/lib/mfa/policy";

export type Search = Promise<Record<string, string | string[] | undefined>>;

export function one(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

type StepCode = MfaStep["code"];

/** Redirects to sign-in without a flow, or to the right page when the step is not one of `shows`. */
export async function loadMfaPage(shows: readonly StepCode[]): Promise<MfaPageState> {
  const state = await mfaPageState(await flowCookie());
  if (!state) redirect("/sign-in");
  if (!state.step || !shows.includes(state.step.code)) redirect(stepPath(state.step));
  return state;
}

export const ENROLL_STEPS: readonly StepCode[] = ["user.suggest_mfa", "user.missing_mfa"];
