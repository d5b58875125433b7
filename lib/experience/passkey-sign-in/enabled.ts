// Whether the sign-in page may offer passkeys on their own: the setting, and WebAuthn enabled.
import { AppError } from "@/lib/core/errors";
import { getSettings, passkeySignInOn } from "@/lib/settings/store";

export async function isPasskeySignInOn(): Promise<boolean> {
  return passkeySignInOn(await getSettings());
}

/** Throws session.passkey_sign_in_disabled. */
export async function assertPasskeySignInOn(): Promise<void> {
  if (!(await isPasskeySignInOn())) throw new AppError("session.passkey_sign_in_disabled");
}
