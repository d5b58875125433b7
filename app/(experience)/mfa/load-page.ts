// What every hosted MFA page does first: load the flow's MFA state (no live, identified flow →
// sign in again, with a notice), and send the browser to the page of the step the flow is really at.
import { redirect } from "next/navigation";
import { type ErrorCode, hasCode } from "@/lib/core/errors";
import { EXPIRED_SIGN_IN, stepPath } from "@/lib/experience/error-pages";
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
  if (!state) redirect(EXPIRED_SIGN_IN);
  if (!state.step || !shows.includes(state.step.code)) redirect(stepPath(state.step));
  return state;
}

export const ENROLL_STEPS: readonly StepCode[] = ["user.suggest_mfa", "user.missing_mfa"];

/**
 * The errors that mean "no such step in this flow" (a stale or forged `?v=`, a flow that ended):
 * the page starts over. Anything else, such as a database or decryption failure, is a real error.
 */
const NOT_THIS_FLOW: readonly ErrorCode[] = [
  "session.not_found",
  "session.expired",
  "session.verification_not_found",
];

/** `read()`'s result, or null when what it reads is not part of this flow. */
export async function unlessNotThisFlow<T>(read: () => T | Promise<T>): Promise<T | null> {
  try {
    return await read();
  } catch (error) {
    if (hasCode(error, NOT_THIS_FLOW)) return null;
    throw error;
  }
}
