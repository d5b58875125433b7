// The branding half of the console ⇄ preview contract (see protocol.ts): the console posts the
// unsaved branding, and only the framing console window of our own origin may change it. A
// hand-written guard like the settings'; the rule is PreviewBrandingSchema (schemas.ts).
import { isHexColor } from "@/lib/branding/contrast";
import { DARK_MODES } from "@/lib/branding/dark-modes";
import { LOGO_PATH } from "@/lib/branding/logo-path";
import type { Branding, DarkMode } from "@/lib/branding/schemas";
import {
  CONSOLE_SOURCE,
  consolePayload,
  encodeJson,
  fromFramingConsole,
  isRecord,
  type MessageLike,
  type Receiver,
} from "./protocol";

/**
 * What the preview draws while the admin edits: any #rrggbb (an unreadable colour shows as it
 * would look, the form says why it cannot be saved), a logo only from our own logo paths.
 */
export type PreviewBranding = Branding;

/** The branding a value stands for (the colour in lower case), or null unless the server's
 * PreviewBrandingSchema would take it. */
export function previewBranding(value: unknown): PreviewBranding | null {
  if (!isRecord(value, ["productName", "primaryColor", "darkMode"], ["logoUrl"])) return null;
  const { productName, logoUrl, primaryColor, darkMode } = value;
  const valid =
    typeof productName === "string" &&
    productName.length <= 40 &&
    (logoUrl === undefined || (typeof logoUrl === "string" && LOGO_PATH.test(logoUrl))) &&
    typeof primaryColor === "string" &&
    isHexColor(primaryColor) &&
    DARK_MODES.includes(darkMode as DarkMode);
  if (!valid) return null;
  return {
    productName,
    ...(logoUrl === undefined ? {} : { logoUrl }),
    primaryColor: primaryColor.toLowerCase(),
    darkMode: darkMode as DarkMode,
  };
}

export function brandingMessage(branding: PreviewBranding) {
  return { source: CONSOLE_SOURCE, type: "branding", branding } as const;
}

/** The branding a message carries, or null unless the framing console sent valid branding. */
export function acceptBrandingMessage(event: MessageLike, at: Receiver): PreviewBranding | null {
  if (!fromFramingConsole(event, at)) return null;
  return previewBranding(consolePayload(event.data, "branding", "branding"));
}

/** `?branding=` value. */
export const encodeBranding = (branding: PreviewBranding) => encodeJson(branding);
