// The MFA settings form's state, shared through context with the client islands inside its
// server-rendered sections (MfaSettingsFields).
import { createContext, useContext } from "react";
import type { useMfaSettingsForm } from "./use-mfa-settings-form";

export type MfaSettingsFormState = ReturnType<typeof useMfaSettingsForm>;

export const MfaFormContext = createContext<MfaSettingsFormState | null>(null);

/** The enclosing MfaSettingsForm's state; throws outside one. */
export function useMfaForm(): MfaSettingsFormState {
  const form = useContext(MfaFormContext);
  if (!form) throw new Error("useMfaForm needs an enclosing MfaSettingsForm");
  return form;
}
