// The rule for what a preview may draw, as zod schemas: the preview page reads `?settings=` and
// `?branding=` through them, on the server, so none of this reaches the browser.
import { z } from "zod";
import {
  DarkModeSchema,
  DEFAULT_BRANDING,
  HexColorSchema,
  LogoUrlSchema,
} from "@/lib/branding/schemas";
import { FactorTypeSchema, MfaPolicySchema } from "@/lib/mfa/factor-types";
import { FACTOR_TYPES } from "@/lib/mfa/factors";
import { TrustedDeviceSettingsSchema } from "@/lib/settings/schemas";
import type { PreviewBranding } from "./branding-protocol";
import { DEFAULT_PREVIEW_SETTINGS, type PreviewSettings } from "./protocol";

export const PreviewSettingsSchema = z.strictObject({
  factors: z.array(FactorTypeSchema).max(FACTOR_TYPES.length),
  policy: MfaPolicySchema,
  trustedDevice: TrustedDeviceSettingsSchema.optional(),
  passkeySignIn: z.boolean().optional(),
}) satisfies z.ZodType<PreviewSettings>;

export const PreviewBrandingSchema = z.strictObject({
  productName: z.string().max(40),
  logoUrl: LogoUrlSchema.optional(),
  primaryColor: HexColorSchema,
  darkMode: DarkModeSchema,
}) satisfies z.ZodType<PreviewBranding>;

/** The settings of a `?settings=` value; the defaults when it is missing or invalid. */
export function decodeSettings(value: string | undefined): PreviewSettings {
  return decodeJson(PreviewSettingsSchema, value) ?? DEFAULT_PREVIEW_SETTINGS;
}

/** The branding of a `?branding=` value; the defaults when it is missing or invalid. */
export function decodeBranding(value: string | undefined): PreviewBranding {
  return decodeJson(PreviewBrandingSchema, value) ?? DEFAULT_BRANDING;
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
