// Where a refused save shows on the MFA settings form: at the fields its paths name, else in one
// message for the whole form. Server only: the action places it, so the client form carries no
// table of paths.
import { type FieldErrors, type FormErrors, MESSAGES, type MfaField } from "./form-model";

/** A refusal as the action catches it (an AppError's code, message and zod issues). */
export type Refusal = {
  code: string;
  message: string;
  issues?: { path: string; message: string }[];
};

const FIELD_OF_PATH: [prefix: string, field: MfaField][] = [
  ["mfa.factors", "factors"],
  ["mfa.policy", "policy"],
  ["sentinelPolicy.maxAttempts", "maxAttempts"],
  ["sentinelPolicy.lockoutDuration", "lockoutDuration"],
  ["trustedDevice", "rememberDays"],
  ["passkeySignIn", "passkeySignIn"],
];

export function placeRefusal({ code, message, issues }: Refusal): FormErrors {
  if (code === "sign_in_experiences.backup_code_cannot_be_enabled_alone") {
    return { fields: { factors: MESSAGES.backupCodeAlone } };
  }
  if (code !== "guard.invalid_input" || !issues?.length) return { fields: {}, form: message };
  const fields: FieldErrors = {};
  let unplaced = false;
  for (const issue of issues) {
    const field = FIELD_OF_PATH.find(([prefix]) => issue.path.startsWith(prefix))?.[1];
    if (field) fields[field] = MESSAGES[field];
    else unplaced = true;
  }
  return unplaced ? { fields, form: message } : { fields };
}
