// The sign-in experience settings' shapes and bounds, pure, so the console form checks the same
// rules as the server without pulling in the database.
import { z } from "zod";
import { BrandingSchema, DEFAULT_BRANDING } from "@/lib/branding/schemas";
import { FactorTypeSchema, MfaPolicySchema } from "@/lib/mfa/factor-types";
import { FACTOR_TYPES } from "@/lib/mfa/factors";

export const MfaSettingsSchema = z.strictObject({
  factors: z
    .array(FactorTypeSchema)
    .max(FACTOR_TYPES.length)
    .describe("Factor types users may enroll and verify; BackupCode never alone."),
  policy: MfaPolicySchema.describe(
    "Mandatory, or when users are prompted: PromptAtSignInAndSignUp, PromptOnlyAtSignIn, NoPrompt.",
  ),
});

export const SentinelPolicySchema = z.strictObject({
  maxAttempts: z
    .int()
    .min(1)
    .max(100)
    .describe("Failed second-factor attempts per user and factor type in a rolling hour."),
  lockoutDuration: z
    .int()
    .min(1)
    .max(24 * 60)
    .describe("Minutes a factor type stays locked once the attempts run out."),
});

export const SettingsSchema = z.object({
  registration: z.object({ enabled: z.boolean() }).default({ enabled: true }),
  /** MFA is off until an admin switches a factor on. */
  mfa: MfaSettingsSchema.default({ factors: [], policy: "PromptAtSignInAndSignUp" }),
  sentinelPolicy: SentinelPolicySchema.default({ maxAttempts: 10, lockoutDuration: 60 }),
  branding: BrandingSchema.default(DEFAULT_BRANDING),
});

export type Settings = z.output<typeof SettingsSchema>;
export type MfaSettings = Settings["mfa"];
export type SentinelPolicy = Settings["sentinelPolicy"];
