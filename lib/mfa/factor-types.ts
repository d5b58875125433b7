// Factor type and policy names, as Logto spells them so its users and scripts recognise them.
// The factor types themselves come from the registry (lib/mfa/factors).
import { z } from "zod";

export { type FactorType, FactorTypeSchema } from "./factors";

export const MfaPolicySchema = z.enum([
  "Mandatory",
  "PromptAtSignInAndSignUp",
  "PromptOnlyAtSignIn",
  "NoPrompt",
]);
export type MfaPolicy = z.output<typeof MfaPolicySchema>;
