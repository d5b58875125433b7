// The sign-in experience settings' shapes and bounds, pure, so the console form checks the same
// rules as the server without pulling in the database.
import { z } from "zod";
import { BrandingSchema, DEFAULT_BRANDING } from "@/lib/branding/schemas";
import { FactorTypeSchema, MfaPolicySchema } from "@/lib/mfa/factor-types";
import { FACTOR_TYPES } from "@/lib/mfa/factors";
import { SETTINGS_LIMITS } from "./limits";

const { maxAttempts, lockoutDuration, rememberDays } = SETTINGS_LIMITS;

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
    .min(maxAttempts.min)
    .max(maxAttempts.max)
    .describe("Failed second-factor attempts per user and factor type in a rolling hour."),
  lockoutDuration: z
    .int()
    .min(lockoutDuration.min)
    .max(lockoutDuration.max)
    .describe("Minutes a factor type stays locked once the attempts run out."),
});

export const TrustedDeviceSettingsSchema = z.strictObject({
  enabled: z
    .boolean()
    .describe('Offer "Don\'t ask again on this device" after an authenticator app or passkey.'),
  days: z
    .int()
    .min(rememberDays.min)
    .max(rememberDays.max)
    .describe("Days a remembered device skips the second factor."),
});

export const PasskeySignInSchema = z.strictObject({
  enabled: z
    .boolean()
    .describe(
      "Passkeys sign people in on their own (no password); needs WebAuthn among the factors.",
    ),
});

export const SettingsSchema = z.object({
  registration: z.object({ enabled: z.boolean() }).default({ enabled: true }),
  /** MFA is off until an admin switches a factor on. */
  mfa: MfaSettingsSchema.default({ factors: [], policy: "PromptAtSignInAndSignUp" }),
  sentinelPolicy: SentinelPolicySchema.default({ maxAttempts: 10, lockoutDuration: 60 }),
  /** Remembering a device is off until an admin allows it. */
  trustedDevice: TrustedDeviceSettingsSchema.default({ enabled: false, days: 30 }),
  passkeySignIn: PasskeySignInSchema.default({ enabled: false }),
  branding: BrandingSchema.default(DEFAULT_BRANDING),
});

export type Settings = z.output<typeof SettingsSchema>;
export type MfaSettings = Settings["mfa"];
export type SentinelPolicy = Settings["sentinelPolicy"];
export type TrustedDeviceSettings = Settings["trustedDevice"];
export type PasskeySignIn = Settings["passkeySignIn"];

/** Whether passkeys sign people in on their own now: switched on, and WebAuthn enabled. */
export const passkeySignInOn = (settings: Pick<Settings, "mfa" | "passkeySignIn">) =>
  settings.passkeySignIn.enabled && settings.mfa.factors.includes("WebAuthn");
