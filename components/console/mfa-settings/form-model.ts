// The MFA settings form as data: the draft its inputs edit, how it compares with the saved
// settings and the rules checked before saving. Pure and free of
// zod and of the factor registry (its types come in as a FactorCatalog), so the client form
// ships neither; the server action reads a post with read-mfa-form.ts, and the settings schemas
// stay the rule.
import type { MfaPolicy } from "@/lib/mfa/factor-types";
import type { FactorType } from "@/lib/mfa/factors";
import { onlyRecoveryAmong } from "@/lib/mfa/factors/only-recovery";
import { SETTINGS_LIMITS } from "@/lib/settings/limits";
import { PASSKEY_SIGN_IN_NEEDS_WEBAUTHN } from "@/lib/settings/passkey-sign-in-rule";
import type {
  MfaSettings,
  PasskeySignIn,
  SentinelPolicy,
  TrustedDeviceSettings,
} from "@/lib/settings/schemas";

/**
 * What the form needs of the factor registry, as data the server page passes down: every type
 * in the registry's order, and those that prove a user on their own (the rest never stand alone).
 */
export type FactorCatalog = {
  types: readonly FactorType[];
  authenticators: readonly FactorType[];
};

export type PromptPolicy = Exclude<MfaPolicy, "Mandatory">;
export const PROMPT_POLICIES: readonly PromptPolicy[] = [
  "PromptAtSignInAndSignUp",
  "PromptOnlyAtSignIn",
  "NoPrompt",
];
export const DEFAULT_PROMPT: PromptPolicy = "PromptAtSignInAndSignUp";

/** The two policy families the console shows: users choose (the prompt says when), or Mandatory. */
export type PolicyMode = "UserControlled" | "Mandatory";

export type MfaSettingsValues = {
  mfa: MfaSettings;
  sentinelPolicy: SentinelPolicy;
  trustedDevice: TrustedDeviceSettings;
  passkeySignIn: PasskeySignIn;
};

/** What the inputs hold: numbers stay text so a half-typed value can be shown and explained. */
export type MfaDraft = {
  factors: FactorType[];
  mode: PolicyMode;
  /** Kept while Mandatory is chosen, so switching back restores the earlier choice. */
  prompt: PromptPolicy;
  maxAttempts: string;
  lockoutDuration: string;
  /** "Don't ask again on this device" offered, and for how many days. */
  rememberDevice: boolean;
  rememberDays: string;
  /** Passkeys sign people in on their own; only with WebAuthn on (see toggleFactor). */
  passkeySignIn: boolean;
};

export type MfaField =
  | "factors"
  | "policy"
  | "maxAttempts"
  | "lockoutDuration"
  | "rememberDays"
  | "passkeySignIn";
export type FieldErrors = Partial<Record<MfaField, string>>;
/** A refused save as the form shows it: at fields, and what belongs to none (place-refusal.ts). */
export type FormErrors = { fields: FieldErrors; form?: string };

/** Input names; the server action reads the same ones (see readMfaForm). */
export const FIELD_NAMES = {
  factors: "factors",
  mode: "policyMode",
  prompt: "prompt",
  maxAttempts: "maxAttempts",
  lockoutDuration: "lockoutDuration",
  rememberDevice: "trustedDeviceEnabled",
  rememberDays: "trustedDeviceDays",
  passkeySignIn: "passkeySignIn",
} as const;

/** The bounds the server's schemas are built from. */
export const LIMITS = SETTINGS_LIMITS;

export const MESSAGES = {
  backupCodeAlone:
    "Backup codes need another factor: turn on an authenticator app or passkeys too.",
  factors: "Choose each factor at most once.",
  policy: "Choose when people are asked for a second factor.",
  maxAttempts: `Enter a whole number from ${LIMITS.maxAttempts.min} to ${LIMITS.maxAttempts.max}.`,
  rememberDays: `Enter a whole number of days from ${LIMITS.rememberDays.min} to ${LIMITS.rememberDays.max}.`,
  lockoutDuration: `Enter a whole number of minutes from ${LIMITS.lockoutDuration.min} to ${LIMITS.lockoutDuration.max} (${LIMITS.lockoutDuration.max / 60} hours).`,
  passkeySignIn: PASSKEY_SIGN_IN_NEEDS_WEBAUTHN,
} as const;

export type MfaFormState =
  | { status: "idle" }
  | { status: "saved"; saved: MfaSettingsValues; savedAt: number }
  | {
      status: "error";
      errors: FormErrors;
      /**
       * What was submitted, so a page rendered after a plain form post shows it again; absent
       * when the form itself could not be read (a field holding what no browser sends).
       */
      values?: MfaDraft;
    };

