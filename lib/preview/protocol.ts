// The console ⇄ preview message contract: the console posts the unsaved MFA settings into the
// framed preview. Only the framing console window of our own origin may change what it shows;
// every other message is dropped without a word. Pages outside /preview have no listener.
import { z } from "zod";
import { FactorTypeSchema, MfaPolicySchema } from "@/lib/mfa/factor-types";
import { TrustedDeviceSettingsSchema } from "@/lib/settings/schemas";

export const CONSOLE_SOURCE = "twofold-console";
export const PREVIEW_SOURCE = "twofold-preview";

export const PreviewSettingsSchema = z.strictObject({
  factors: z.array(FactorTypeSchema).max(3),
  policy: MfaPolicySchema,
  /** The verify screens offer "Don't ask again on this device" while it is on. */
  trustedDevice: TrustedDeviceSettingsSchema.optional(),
  /** The sign-in screen shows "Sign in with a passkey" (with WebAuthn among the factors). */
  passkeySignIn: z.boolean().optional(),
});
export type PreviewSettings = z.output<typeof PreviewSettingsSchema>;

const SettingsMessageSchema = z.strictObject({
  source: z.literal(CONSOLE_SOURCE),
  type: z.literal("settings"),
  settings: PreviewSettingsSchema,
});
export type SettingsMessage = z.output<typeof SettingsMessageSchema>;

/** Sent by a preview once it listens, so the pane can send settings it missed while loading. */
const ReadyMessageSchema = z.strictObject({
  source: z.literal(PREVIEW_SOURCE),
  type: z.literal("ready"),
});

export const DEFAULT_PREVIEW_SETTINGS: PreviewSettings = {
  factors: ["Totp", "WebAuthn", "BackupCode"],
  policy: "PromptAtSignInAndSignUp",
};

/** The parts of a MessageEvent the checks need (plain objects in tests). */
export type MessageLike = { source: unknown; origin: string; data: unknown };

/** Where the receiving window sits: itself, its parent, and its own origin. */
export type Receiver = { self: unknown; parent: unknown; origin: string };

export function settingsMessage(settings: PreviewSettings): SettingsMessage {
  return { source: CONSOLE_SOURCE, type: "settings", settings };
}

export const readyMessage = { source: PREVIEW_SOURCE, type: "ready" } as const;

/**
 * The settings a message carries, or null unless it came from the window framing this one
 * (and this one is framed), from our own origin, with the console's tag and valid settings.
 */
export function acceptSettingsMessage(event: MessageLike, at: Receiver): PreviewSettings | null {
  if (!fromFramingConsole(event, at)) return null;
  const parsed = SettingsMessageSchema.safeParse(event.data);
  return parsed.success ? parsed.data.settings : null;
}

/** Whether the message came from the window framing this one (which is framed), of our origin. */
export function fromFramingConsole(event: MessageLike, at: Receiver): boolean {
  return at.parent !== at.self && event.source === at.parent && event.origin === at.origin;
}

/** Whether a message is the "ready" of the given frame's window, from our own origin. */
export function isReadyMessage(event: MessageLike, frame: unknown, origin: string): boolean {
  return (
    frame != null &&
    event.source === frame &&
    event.origin === origin &&
    ReadyMessageSchema.safeParse(event.data).success
  );
}

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

/** The settings of a `?settings=` value; the defaults when it is missing or invalid. */
export function decodeSettings(value: string | undefined): PreviewSettings {
  return decodeJson(PreviewSettingsSchema, value) ?? DEFAULT_PREVIEW_SETTINGS;
}

/** The value encodeJson made, when it parses with the schema; null when missing or invalid. */
export function decodeJson<S extends z.ZodType>(schema: S, value: string | undefined) {
  if (!value || value.length > 1000) return null;
  try {
    const binary = atob(value.replace(/-/g, "+").replace(/_/g, "/"));
    const json = new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
    const parsed = schema.safeParse(JSON.parse(json));
    return parsed.success ? (parsed.data as z.output<S>) : null;
  } catch {
    return null;
  }
}
