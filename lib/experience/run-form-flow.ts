// The hosted pages' path through the flow engine, for forms that work without JavaScript: make
// sure there is a live flow of the right event (a missing, expired or finished one restarts
// cleanly), run the form's verification, identify, submit, then mint the session. Each step is
// the same domain function the JSON API calls.
import { AppError } from "@/lib/core/errors";
import type { RequestMeta } from "@/lib/core/request-meta";
import { advanceFlow } from "./advance-flow";
import type { CompletedSignIn } from "./complete-flow";
import { RESTARTABLE_CODES } from "./error-pages";
import { loadActiveFlow, saveFlow } from "./flow-store";
import { identify } from "./identify";
import { FLOW_MFA_FAILURES } from "./mfa/guard";
import { safeReturnTo } from "./return-to";
import { startFlow } from "./start-flow";
import type { Flow, FlowEvent } from "./types";

export type RunFormFlowOptions = {
  flowToken: string | undefined;
  event: FlowEvent;
  returnTo?: string | null;
  meta: RequestMeta;
  /** Called whenever the flow got a new token (a new flow, identification), to set its cookie. */
  onNewFlow: (token: string, expiresAt: Date) => Promise<void>;
  /** The browser's remembered-device cookie for a user, read at identification. */
  deviceToken?: (userId: string) => string | undefined;
  /** The form's own verification; returns the verification id to identify with. */
  verify: (flow: Flow) => Promise<{ verificationId: string }>;
};

async function liveFlow(options: RunFormFlowOptions): Promise<{ flow: Flow; token: string }> {
  if (options.flowToken) {
    try {
      const flow = await loadActiveFlow(options.flowToken);
      // A flow that used up its second-factor attempts must restart, not be extended.
      if (flow.event === options.event && flow.mfaFailures < FLOW_MFA_FAILURES) {
        // The page being signed in from decides where to land, not an earlier attempt.
        const returnTo = safeReturnTo(options.returnTo);
        if (flow.data.returnTo === returnTo) return { flow, token: options.flowToken };
        return {
          flow: await saveFlow(flow, { data: { ...flow.data, returnTo } }),
          token: options.flowToken,
        };
      }
    } catch (error) {
      if (!(error instanceof AppError) || !RESTARTABLE_CODES.has(error.code)) throw error;
    }
  }
  const { token, flow } = await startFlow(options.event, options.returnTo);
  await options.onNewFlow(token, flow.expiresAt);
  return { flow, token };
}

/** Throws whatever the steps throw; the session is minted only when every step passed. */
export async function runFormFlow(options: RunFormFlowOptions): Promise<CompletedSignIn> {
  const { flow, token } = await liveFlow(options);
  const { verificationId } = await options.verify(flow);
  const identified = await identify(await loadActiveFlow(token), verificationId, {
    deviceToken: options.deviceToken,
    meta: options.meta,
  });
  // Set before advancing: when an MFA step comes next, the browser carries on with the new token.
  await options.onNewFlow(identified.token, identified.flow.expiresAt);
  return advanceFlow(identified.token, options.meta);
}