/** The known types among `factors`, each once, in the registry's order. */
export function canonicalFactors(factors: readonly string[], catalog: FactorCatalog): FactorType[] {
  return catalog.types.filter((type) => factors.includes(type));
}

export function draftFrom(
  { mfa, sentinelPolicy, trustedDevice, passkeySignIn }: MfaSettingsValues,
  catalog: FactorCatalog,
): MfaDraft {
  return {
    factors: canonicalFactors(mfa.factors, catalog),
    mode: mfa.policy === "Mandatory" ? "Mandatory" : "UserControlled",
    prompt: mfa.policy === "Mandatory" ? DEFAULT_PROMPT : mfa.policy,
    maxAttempts: String(sentinelPolicy.maxAttempts),
    lockoutDuration: String(sentinelPolicy.lockoutDuration),
    rememberDevice: trustedDevice.enabled,
    rememberDays: String(trustedDevice.days),
    passkeySignIn: passkeySignIn.enabled,
  };
}

export function policyOf(draft: Pick<MfaDraft, "mode" | "prompt">): MfaPolicy {
  return draft.mode === "Mandatory" ? "Mandatory" : draft.prompt;
}

/** A whole number typed as digits only ("12", " 12 "), or null. */
export function wholeNumber(text: string): number | null {
  return /^\s*\d{1,6}\s*$/.test(text) ? Number(text) : null;
}

function inRange(text: string, { min, max }: { min: number; max: number }): number | null {
  const value = wholeNumber(text);
  return value !== null && value >= min && value <= max ? value : null;
}

/** The rules the server applies too, checked as the admin types. */
export function validateDraft(draft: MfaDraft, catalog: FactorCatalog): FieldErrors {
  const errors: FieldErrors = {};
  if (onlyRecoveryAmong(draft.factors, catalog.authenticators)) {
    errors.factors = MESSAGES.backupCodeAlone;
  }
  if (inRange(draft.maxAttempts, LIMITS.maxAttempts) === null) {
    errors.maxAttempts = MESSAGES.maxAttempts;
  }
  if (inRange(draft.lockoutDuration, LIMITS.lockoutDuration) === null) {
    errors.lockoutDuration = MESSAGES.lockoutDuration;
  }
  if (inRange(draft.rememberDays, LIMITS.rememberDays) === null) {
    errors.rememberDays = MESSAGES.rememberDays;
  }
  return errors;
}

/** Whether saving the draft would change the saved settings (a hidden prompt choice does not). */
export function isDirty(
  draft: MfaDraft,
  saved: MfaSettingsValues,
  catalog: FactorCatalog,
): boolean {
  const factors = canonicalFactors(draft.factors, catalog);
  const savedFactors = canonicalFactors(saved.mfa.factors, catalog);
  return (
    factors.join() !== savedFactors.join() ||
    policyOf(draft) !== saved.mfa.policy ||
    wholeNumber(draft.maxAttempts) !== saved.sentinelPolicy.maxAttempts ||
    wholeNumber(draft.lockoutDuration) !== saved.sentinelPolicy.lockoutDuration ||
    draft.rememberDevice !== saved.trustedDevice.enabled ||
    wholeNumber(draft.rememberDays) !== saved.trustedDevice.days ||
    draft.passkeySignIn !== saved.passkeySignIn.enabled
  );
}

/**
 * The settings the draft stands for, e.g. for a live preview. A lockout number that is not
 * valid yet falls back to the saved one.
 */
export function settingsFrom(
  draft: MfaDraft,
  saved: MfaSettingsValues,
  catalog: FactorCatalog,
): MfaSettingsValues {
  return {
    mfa: { factors: canonicalFactors(draft.factors, catalog), policy: policyOf(draft) },
    sentinelPolicy: {
      maxAttempts:
        inRange(draft.maxAttempts, LIMITS.maxAttempts) ?? saved.sentinelPolicy.maxAttempts,
      lockoutDuration:
        inRange(draft.lockoutDuration, LIMITS.lockoutDuration) ??
        saved.sentinelPolicy.lockoutDuration,
    },
    trustedDevice: {
      enabled: draft.rememberDevice,
      days: inRange(draft.rememberDays, LIMITS.rememberDays) ?? saved.trustedDevice.days,
    },
    passkeySignIn: { enabled: draft.passkeySignIn && draft.factors.includes("WebAuthn") },
  };
}
