// The branding section of the sign-in experience: its shape, bounds and defaults, pure, so the
// console form, the preview and the server check the same rules.
import { z } from "zod";
import { contrastWithWhite, formatRatio, isHexColor, MIN_CONTRAST } from "./contrast";
import { DARK_MODES } from "./dark-modes";
import { LOGO_PATH } from "./logo-path";

export { DARK_MODES } from "./dark-modes";

// Control characters would reach page titles and authenticator apps; a colon would split the
// otpauth label `<issuer>:<account>` in the wrong place (the Key URI format forbids it).
const PRODUCT_NAME_CHARS = /^[^\p{Cc}\p{Cf}\p{Zl}\p{Zp}:]*$/u;

export const ProductNameSchema = z
  .string()
  .trim()
  .min(1, "Enter a product name.")
  .max(40, "Use at most 40 characters.")
  .regex(PRODUCT_NAME_CHARS, "Use no colons or control characters.")
  .meta({
    description:
      "Shown on every hosted page and as the issuer in authenticator apps (1–40 characters).",
    examples: ["Acme ID"],
  });

/** Any `#rrggbb`, readable or not: what the preview draws while the admin is still choosing. */
export const HexColorSchema = z
  .string()
  .meta({ examples: ["#4f46e5"] })
  .refine(isHexColor, "Use a colour like #4f46e5.")
  .transform((value) => value.toLowerCase());

/** The refusal when white text on the colour is below WCAG AA, or null when it reads. */
export function contrastProblem(hex: string): string | null {
  if (!isHexColor(hex)) return null;
  const ratio = contrastWithWhite(hex);
  return ratio >= MIN_CONTRAST
    ? null
    : `White text on this colour has a contrast of ${formatRatio(ratio)}; it needs at least 4.5:1 (WCAG AA). Pick a darker colour.`;
}

export const PrimaryColorSchema = HexColorSchema.superRefine((value, ctx) => {
  const problem = contrastProblem(value);
  if (problem) ctx.addIssue({ code: "custom", message: problem });
}).meta({
  description:
    "Accent of the hosted pages (buttons, links, focus rings) as #rrggbb; white text on it needs a WCAG AA contrast of at least 4.5:1.",
  examples: ["#4f46e5"],
});

export const LogoUrlSchema = z
  .string()
  .regex(LOGO_PATH, "Upload the logo in the console; its address is /branding/logo-<hash>.<ext>.")
  .meta({
    description: "Path of the uploaded logo, /branding/logo-<sha256>.<png|jpg|webp|svg>.",
    examples: [`/branding/logo-${"0".repeat(64)}.png`],
  });

export const DarkModeSchema = z
  .enum(DARK_MODES)
  .describe("Colour scheme of the hosted pages: auto follows the visitor's system setting.");

export const BrandingSchema = z.strictObject({
  productName: ProductNameSchema,
  logoUrl: LogoUrlSchema.optional(),
  primaryColor: PrimaryColorSchema,
  darkMode: DarkModeSchema,
});
export type Branding = z.output<typeof BrandingSchema>;
export type DarkMode = Branding["darkMode"];

/** A change of some fields; `logoUrl: null` removes the logo. */
export const BrandingPatchSchema = z.strictObject({
  productName: ProductNameSchema.optional(),
  logoUrl: LogoUrlSchema.nullable().optional(),
  primaryColor: PrimaryColorSchema.optional(),
  darkMode: DarkModeSchema.optional(),
});
export type BrandingPatch = z.output<typeof BrandingPatchSchema>;

export { DEFAULT_BRANDING } from "./defaults";
