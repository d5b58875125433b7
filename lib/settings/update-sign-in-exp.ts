// A partial change of the MFA, lockout, remembered-device, passkey sign-in and branding settings
// (Management API PATCH /api/sign-in-exp).
import type { AuditActor } from "@/lib/audit/record";
import type { BrandingPatch } from "@/lib/branding/schemas";
import type { RequestMeta } from "@/lib/core/request-meta";
import { FactorTypeSchema } from "@/lib/mfa/factor-types";
import { passkeySignInFor } from "./passkey-sign-in-rule";
import { getSettings, type Settings } from "./store";
import { nextBranding } from "./update-branding";
import { updateSettings } from "./update-settings";
import { validateMfaSettings } from "./validate-mfa";

export type SignInExpPatch = Partial<
  Pick<Settings, "mfa" | "sentinelPolicy" | "trustedDevice" | "passkeySignIn">
> & { branding?: BrandingPatch };

/**
 * Throws guard.invalid_input (duplicates, passkey sign-in without WebAuthn, branding),
 * sign_in_experiences.backup_code_cannot_be_enabled_alone.
 */
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
  if (patch.mfa || patch.passkeySignIn) {
    const current = await getSettings();
    const passkeySignIn = passkeySignInFor(
      next.mfa ?? current.mfa,
      patch.passkeySignIn,
      current.passkeySignIn,
    );
    if (patch.passkeySignIn || passkeySignIn.enabled !== current.passkeySignIn.enabled) {
      next.passkeySignIn = passkeySignIn;
    }
  }
  if (branding) next.branding = await nextBranding(branding);
  return updateSettings({ patch: next, actor, meta });
}
