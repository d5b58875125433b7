// The console ⇄ preview message contract: the console posts the unsaved MFA settings into the
// framed preview. Only the framing console window of our own origin may change what it shows;
// every other message is dropped without a word. Pages outside /preview have no listener.
// Both ends run in the browser, so the checks here are small hand-written guards; the rule is
// the server's schema (schemas.ts), which protocol.test.ts holds these guards to.
import { FACTOR_TYPES, type FactorType } from "@/lib/mfa/factors";
import { MFA_POLICIES, type MfaPolicy } from "@/lib/mfa/policies";
import { SETTINGS_LIMITS } from "@/lib/settings/limits";

export const CONSOLE_SOURCE = "twofold-console";
export const PREVIEW_SOURCE = "twofold-preview";

export type PreviewSettings = {
  factors: FactorType[];
  policy: MfaPolicy;
  /** The verify screens offer "Don't ask again on this device" while it is on. */
  trustedDevice?: { enabled: boolean; days: number };
  /** The sign-in screen shows "Sign in with a passkey" (with WebAuthn among the factors). */
  passkeySignIn?: boolean;
};

export type SettingsMessage = {
  source: typeof CONSOLE_SOURCE;
  type: "settings";
  settings: PreviewSettings;
};

export const DEFAULT_PREVIEW_SETTINGS: PreviewSettings = {
  factors: ["Totp", "WebAuthn", "BackupCode"],
  policy: "PromptAtSignInAndSignUp",
};

/** The parts of a MessageEvent the checks need (plain objects in tests). */
export type MessageLike = { source: unknown; origin: string; data: unknown };

/** Where the receiving window sits: itself, its parent, and its own origin. */
export type Receiver = { self: unknown; parent: unknown; origin: string };

type Fields = Record<string, unknown>;

/**
 * A plain object whose own keys are all `required` ones plus any of `optional` (an optional key
 * may hold undefined), like a strict object schema.
 */
export function isRecord(
  value: unknown,
  required: readonly string[],
  optional: readonly string[] = [],
): value is Fields {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return (
    required.every((key) => keys.includes(key)) &&
    keys.every((key) => required.includes(key) || optional.includes(key))
  );
}

const isWhole = (value: unknown, { min, max }: { min: number; max: number }) =>
  Number.isSafeInteger(value) && (value as number) >= min && (value as number) <= max;

function isTrustedDevice(value: unknown): boolean {
  return (
    isRecord(value, ["enabled", "days"]) &&
    typeof value.enabled === "boolean" &&
    isWhole(value.days, SETTINGS_LIMITS.rememberDays)
  );
}

/** Whether a value is preview settings the server's PreviewSettingsSchema would take. */
export function isPreviewSettings(value: unknown): value is PreviewSettings {
  return (
    isRecord(value, ["factors", "policy"], ["trustedDevice", "passkeySignIn"]) &&
    Array.isArray(value.factors) &&
    value.factors.length <= FACTOR_TYPES.length &&
    value.factors.every((t) => FACTOR_TYPES.includes(t)) &&
    MFA_POLICIES.includes(value.policy as MfaPolicy) &&
    (value.trustedDevice === undefined || isTrustedDevice(value.trustedDevice)) &&
    (value.passkeySignIn === undefined || typeof value.passkeySignIn === "boolean")
  );
}

/** A message's payload when it is `{ source, type, [key]: … }` from the console, else undefined. */
export function consolePayload(data: unknown, type: string, key: string): unknown {
  if (!isRecord(data, ["source", "type", key])) return undefined;
  return data.source === CONSOLE_SOURCE && data.type === type ? data[key] : undefined;
}

export function settingsMessage(settings: PreviewSettings): SettingsMessage {
  return { source: CONSOLE_SOURCE, type: "settings", settings };
}

/** Sent by a preview once it listens, so the pane can send settings it missed while loading. */
export const readyMessage = { source: PREVIEW_SOURCE, type: "ready" } as const;

/**
 * The settings a message carries, or null unless it came from the window framing this one
 * (and this one is framed), from our own origin, with the console's tag and valid settings.
 */
export function acceptSettingsMessage(event: MessageLike, at: Receiver): PreviewSettings | null {
  if (!fromFramingConsole(event, at)) return null;
  const settings = consolePayload(event.data, "settings", "settings");
  return isPreviewSettings(settings) ? settings : null;
}

/** Whether the message came from the window framing this one (which is framed), of our origin. */
export function fromFramingConsole(event: MessageLike, at: Receiver): boolean {
  return at.parent !== at.self && event.source === at.parent && event.origin === at.origin;
}

/** Whether a message is the "ready" of the given frame's window, from our own origin. */
export function isReadyMessage(event: MessageLike, frame: unknown, origin: string): boolean {
  const { data } = event;
  return (
    frame != null &&
    event.source === frame &&
    event.origin === origin &&
    isRecord(data, ["source", "type"]) &&
    data.source === PREVIEW_SOURCE &&
    data.type === "ready"
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
