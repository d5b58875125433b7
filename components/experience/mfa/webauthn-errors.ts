// What to tell the user when the browser's passkey prompt ends without a credential.
import { WebAuthnError } from "@simplewebauthn/browser";

export function ceremonyErrorText(error: unknown, ceremony: "create" | "use"): string {
  const code = error instanceof WebAuthnError ? error.code : undefined;
  const name = error instanceof Error ? error.name : "";
  if (code === "ERROR_AUTHENTICATOR_PREVIOUSLY_REGISTERED" || name === "InvalidStateError") {
    return "This device already holds a passkey for your account. Use another device or security key.";
  }
  if (name === "NotSupportedError" || name === "SecurityError") {
    return "This browser cannot use passkeys here. Try another browser or method.";
  }
  // NotAllowedError: cancelled, timed out, or no matching passkey on this device.
  return ceremony === "create"
    ? "The passkey was not created. Try again."
    : "The passkey was not used. Try again, or choose another method.";
}
