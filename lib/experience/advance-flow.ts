// Submits an identified flow and, when every rule passes, mints the session: the hosted pages'
// "continue" after each step.
import type { RequestMeta } from "@/lib/core/request-meta";
import { type CompletedSignIn, completeFlow } from "./complete-flow";
import { loadActiveFlow } from "./flow-store";
import { submitFlow } from "./submit";

/** Throws the submit rules' errors (the next MFA step) and the flow's lifecycle errors. */
export async function advanceFlow(
  flowToken: string | undefined,
  meta: RequestMeta,
): Promise<CompletedSignIn> {
  await submitFlow(await loadActiveFlow(flowToken), meta);
  return completeFlow(flowToken, meta);
}
