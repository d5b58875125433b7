// The branding half of the console → preview contract (see protocol.ts): the unsaved branding
// goes in `?branding=`, read on the server through PreviewBrandingSchema (schemas.ts).
import type { Branding } from "@/lib/branding/schemas";
import { encodeJson } from "./protocol";

/**
 * What the preview draws while the admin edits: any #rrggbb (an unreadable colour shows as it
 * would look, the form says why it cannot be saved), a logo only from our own logo paths.
 */
export type PreviewBranding = Branding;

/** `?branding=` value. */
export const encodeBranding = (branding: PreviewBranding) => encodeJson(branding);
