// The console → preview contract: the console's pane puts the unsaved MFA settings in the frame's
// URL (`?settings=`, base64url of their JSON), and the preview page reads them on the server
// through PreviewSettingsSchema (schemas.ts), falling back to the defaults on anything else.
import type { FactorType } from "@/lib/mfa/factors";
import type { MfaPolicy } from "@/lib/mfa/policies";

export type PreviewSettings = {
  factors: FactorType[];
  policy: MfaPolicy;
  /** The verify screens offer "Don't ask again on this device" while it is on. */
  trustedDevice?: { enabled: boolean; days: number };
  /** The sign-in screen shows "Sign in with a passkey" (with WebAuthn among the factors). */
  passkeySignIn?: boolean;
};

export const DEFAULT_PREVIEW_SETTINGS: PreviewSettings = {
  factors: ["Totp", "WebAuthn", "BackupCode"],
  policy: "PromptAtSignInAndSignUp",
};

/** `?settings=` value: base64url of the settings' JSON. */
export function encodeSettings(settings: PreviewSettings): string {
  return encodeJson(settings);
}

/** base64url of a value's JSON, for a preview URL's query. */
export function encodeJson(value: unknown): string {
  const bytes = new TextEncoder().encode(JSON.stringify(value));
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}
