// Passkey sign-in needs WebAuthn among the enabled factors. Switching it on without WebAuthn is
// refused; switching WebAuthn off also switches it off, in the same save (ARCHITECTURE.md).
import { AppError } from "@/lib/core/errors";
import type { MfaSettings, PasskeySignIn } from "./schemas";

export const PASSKEY_SIGN_IN_NEEDS_WEBAUTHN =
  "Passkey sign-in needs passkeys (WebAuthn) among the enabled factors.";

/**
 * The passkey sign-in section to save with `mfa`: the requested one, else the current one,
 * switched off when WebAuthn is not enabled. Throws guard.invalid_input (path
 * `passkeySignIn.enabled`) when asked to switch it on without WebAuthn.
 */
export function passkeySignInFor(
  mfa: MfaSettings,
  requested: PasskeySignIn | undefined,
  current: PasskeySignIn,
): PasskeySignIn {
  const webAuthn = mfa.factors.includes("WebAuthn");
  if (requested?.enabled && !webAuthn) {
    throw new AppError("guard.invalid_input", {
      issues: [{ path: "passkeySignIn.enabled", message: PASSKEY_SIGN_IN_NEEDS_WEBAUTHN }],
    });
  }
  const next = requested ?? current;
  return next.enabled && !webAuthn ? { enabled: false } : next;
}
