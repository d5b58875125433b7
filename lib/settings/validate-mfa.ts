// The rules an MFA configuration must meet before it is saved: no factor twice, and backup codes
// never alone (they are never a user's only factor).
import { AppError } from "@/lib/core/errors";
import { onlyRecovery } from "@/lib/mfa/factors";
import type { MfaSettings } from "./store";

/** Throws guard.invalid_input for duplicates, sign_in_experiences.backup_code_cannot_be_enabled_alone. */
export function validateMfaSettings(mfa: MfaSettings): void {
  if (new Set(mfa.factors).size !== mfa.factors.length) {
    throw new AppError("guard.invalid_input", {
      issues: [{ path: "mfa.factors", message: "Duplicate factor" }],
    });
  }
  if (onlyRecovery(mfa.factors)) {
    throw new AppError("sign_in_experiences.backup_code_cannot_be_enabled_alone");
  }
}
