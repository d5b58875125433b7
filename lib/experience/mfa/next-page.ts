// Which hosted page shows the step an MFA error asks for; null for errors the form shows itself.
import { AppError } from "@/lib/core/errors";

export function mfaPagePath(error: unknown): string | null {
  if (!(error instanceof AppError)) return null;
  switch (error.code) {
    case "session.mfa.require_mfa_verification":
      return "/mfa/verify";
    case "user.missing_mfa":
    case "user.suggest_mfa":
      return "/mfa/enroll";
    case "session.mfa.backup_code_required":
      return "/mfa/backup-codes";
    // The flow dropped that passkey (another account stored it first): create another one.
    case "user.passkey_already_in_use":
      return `/mfa/passkey-setup?error=${error.code}`;
    case "session.verification_blocked_too_many_attempts": {
      if (!error.data?.factor) return null;
      const params = new URLSearchParams({ factor: String(error.data.factor) });
      if (typeof error.data.minutesLeft === "number")
        params.set("minutes", String(error.data.minutesLeft));
      return `/mfa/locked?${params}`;
    }
    case "session.mfa.too_many_attempts":
    case "session.not_found":
    case "session.expired":
    case "session.already_completed":
      return `/sign-in?error=${error.code}`;
    default:
      return null;
  }
}
