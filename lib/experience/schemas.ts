// Request and response bodies of the experience API; shared by route handlers, server actions,
// the browser clients (as types) and /api/openapi.json.
import type {
  PublicKeyCredentialCreationOptionsJSON,
  PublicKeyCredentialRequestOptionsJSON,
} from "@simplewebauthn/server";
import { z } from "zod";
import { isoDate } from "@/lib/api/schemas";
import { FactorTypeSchema } from "@/lib/mfa/factor-types";
import { FACTOR_TYPES } from "@/lib/mfa/factors";
import { isBackupCodeShape } from "@/lib/mfa/factors/backup-code/codes";
import { isTotpCodeShape } from "@/lib/mfa/factors/totp/codes";
import { IdentifierSchema } from "@/lib/users/identifiers";
import { FlowEventSchema, type VerificationType } from "./types";

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

/** Identifier first: the account whose passkeys (security keys included) may answer. */
export const PasskeySignInInput = z.strictObject({ identifier: IdentifierSchema.optional() });

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

// ---- Responses -------------------------------------------------------------------------------

export const StartedFlowView = z.object({
  event: FlowEventSchema.describe("What the flow does: SignIn or Register."),
  expiresAt: isoDate.describe("The flow expires 10 minutes after its last change."),
});

/** The id of a verification record of this flow, for the next step. */
export const VerificationIdView = z.object({
  verificationId: z.string().describe("The verification record's id, for the next step."),
});

export const TotpSecretView = z.object({
  verificationId: z.string().describe("The verification record's id, for the next step."),
  secret: z.string().describe("The base32 key, for typing into the app by hand."),
  secretQrCode: z.string().describe("A PNG data URL of the QR code."),
  otpauthUri: z
    .string()
    .describe("The otpauth:// URI the QR code encodes, for a link on the phone with the app."),
});

/** WebAuthn options as the server library produced them, passed through to the browser. */
const webAuthnOptions = <T>(description: string) =>
  z.custom<T>((v) => typeof v === "object" && v !== null).meta({ description });

export const RegistrationOptionsView = z.object({
  verificationId: z.string().describe("The verification record's id, for the next step."),
  registrationOptions: webAuthnOptions<PublicKeyCredentialCreationOptionsJSON>(
    "PublicKeyCredentialCreationOptionsJSON, for navigator.credentials.create",
  ),
});

export const AuthenticationOptionsView = z.object({
  verificationId: z.string().describe("The verification record's id, for the next step."),
  authenticationOptions: webAuthnOptions<PublicKeyCredentialRequestOptionsJSON>(
    "PublicKeyCredentialRequestOptionsJSON, for navigator.credentials.get",
  ),
});

export const BackupCodeSetView = z.object({
  verificationId: z.string().describe("The verification record's id, for the next step."),
  codes: z
    .array(z.string())
    .describe("The new codes; the same set until it is bound (profile/mfa)."),
});

export const BackupCodeSpentView = z.object({
  verificationId: z.string().describe("The verification record's id, for the next step."),
  remaining: z.number().int().describe("The user's codes still unused."),
});

export const SubmitInput = z.strictObject({
  rememberDevice: z
    .boolean()
    .optional()
    .describe(
      "Don't ask for the second factor again in this browser (when the sign-in experience allows it, after a TOTP or passkey proof).",
    ),
});

export const SubmittedView = z.object({
  redirectTo: z.string().describe("Where the browser goes next (GET): it sets the session."),
});

const VERIFICATION_TYPES = [
  "Password",
  "NewPasswordIdentity",
  "Session",
  "TrustedDevice",
  "Passkey",
  ...FACTOR_TYPES,
] as const satisfies readonly VerificationType[];

/** The flow as the pages see it: no hashes, tokens or identity-proof ids. */
export const InteractionView = z.object({
  event: FlowEventSchema.describe("What the flow does: SignIn or Register."),
  status: z
    .enum(["active", "completed", "consumed"])
    .describe("active: takes steps; completed: submitted, not yet signed in; consumed: used."),
  expiresAt: isoDate.describe("The flow expires 10 minutes after its last change."),
  identified: z.boolean().describe("Whether the flow knows who is signing in or registering."),
  mfaAttemptsLeft: z
    .number()
    .int()
    .min(0)
    .describe("Wrong second factors this flow still allows; at 0 it must start again."),
  user: z
    .object({
      id: z.string().describe("The user's id."),
      username: z.string().nullable().describe("The user's username, if any."),
      primaryEmail: z.string().nullable().describe("The user's email, if any."),
    })
    .nullable()
    .describe("The identified user; null before identification and while registering."),
  verifications: z
    .array(
      z.object({
        id: z.string().optional().describe("Absent for identity proofs (password, new identity)."),
        type: z.enum(VERIFICATION_TYPES).describe("What the record verified."),
      }),
    )
    .describe("What this flow has verified so far, oldest first."),
});
