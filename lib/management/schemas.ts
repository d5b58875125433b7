// Request and response schemas of the Management API (Logto-compatible paths and shapes). The
// same schemas validate requests, shape responses and generate /api/openapi.json.
import { z } from "zod";
import { isoDate, PathId } from "@/lib/api/schemas";

export { MfaVerificationList } from "@/lib/api/schemas";

import { BrandingPatchSchema, BrandingSchema } from "@/lib/branding/schemas";
import { MfaSettingsSchema, SentinelPolicySchema } from "@/lib/settings/schemas";

export const UserView = z.object({
  id: z.string(),
  username: z.string().nullable(),
  primaryEmail: z.string().nullable(),
  name: z.string().nullable(),
  role: z.string(),
  hasPassword: z.boolean(),
  createdAt: isoDate,
  updatedAt: isoDate,
  lastSignInAt: isoDate.nullable(),
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
  z.object({ type: z.literal("Totp"), secret: z.string(), secretQrCode: z.string() }),
  z.object({ type: z.literal("BackupCode"), codes: z.array(z.string()) }),
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
  mfa: MfaSettingsSchema,
  sentinelPolicy: SentinelPolicySchema,
  branding: BrandingSchema.describe(
    "Product name, logo, accent colour and colour scheme of the hosted pages.",
  ),
});
export const PatchSignInExpInput = z.strictObject({
  mfa: MfaSettingsSchema.optional(),
  sentinelPolicy: SentinelPolicySchema.optional(),
  branding: BrandingPatchSchema.optional().describe(
    "The branding fields to change; the others keep their value. logoUrl: null removes the logo; a new logo is uploaded in the console.",
  ),
});
