// Request and response schemas of the account API (/api/my-account), used by its handlers, the
// account page and /api/openapi.json alike.
import { z } from "zod";
import { isoDate, MfaVerificationList, PathId } from "@/lib/api/schemas";
import { BackupCodeVerifyInput, TotpCode, WebAuthnVerifyInput } from "@/lib/experience/schemas";
import { FactorTypeSchema } from "@/lib/mfa/factor-types";

// The same ceremonies as at sign-in, so the same answers.
export {
  AuthenticationOptionsView,
  RegistrationOptionsView,
  TotpSecretView,
} from "@/lib/experience/schemas";

const VerificationId = z.string().min(1).max(64);
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

export const OwnFactorParams = z.object({ verificationId: PathId });
export const OwnDeviceParams = z.object({ deviceId: PathId });

export const RenameFactorInput = z.strictObject({ name: z.string().trim().min(1).max(64) });
