// The MFA submit rules (verify a usable factor, then enroll one, then backup codes) as one pure
// decision: given the settings, the user's stored factors and what happened in this flow, which
// step (if any) stands between the user and a session. No database, no clock.
import type { MfaPolicy } from "./factor-types";
import { FACTORS, type FactorType, isAuthenticator } from "./factors";

export type FactorSummary = {
  id: string;
  type: FactorType;
  lastUsedAt: Date | null;
  /** BackupCode sets only: codes not yet used. */
  remainCodes?: number;
};

export type MfaSituation = {
  event: "SignIn" | "Register";
  policy: MfaPolicy;
  enabled: readonly FactorType[];
  /** Factors stored before this flow. */
  stored: readonly FactorSummary[];
  /** Types bound in this flow (counted for enrollment, never as verification). */
  bound: readonly FactorType[];
  verifiedInFlow: boolean;
  user: { mfaSkipped: boolean; mfaRequired: boolean };
  skippedInFlow: boolean;
  /**
   * A level an app asked for (acr_values, or an app that requires MFA): `mfa` needs a second
   * factor whatever the policy; `phr` needs a passkey. Enrollment is then forced, never skippable.
   */
  required?: "mfa" | "phr";
  /** A stored passkey was verified in this flow (what `phr` asks of a user who has one). */
  passkeyVerified?: boolean;
  /**
   * The browser presented a live remembered device of this user (and remembering is allowed):
   * it stands in for the verification step, never for a level an app asked for.
   */
  trustedDevice?: boolean;
};

export type MfaStep =
  | { code: "session.mfa.require_mfa_verification"; availableFactors: FactorType[] }
  | { code: "user.missing_mfa"; availableFactors: FactorType[] }
  | { code: "user.suggest_mfa"; availableFactors: FactorType[] }
  | { code: "session.mfa.backup_code_required" };

/** Stored factors whose type is enabled now; a code set only while it has unused codes. */
export function usableFactors(stored: readonly FactorSummary[], enabled: readonly FactorType[]) {
  return stored.filter(
    (f) =>
      enabled.includes(f.type) &&
      (FACTORS[f.type].cardinality !== "set" || (f.remainCodes ?? 0) > 0),
  );
}

/** By the types' rank (passkeys, then apps, recovery codes last), then most recent use; each type once. */
export function verificationOrder(usable: readonly FactorSummary[]): FactorType[] {
  const rank = (f: FactorSummary) => FACTORS[f.type].rank;
  const sorted = [...usable].sort(
    (a, b) => rank(a) - rank(b) || (b.lastUsedAt?.getTime() ?? 0) - (a.lastUsedAt?.getTime() ?? 0),
  );
  return [...new Set(sorted.map((f) => f.type))];
}

function promptsNow(policy: MfaPolicy, event: MfaSituation["event"]): boolean {
  if (policy === "PromptAtSignInAndSignUp") return true;
  if (policy === "PromptOnlyAtSignIn") return event === "SignIn";
  return false;
}

export function isMandatory(
  situation: Pick<MfaSituation, "policy" | "user" | "required">,
): boolean {
  return situation.policy === "Mandatory" || situation.user.mfaRequired || !!situation.required;
}

/** What counts as holding a second factor: any authenticator, or a passkey when `phr` is asked. */
const countsAsPrimary = (s: MfaSituation) => (t: FactorType) =>
  s.required === "phr" ? t === "WebAuthn" : isAuthenticator(t);

/** The next MFA step this flow must take, or null when it may complete. */
export function nextMfaStep(s: MfaSituation): MfaStep | null {
  const usable = usableFactors(s.stored, s.enabled);
  const verified = s.verifiedInFlow || (!!s.trustedDevice && !s.required);
  if (usable.length > 0 && !verified) {
    // A passkey satisfies both the policy and a `phr` request, so it is the only one offered.
    const passkeyOnly = s.required === "phr" && usable.some((f) => f.type === "WebAuthn");
    return {
      code: "session.mfa.require_mfa_verification",
      availableFactors: passkeyOnly ? ["WebAuthn"] : verificationOrder(usable),
    };
  }
  const primary = countsAsPrimary(s);
  if (s.required === "phr" && usable.some((f) => f.type === "WebAuthn") && !s.passkeyVerified) {
    return { code: "session.mfa.require_mfa_verification", availableFactors: ["WebAuthn"] };
  }
  const enrollable = s.enabled.filter(primary);
  const hasPrimary = usable.some((f) => primary(f.type)) || s.bound.some(primary);
  if (!hasPrimary && enrollable.length > 0) {
    if (isMandatory(s)) return { code: "user.missing_mfa", availableFactors: enrollable };
    if (promptsNow(s.policy, s.event) && !s.user.mfaSkipped && !s.skippedInFlow) {
      return { code: "user.suggest_mfa", availableFactors: enrollable };
    }
  }
  const hasCodes = usable.some((f) => f.type === "BackupCode") || s.bound.includes("BackupCode");
  const hasAuthenticator =
    usable.some((f) => f.type !== "BackupCode") || s.bound.some((t) => t !== "BackupCode");
  if (hasAuthenticator && s.enabled.includes("BackupCode") && !hasCodes) {
    return { code: "session.mfa.backup_code_required" };
  }
  return null;
}
