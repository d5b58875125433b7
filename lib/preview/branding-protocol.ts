// The branding half of the console ⇄ preview contract (see protocol.ts): the console posts the
// unsaved branding, and only the framing console window of our own origin may change it.
import { z } from "zod";
import {
  DarkModeSchema,
  DEFAULT_BRANDING,
  HexColorSchema,
  LogoUrlSchema,
} from "@/lib/branding/schemas";
import {
  CONSOLE_SOURCE,
  decodeJson,
  encodeJson,
  fromFramingConsole,
  type MessageLike,
  type Receiver,
} from "./protocol";

/**
 * What the preview draws while the admin edits: any #rrggbb (an unreadable colour shows as it
 * would look, the form says why it cannot be saved), a logo only from our own logo paths.
 */
export const PreviewBrandingSchema = z.strictObject({
  productName: z.string().max(40),
  logoUrl: LogoUrlSchema.optional(),
  primaryColor: HexColorSchema,
  darkMode: DarkModeSchema,
});
export type PreviewBranding = z.output<typeof PreviewBrandingSchema>;

const BrandingMessageSchema = z.strictObject({
  source: z.literal(CONSOLE_SOURCE),
  type: z.literal("branding"),
  branding: PreviewBrandingSchema,
});

export function brandingMessage(branding: PreviewBranding) {
  return { source: CONSOLE_SOURCE, type: "branding", branding } as const;
}

/** The branding a message carries, or null unless the framing console sent valid branding. */
export function acceptBrandingMessage(event: MessageLike, at: Receiver): PreviewBranding | null {
  if (!fromFramingConsole(event, at)) return null;
  const parsed = BrandingMessageSchema.safeParse(event.data);
  return parsed.success ? parsed.data.branding : null;
}

/** `?branding=` value. */
export const encodeBranding = (branding: PreviewBranding) => encodeJson(branding);

/** The branding of a `?branding=` value; the defaults when it is missing or invalid. */
export function decodeBranding(value: string | undefined): PreviewBranding {
  return decodeJson(PreviewBrandingSchema, value) ?? DEFAULT_BRANDING;
}
