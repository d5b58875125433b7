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
  verified: z
    .boolean()
    .describe("A complete re-verification (or a sign-in) from the last 10 minutes counts now."),
  passwordVerified: z.boolean().describe("The password step is done."),
  needsFactor: z
    .boolean()
    .describe("The user has usable factors and still has to verify one of them."),
  availableFactors: z
    .array(FactorTypeSchema)
    .describe("The factor types the user can verify with, in the order the sign-in offers them."),
  expiresAt: isoDate.nullable().describe("When a complete re-verification stops counting."),
});

export const AccountSecurityView = z.object({
  factors: MfaVerificationList.describe("The user's factors."),
  enabledFactors: z
    .array(FactorTypeSchema)
    .describe("The factor types the sign-in experience enables."),
  required: z.boolean().describe("MFA is mandatory for this user (policy or admin)."),
  twoStepOn: z.boolean().describe("The user has a usable authenticator app or passkey."),
  reverification: ReverificationView.describe("Where the user's re-verification stands."),
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
  type: FactorTypeSchema.describe("The type of the factor added."),
  id: z.string().describe("The new factor's id."),
  codes: z
    .array(z.string())
    .optional()
    .describe("BackupCode only: the new codes, shown this once."),
});

export const OwnFactorParams = z.object({ verificationId: PathId });
export const OwnDeviceParams = z.object({ deviceId: PathId });

export const RenameFactorInput = z.strictObject({ name: z.string().trim().min(1).max(64) });
