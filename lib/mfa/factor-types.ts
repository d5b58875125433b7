// Factor type and policy names, as Logto spells them so its users and scripts recognise them.
// The factor types themselves come from the registry (lib/mfa/factors).
import { z } from "zod";
import { FACTOR_TYPES } from "./factors";

export type { FactorType } from "./factors";

// Here rather than beside the registry, which client components import: they need no zod.
export const FactorTypeSchema = z.enum(FACTOR_TYPES);

export const MfaPolicySchema = z.enum([
  "Mandatory",
  "PromptAtSignInAndSignUp",
  "PromptOnlyAtSignIn",
  "NoPrompt",
]);
export type MfaPolicy = z.output<typeof MfaPolicySchema>;
