// Shapes more than one API uses: the error body, dates, ids in paths, a user's second factors
// and remembered devices.
import { z } from "zod";
import { FactorTypeSchema } from "@/lib/mfa/factor-types";

// Dates leave as ISO 8601 strings; the same schema checks a response body already on the wire.
export const isoDate = z.preprocess(
  (v) => (v instanceof Date ? v.toISOString() : v),
  z.iso.datetime(),
);

/**
 * An id in a path. Ids are UUIDs; anything else of letters, digits, "-" and "_" is looked up and
 * not found (404), while other characters are refused before any lookup (400).
 */
export const PathId = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[\w-]+$/, "Not an id.");

export const MfaVerificationView = z.object({
  id: z.string().describe("The factor's id."),
  type: FactorTypeSchema.describe("Totp, WebAuthn or BackupCode."),
  createdAt: isoDate.describe("When the factor was added."),
  lastUsedAt: isoDate.nullable().optional().describe("When it last verified a sign-in."),
  name: z.string().nullable().optional().describe("WebAuthn: the passkey's name."),
  agent: z.string().nullable().optional().describe("The user agent that enrolled the factor."),
  remainCodes: z.number().int().optional().describe("BackupCode: codes not used yet."),
});

export const MfaVerificationList = z.array(MfaVerificationView);

/** A remembered device: where and when, never its secret or hash. */
export const TrustedDeviceView = z.object({
  id: z.string().describe("The remembered device's id."),
  label: z.string().describe('Browser and system from the user agent, e.g. "Chrome on macOS".'),
  ip: z.string().nullable().describe("The IP address it was remembered from, when known."),
  createdAt: isoDate.describe("When the user chose to remember it."),
  lastUsedAt: isoDate.nullable().describe("The last sign-in it skipped the second factor for."),
  expiresAt: isoDate.describe("After this the device asks for the second factor again."),
});

export const TrustedDeviceList = z.array(TrustedDeviceView);

export const ErrorBody = z.object({
  code: z.string().describe("A stable code to branch on, such as guard.invalid_input."),
  message: z.string().describe("A sentence for people; it may change, the code does not."),
  data: z
    .record(z.string(), z.unknown())
    .optional()
    .describe("Details for the code: failing paths, minutesLeft, availableFactors…"),
});
