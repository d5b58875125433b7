// A partial change of the MFA, lockout and branding settings (Management API PATCH /api/sign-in-exp).
import type { AuditActor } from "@/lib/audit/record";
import type { BrandingPatch } from "@/lib/branding/schemas";
import type { RequestMeta } from "@/lib/core/request-meta";
import { FactorTypeSchema } from "@/lib/mfa/factor-types";
import type { Settings } from "./store";
import { nextBranding } from "./update-branding";
import { updateSettings } from "./update-settings";
import { validateMfaSettings } from "./validate-mfa";

export type SignInExpPatch = Partial<Pick<Settings, "mfa" | "sentinelPolicy">> & {
  branding?: BrandingPatch;
};

/** Throws guard.invalid_input (duplicates, branding), sign_in_experiences.backup_code_cannot_be_enabled_alone. */
export async function updateSignInExperience(
  patch: SignInExpPatch,
  actor: AuditActor,
  meta?: RequestMeta,
) {
  const { branding, ...sections } = patch;
  const next: Partial<Settings> = { ...sections };
  if (patch.mfa) {
    validateMfaSettings(patch.mfa);
    // Stored in one order, whatever order the caller sent.
    next.mfa = {
      ...patch.mfa,
      factors: FactorTypeSchema.options.filter((t) => patch.mfa?.factors.includes(t)),
    };
  }
  if (branding) next.branding = await nextBranding(branding);
  return updateSettings({ patch: next, actor, meta });
}
