// Saves the MFA section of the sign-in experience (factors, policy, lockout, remembered devices)
// on an admin's behalf:
// the console's MFA page calls it with whatever the form sent, so nothing is trusted unparsed.
import { z } from "zod";
import { parseInput } from "@/lib/core/input";
import type { RequestMeta } from "@/lib/core/request-meta";
import { FactorTypeSchema } from "@/lib/mfa/factor-types";
import { TrustedDeviceSettingsSchema } from "./schemas";
import { MfaSettingsSchema, SentinelPolicySchema, type Settings } from "./store";
import { updateSettings } from "./update-settings";
import { validateMfaSettings } from "./validate-mfa";

export type UpdateMfaSettingsOptions = {
  /** Unparsed: `{ factors, policy }`. */
  mfa: unknown;
  /** Unparsed: `{ maxAttempts, lockoutDuration }`. */
  sentinelPolicy: unknown;
  /** Unparsed: `{ enabled, days }`; left as it is when absent. */
  trustedDevice?: unknown;
  adminId: string;
  meta: RequestMeta;
};

const InputSchema = z.strictObject({
  mfa: MfaSettingsSchema,
  sentinelPolicy: SentinelPolicySchema,
  trustedDevice: TrustedDeviceSettingsSchema.optional(),
});

// Stored in one order whatever order the form sent, so equal settings compare equal.
const FACTOR_ORDER = FactorTypeSchema.options;

/**
 * Throws guard.invalid_input (with the failing paths, e.g. `sentinelPolicy.maxAttempts`) and
 * sign_in_experiences.backup_code_cannot_be_enabled_alone; nothing is saved when it throws.
 */
export async function updateMfaSettings({
  mfa,
  sentinelPolicy,
  trustedDevice,
  adminId,
  meta,
}: UpdateMfaSettingsOptions): Promise<Settings> {
  const input = parseInput(InputSchema, { mfa, sentinelPolicy, trustedDevice });
  validateMfaSettings(input.mfa);
  const factors = FACTOR_ORDER.filter((type) => input.mfa.factors.includes(type));
  return updateSettings({
    patch: {
      mfa: { ...input.mfa, factors },
      sentinelPolicy: input.sentinelPolicy,
      ...(input.trustedDevice ? { trustedDevice: input.trustedDevice } : {}),
    },
    adminId,
    meta,
  });
}
