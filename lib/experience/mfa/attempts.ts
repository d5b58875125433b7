// A sign-in's own limit on wrong second factors, apart from the per-user lockout: after this
// many, the flow must restart. Pure, so the console and the hosted pages can name the number.

export const FLOW_MFA_FAILURES = 5;

/** Wrong second factors this flow still allows before it must restart. */
export function attemptsLeft(flow: { mfaFailures: number }): number {
  return Math.max(0, FLOW_MFA_FAILURES - flow.mfaFailures);
}
