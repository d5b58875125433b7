// The MFA policy names, as Logto spells them, as plain data: client code checks against this
// list without zod; the schema (MfaPolicySchema in factor-types.ts) is built from it.

export const MFA_POLICIES = [
  "Mandatory",
  "PromptAtSignInAndSignUp",
  "PromptOnlyAtSignIn",
  "NoPrompt",
] as const;
export type MfaPolicy = (typeof MFA_POLICIES)[number];
