// What to tell the user when the browser's passkey prompt ends without a credential. SimpleWebAuthn's
// WebAuthnError is recognised by its `code`, not by class, so this module (loaded with every
// passkey button) does not pull the library into the page's first bundle.

/** The WebAuthnError code (e.g. ERROR_CEREMONY_ABORTED) of a prompt's error, if it has one. */
export function webAuthnErrorCode(error: unknown): string | undefined {
  const code = error instanceof Error ? (error as { code?: unknown }).code : undefined;
  return typeof code === "string" ? code : undefined;
}

export function ceremonyErrorText(error: unknown, ceremony: "create" | "use"): string {
  const code = webAuthnErrorCode(error);
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
