// Skipping the enrollment prompt: remembered for the user when the flow completes; refused when
// MFA is mandatory for them or the app they sign in to asks for it.
import { AppError } from "@/lib/core/errors";
import { isMandatory } from "@/lib/mfa/policy";
import { saveFlow } from "../flow-store";
import type { Flow } from "../types";
import { flowSubject } from "./guard";
import { mfaSituation } from "./situation";

/** Throws session.mfa.mfa_policy_not_user_controlled. */
export async function skipMfa(flow: Flow): Promise<void> {
  flowSubject(flow);
  if (isMandatory((await mfaSituation(flow)).situation))
    throw new AppError("session.mfa.mfa_policy_not_user_controlled");
  await saveFlow(flow, { data: { ...flow.data, skipped: true } });
}
