// Request bodies of the experience API; shared by route handlers, server actions and docs.
import { z } from "zod";
import { IdentifierSchema } from "@/lib/users/identifiers";
import { FactorTypeSchema } from "@/lib/mfa/factor-types";
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

export const TotpVerifyInput = z.strictObject({
  code: z.string().max(16),
  verificationId: z.string().min(1).max(64).optional(),
});

export const BackupCodeVerifyInput = z.strictObject({ code: z.string().max(64) });

export const BindMfaInput = z.strictObject({
  type: FactorTypeSchema,
  verificationId: z.string().min(1).max(64),
});

/** A browser's WebAuthn response; its inner shape is checked by lib/mfa/webauthn. */
export const WebAuthnVerifyInput = z.strictObject({
  verificationId: z.string().min(1).max(64),
  payload: z.record(z.string(), z.unknown()),
});

export const NamePasskeyInput = z.strictObject({
  verificationId: z.string().min(1).max(64),
  name: z.string().max(64),
});
