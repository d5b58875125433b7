// Factor type and policy names, as Logto spells them so its users and scripts recognise them.
import { z } from "zod";

export const FactorTypeSchema = z.enum(["Totp", "WebAuthn", "BackupCode"]);
export type FactorType = z.output<typeof FactorTypeSchema>;

export const MfaPolicySchema = z.enum([
  "Mandatory",
  "PromptAtSignInAndSignUp",
  "PromptOnlyAtSignIn",
  "NoPrompt",
]);
export type MfaPolicy = z.output<typeof MfaPolicySchema>;

export const NON_BACKUP: readonly FactorType[] = ["Totp", "WebAuthn"];
