// The one mapping from a sign-in to the method that carried it, for the audit event and the
// overview's split: passkey, authenticator app (TOTP), backup code, remembered device, or the
// password alone. Structural types keep it below the flow engine (lib/audit imports no feature).

export const SIGN_IN_METHODS = [
  "password",
  "totp",
  "passkey",
  "backup_code",
  "remembered_device",
] as const;
export type SignInMethod = (typeof SIGN_IN_METHODS)[number];

export const SIGN_IN_METHOD_LABELS: Record<SignInMethod, string> = {
  password: "Password only",
  totp: "Authenticator app",
  passkey: "Passkey",
  backup_code: "Backup code",
  remembered_device: "Remembered device",
};

/** What a verification record must tell: its type, whether it was proven, whether it is new. */
export type MethodRecord = { type: string; verified?: boolean; isNew?: boolean };

/**
 * The method of a completed flow, from its verification records and the amr it proved. A proof
 * the amr counts wins (passkey over TOTP); a backup code proves nothing the amr names, so its
 * record decides; a remembered device stands in for the second factor when nothing else did.
 */
export function signInMethodOfFlow(records: readonly MethodRecord[], amr: readonly string[]) {
  const fromAmr = methodFromAmr(amr);
  if (fromAmr === "passkey" || fromAmr === "totp") return fromAmr;
  const proved = (type: string) => records.some((r) => r.type === type && r.verified && !r.isNew);
  if (proved("BackupCode")) return "backup_code";
  if (records.some((r) => r.type === "TrustedDevice")) return "remembered_device";
  return fromAmr;
}

/**
 * The method of a `sign_in.succeeded` event: its `method` when it has one, else (events written
 * before the field existed) read from its amr, where `mfa` with no otp or key means a backup code.
 */
export function signInMethodOfEvent(data: { method?: unknown; amr?: unknown }): SignInMethod {
  if (isSignInMethod(data.method)) return data.method;
  const amr = Array.isArray(data.amr) ? data.amr.filter((v) => typeof v === "string") : [];
  return methodFromAmr(amr);
}

export function isSignInMethod(value: unknown): value is SignInMethod {
  return typeof value === "string" && (SIGN_IN_METHODS as readonly string[]).includes(value);
}

function methodFromAmr(amr: readonly string[]): SignInMethod {
  if (amr.includes("hwk") || amr.includes("swk")) return "passkey";
  if (amr.includes("otp")) return "totp";
  if (amr.includes("mfa")) return "backup_code";
  return "password";
}
