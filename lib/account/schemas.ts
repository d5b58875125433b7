// Request and response schemas of the account API (/api/my-account), used by its handlers, the
// account page and /api/openapi.json alike.
import type {
  PublicKeyCredentialCreationOptionsJSON,
  PublicKeyCredentialRequestOptionsJSON,
} from "@simplewebauthn/server";
import { z } from "zod";
import { isoDate, MfaVerificationList } from "@/lib/api/schemas";
import { BackupCodeVerifyInput, TotpCode, WebAuthnVerifyInput } from "@/lib/experience/schemas";
import { FactorTypeSchema } from "@/lib/mfa/factor-types";

const VerificationId = z.string().min(1).max(64);

/** WebAuthn options as the server library produced them, passed through to the browser. */
const webAuthnOptions = <T>(description: string) =>
  z.custom<T>((v) => typeof v === "object" && v !== null).meta({ description });
const Passkey = z.record(z.string(), z.unknown());

export const ReverificationView = z.object({
  verified: z.boolean(),
  passwordVerified: z.boolean(),
  needsFactor: z.boolean(),
  availableFactors: z.array(FactorTypeSchema),
  expiresAt: isoDate.nullable(),
});

export const AccountSecurityView = z.object({
  factors: MfaVerificationList,
  enabledFactors: z.array(FactorTypeSchema),
  /** MFA is mandatory for this user (policy or admin). */
  required: z.boolean(),
  /** The user has a usable authenticator app or passkey. */
  twoStepOn: z.boolean(),
  reverification: ReverificationView,
});

export const ReverifyPasswordInput = z.strictObject({ password: z.string().min(1).max(1024) });
export const ReverifyCodeInput = z.strictObject({ code: TotpCode });
export const ReverifyBackupCodeInput = BackupCodeVerifyInput;
export const ReverifyWebAuthnInput = WebAuthnVerifyInput;

export const AddOwnFactorInput = z.discriminatedUnion("type", [
  z.strictObject({
    type: z.literal("Totp"),
    verificationId: VerificationId,
    code: TotpCode,
  }),
  z.strictObject({
    type: z.literal("WebAuthn"),
    verificationId: VerificationId,
    payload: Passkey,
    name: z.string().max(64).optional(),
  }),
  z.strictObject({ type: z.literal("BackupCode") }),
]);

export const AddedOwnFactor = z.object({
  type: FactorTypeSchema,
  id: z.string(),
  /** BackupCode only: the new codes, shown this once. */
  codes: z.array(z.string()).optional(),
});

export const RenameFactorInput = z.strictObject({ name: z.string().trim().min(1).max(64) });

export const TotpSecretView = z.object({
  verificationId: z.string(),
  secret: z.string(),
  secretQrCode: z.string(),
  /** The otpauth:// URI the QR code encodes, for a link on the phone that holds the app. */
  otpauthUri: z.string(),
});

export const RegistrationOptionsView = z.object({
  verificationId: z.string(),
  registrationOptions: webAuthnOptions<PublicKeyCredentialCreationOptionsJSON>(
    "PublicKeyCredentialCreationOptionsJSON, for navigator.credentials.create",
  ),
});

export const AuthenticationOptionsView = z.object({
  verificationId: z.string(),
  authenticationOptions: webAuthnOptions<PublicKeyCredentialRequestOptionsJSON>(
    "PublicKeyCredentialRequestOptionsJSON, for navigator.credentials.get",
  ),
});
