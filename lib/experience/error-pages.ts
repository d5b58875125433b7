// Which hosted page shows what a flow error asks for: the next MFA step, a lockout, or sign-in
// again for a flow that is gone. The one table for the server actions, the MFA pages and the
// browser's passkey ceremonies; pure (type imports only), so the client bundle imports it too.
import type { MfaStep } from "@/lib/mfa/policy";

/** An error as the API answers it, or an AppError (same fields). */
export type FlowErrorInfo = { code: string; data?: Record<string, unknown> };

/** The flow is gone (missing, expired or finished): the hosted forms start a new one. */
export const RESTARTABLE_CODES: ReadonlySet<string> = new Set([
  "session.not_found",
  "session.expired",
  "session.already_completed",
]);

/** Where a hosted MFA page sends a browser that has no live sign-in: a notice, then start over. */
export const EXPIRED_SIGN_IN = "/sign-in?reason=expired";

/** The notices `/sign-in?reason=` can show: the URL picks one, it never supplies the text. */
const SIGN_IN_NOTICES: Readonly<Record<string, string>> = {
  expired: "Your sign-in expired. Start again.",
};

export function signInNotice(reason: string | undefined): string | undefined {
  return reason && Object.hasOwn(SIGN_IN_NOTICES, reason) ? SIGN_IN_NOTICES[reason] : undefined;
}

/** The page reads how long the lock lasts from the user's pool, never from the URL. */
function lockedPage(data: FlowErrorInfo["data"]): string | null {
  if (!data?.factor) return null;
  return `/mfa/locked?${new URLSearchParams({ factor: String(data.factor) })}`;
}

/** The page for the error; null for errors the form shows in place. */
export function errorPagePath({ code, data }: FlowErrorInfo): string | null {
  switch (code) {
    case "session.mfa.require_mfa_verification":
      return "/mfa/verify";
    case "user.missing_mfa":
    case "user.suggest_mfa":
      return "/mfa/enroll";
    case "session.mfa.backup_code_required":
      return "/mfa/backup-codes";
    // The flow dropped that passkey (another account stored it first): create another one.
    case "user.passkey_already_in_use":
      return `/mfa/passkey-setup?error=${code}`;
    case "session.verification_blocked_too_many_attempts":
      return lockedPage(data);
    case "session.mfa.too_many_attempts":
      return `/sign-in?error=${code}`;
    default:
      return RESTARTABLE_CODES.has(code) ? `/sign-in?error=${code}` : null;
  }
}

/** The page that shows a step; no step (nothing left to do) is shown by /mfa/enroll. */
export function stepPath(step: MfaStep | null): string {
  return (step && errorPagePath(step)) ?? "/mfa/enroll";
}
