// Request bodies of the experience API; shared by route handlers, server actions and docs.
import { z } from "zod";
import { isBackupCodeShape } from "@/lib/mfa/backup-codes";
import { FactorTypeSchema } from "@/lib/mfa/factor-types";
import { isTotpCodeShape } from "@/lib/mfa/totp";
import { IdentifierSchema } from "@/lib/users/identifiers";
import { FlowEventSchema } from "./types";

export const StartFlowInput = z.strictObject({
  event: FlowEventSchema,
  returnTo: z.string().max(2048).optional(),
});

export const PasswordInput = z.strictObject({
  identifier: IdentifierSchema,
  password: z.string().min(1).max(1024),
});

export const NewPasswordIdentityInput = z.strictObject({
  identifier: IdentifierSchema,
  password: z.string().min(1).max(1024),
  email: z.string().max(320).optional(),
});

export const IdentificationInput = z.strictObject({ verificationId: z.string().min(1).max(64) });

/**
 * A code that cannot be one is refused as input, before any verification, so an empty field or
 * a typo in the shape never spends an attempt. Every form and API that takes a code uses these.
 */
export const TotpCode = z
  .string()
  .max(16)
  .refine(isTotpCodeShape, "Enter the 6-digit code from your authenticator app.")
  .meta({ description: "The 6 digits the authenticator app shows.", examples: ["123456"] });

export const BackupCode = z
  .string()
  .max(64)
  .refine(isBackupCodeShape, "Enter a backup code: 10 letters and digits, like abcde-fghjk.")
  .meta({
    description: "One of the user's backup codes; case and hyphens do not matter.",
    examples: ["abcde-fghjk"],
  });

export const TotpVerifyInput = z.strictObject({
  code: TotpCode,
  verificationId: z.string().min(1).max(64).optional(),
});

export const BackupCodeVerifyInput = z.strictObject({ code: BackupCode });

export const BindMfaInput = z.strictObject({
  type: FactorTypeSchema,
  verificationId: z.string().min(1).max(64),
});

/** A browser's WebAuthn response; its inner shape is checked by lib/mfa/webauthn. */
export const WebAuthnVerifyInput = z.strictObject({
  verificationId: z.string().min(1).max(64),
  payload: z.record(z.string(), z.unknown()),
});
