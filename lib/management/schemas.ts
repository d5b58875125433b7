// Request and response schemas of the Management API (Logto-compatible paths and shapes). The
// same schemas validate requests, shape responses and generate /api/openapi.json.
import { z } from "zod";
import { isoDate, PathId } from "@/lib/api/schemas";

export { MfaVerificationList, TrustedDeviceList } from "@/lib/api/schemas";

import { BrandingPatchSchema, BrandingSchema } from "@/lib/branding/schemas";
import {
  MfaSettingsSchema,
  PasskeySignInSchema,
  SentinelPolicySchema,
  TrustedDeviceSettingsSchema,
} from "@/lib/settings/schemas";

export const UserView = z.object({
  id: z.string().describe("The user's id."),
  username: z
    .string()
    .nullable()
    .describe("Unique username; null when the user has only an email."),
  primaryEmail: z
    .string()
    .nullable()
    .describe("Unique email; null when the user has only a username."),
  name: z.string().nullable().describe("Display name."),
  role: z.string().describe("user, or admin for console access."),
  hasPassword: z.boolean().describe("Whether the user can sign in with a password yet."),
  createdAt: isoDate.describe("When the user was created."),
  updatedAt: isoDate.describe("When the user last changed."),
  lastSignInAt: isoDate.nullable().describe("The last completed sign-in; null before the first."),
});

export const UserList = z.array(UserView);

export const ListUsersQuery = z.object({
  search: z.string().max(256).optional().describe("Part of a username, email or name."),
  page: z.coerce.number().int().min(1).max(100_000).default(1).describe("1-based page number."),
  page_size: z.coerce.number().int().min(1).max(100).default(20).describe("Users per page."),
});

export const CreateUserInput = z.strictObject({
  username: z
    .string()
    .max(64)
    .optional()
    .describe("3–32 letters, digits, dot, hyphen or underscore; needed when there is no email."),
  primaryEmail: z.string().max(320).optional().describe("Needed when there is no username."),
  password: z
    .string()
    .max(1024)
    .optional()
    .describe("8–256 characters, not a common password; without one the user cannot sign in yet."),
  name: z.string().max(128).optional().describe("Display name."),
});

export const PatchUserInput = z.strictObject({
  username: z.string().max(64).optional(),
  primaryEmail: z.string().max(320).nullable().optional(),
  password: z.string().max(1024).optional(),
  name: z.string().max(128).nullable().optional(),
});

export const UserIdParams = z.object({ userId: PathId });
export const UserFactorParams = UserIdParams.extend({ verificationId: PathId });
export const UserDeviceParams = UserIdParams.extend({ deviceId: PathId });

export const CreateMfaVerificationInput = z.discriminatedUnion("type", [
  z.strictObject({
    type: z.literal("Totp"),
    secret: z
      .string()
      .max(64)
      .optional()
      .describe("Base32 (A–Z, 2–7), 16–32 characters; a new one is generated when omitted."),
  }),
  z.strictObject({
    type: z.literal("BackupCode"),
    codes: z
      .array(z.string().max(64))
      .max(50)
      .optional()
      .describe("Codes like abcde-fghjk (a–z, 2–9); 10 are generated when omitted."),
  }),
]);

export const CreatedMfaVerification = z.union([
  z.object({
    type: z.literal("Totp").describe("An authenticator app."),
    secret: z
      .string()
      .describe("The base32 key to hand to the user, for typing into their app by hand."),
    secretQrCode: z
      .string()
      .describe("A PNG data URL of the QR code of the otpauth:// URI, for the app to scan."),
  }),
  z.object({
    type: z.literal("BackupCode").describe("A set of backup codes."),
    codes: z
      .array(z.string())
      .describe("The codes to hand to the user, like abcde-fghjk; each works once."),
  }),
]);

export const MfaSettingsView = z.object({
  skipped: z
    .boolean()
    .describe("The user declined the enrollment prompt (user-controlled policies)."),
  required: z.boolean().describe("An admin requires MFA for this user whatever the policy."),
});
export const PatchMfaSettingsInput = z.strictObject({
  skipped: z.boolean().optional(),
  required: z.boolean().optional(),
});

export const SignInExpView = z.object({
  mfa: MfaSettingsSchema.describe("The enabled factor types and the MFA policy."),
  sentinelPolicy: SentinelPolicySchema.describe(
    "Failed second-factor attempts per user and type per hour before a lock, and its minutes.",
  ),
  trustedDevice: TrustedDeviceSettingsSchema.describe(
    "Whether users may skip the second factor on a remembered browser, and for how many days.",
  ),
  passkeySignIn: PasskeySignInSchema.describe("Whether passkeys sign people in on their own."),
  branding: BrandingSchema.describe(
    "Product name, logo, accent colour and colour scheme of the hosted pages.",
  ),
});
export const PatchSignInExpInput = z.strictObject({
  mfa: MfaSettingsSchema.optional(),
  sentinelPolicy: SentinelPolicySchema.optional(),
  trustedDevice: TrustedDeviceSettingsSchema.optional(),
  passkeySignIn: PasskeySignInSchema.optional().describe(
    "Switching WebAuthn off in `mfa` switches passkey sign-in off too.",
  ),
  branding: BrandingPatchSchema.optional().describe(
    "The branding fields to change; the others keep their value. logoUrl: null removes the logo; a new logo is uploaded in the console.",
  ),
});
