// Reading the MFA settings form a server action receives: the fields through a zod schema (so
// a refused post names its paths like a JSON body would), the draft to show them again. Server
// only: the client form needs none of it (form-model.ts).
import { z } from "zod";
import { formCheckbox, formInput, formList, formText } from "@/lib/http/form-input";
import { FACTOR_CATALOG } from "./factor-catalog";
import {
  canonicalFactors,
  DEFAULT_PROMPT,
  FIELD_NAMES,
  type MfaDraft,
  PROMPT_POLICIES,
  type PromptPolicy,
  wholeNumber,
} from "./form-model";

const isPromptPolicy = (value: unknown): value is PromptPolicy =>
  PROMPT_POLICIES.includes(value as PromptPolicy);

/** The fields a plain form post sends, all read as text: the save parses them properly. */
const MfaForm = z.object({
  [FIELD_NAMES.factors]: formList(64),
  [FIELD_NAMES.mode]: formText(64),
  [FIELD_NAMES.prompt]: formText(64),
  [FIELD_NAMES.maxAttempts]: formText(64),
  [FIELD_NAMES.lockoutDuration]: formText(64),
  [FIELD_NAMES.rememberDays]: formText(64),
  [FIELD_NAMES.rememberDevice]: formCheckbox(),
  [FIELD_NAMES.passkeySignIn]: formCheckbox(),
});

/**
 * Reads a submitted form: `input` for updateMfaSettings, which parses it (anything odd, like an
 * unknown policy or a number out of range, is refused there with its path), and `draft` to
 * show the submitted values again. A post without the days field leaves remembered devices as
 * they are (an unticked checkbox alone posts nothing, so the days field is the marker).
 */
export function readMfaForm(form: FormData): {
  input: {
    mfa: unknown;
    sentinelPolicy: unknown;
    trustedDevice?: unknown;
    passkeySignIn: unknown;
  };
  draft: MfaDraft;
} {
  const fields = formInput(MfaForm, form);
  const factors = fields[FIELD_NAMES.factors];
  const mode = fields[FIELD_NAMES.mode];
  const prompt = fields[FIELD_NAMES.prompt];
  const maxAttempts = fields[FIELD_NAMES.maxAttempts];
  const lockoutDuration = fields[FIELD_NAMES.lockoutDuration];
  const hasDays = form.has(FIELD_NAMES.rememberDays);
  const rememberDays = fields[FIELD_NAMES.rememberDays];
  const rememberDevice = fields[FIELD_NAMES.rememberDevice];
  const passkeySignIn = fields[FIELD_NAMES.passkeySignIn];
  return {
    input: {
      mfa: { factors, policy: mode === "UserControlled" ? prompt : mode },
      sentinelPolicy: {
        maxAttempts: wholeNumber(maxAttempts) ?? maxAttempts,
        lockoutDuration: wholeNumber(lockoutDuration) ?? lockoutDuration,
      },
      trustedDevice: hasDays
        ? { enabled: rememberDevice, days: wholeNumber(rememberDays) ?? rememberDays }
        : undefined,
      passkeySignIn: { enabled: passkeySignIn },
    },
    draft: {
      factors: canonicalFactors(factors, FACTOR_CATALOG),
      mode: mode === "Mandatory" ? "Mandatory" : "UserControlled",
      prompt: isPromptPolicy(prompt) ? prompt : DEFAULT_PROMPT,
      maxAttempts,
      lockoutDuration,
      rememberDevice,
      rememberDays,
      passkeySignIn,
    },
  };
}
