// A step-up for a signed-in user: a sign-in flow already identified by their session (no password
// again) and bound to the app's interaction, so the MFA rules ask only for what the app's level
// still needs. Completing it replaces that session with a stronger one (complete-flow.ts).
import { AppError } from "@/lib/core/errors";
import { nextMfaStep } from "@/lib/mfa/policy";
import { createFlow, saveFlow } from "./flow-store";
import { mfaPagePath } from "./mfa/next-page";
import { mfaSituation } from "./mfa/situation";
import { addRecord } from "./records";

export type StartStepUpOptions = {
  userId: string;
  sessionId: string;
  amr: string[];
  returnTo: string;
};

/** Returns the flow's cookie token and the hosted page of its first missing step, if any. */
export async function startStepUp(options: StartStepUpOptions) {
  const { token, flow } = await createFlow("SignIn", options.returnTo);
  const { record, data } = addRecord(flow, {
    type: "Session",
    userId: options.userId,
    sessionId: options.sessionId,
    amr: options.amr,
  });
  const identified = await saveFlow(flow, {
    userId: options.userId,
    data: { ...data, identifiedBy: record.id },
  });
  const step = nextMfaStep((await mfaSituation(identified)).situation);
  return {
    token,
    expiresAt: identified.expiresAt,
    nextPage: step ? mfaPagePath(new AppError(step.code)) : null,
  };
}
