// Error text for the MFA forms: the server's message, except for lockouts, which say how long.
import type { FormState } from "../form-state";

export type FormErrorInfo = NonNullable<FormState["error"]>;

export const LOCKED = "session.verification_blocked_too_many_attempts";

/** "in 12 minutes", or null when the lock lasts until an administrator lifts it. */
export function lockDuration(minutesLeft: unknown): string | null {
  if (typeof minutesLeft !== "number") return null;
  return minutesLeft === 1 ? "in 1 minute" : `in ${minutesLeft} minutes`;
}

/** The first failing field's message of a guard.invalid_input (e.g. "Enter the 6-digit code…"). */
function inputIssue(data: FormErrorInfo["data"]): string | undefined {
  const issues = data?.issues;
  if (!Array.isArray(issues)) return undefined;
  const message = (issues[0] as { message?: unknown } | undefined)?.message;
  return typeof message === "string" ? message : undefined;
}

export function errorText(error: FormErrorInfo | undefined): string | undefined {
  if (!error) return undefined;
  if (error.code === "guard.invalid_input") return inputIssue(error.data) ?? error.message;
  if (error.code === LOCKED) {
    const wait = lockDuration(error.data?.minutesLeft);
    return wait
      ? `Too many failed attempts. Try again ${wait}.`
      : "Too many failed attempts. This method stays locked until an administrator unlocks it.";
  }
  return error.message;
}
