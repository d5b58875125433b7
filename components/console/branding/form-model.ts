// The Branding form's values, how a submitted form reads, and the rules it checks as the admin
// types: the same schemas the server parses with (lib/branding/schemas).
import {
  type Branding,
  contrastProblem,
  type DarkMode,
  HexColorSchema,
  ProductNameSchema,
} from "@/lib/branding/schemas";

export type BrandingDraft = {
  productName: string;
  primaryColor: string;
  darkMode: DarkMode;
  /** "" when there is no logo. */
  logoUrl: string;
};

export type BrandingFormState =
  | { status: "idle" }
  | { status: "saved"; saved: Branding; savedAt: number }
  | { status: "error"; message: string; issues?: { path: string; message: string }[] };

export type LogoUploadResult =
  | { status: "ok"; logoUrl: string }
  | { status: "error"; message: string };

export const toDraft = (branding: Branding): BrandingDraft => ({
  productName: branding.productName,
  primaryColor: branding.primaryColor,
  darkMode: branding.darkMode,
  logoUrl: branding.logoUrl ?? "",
});

/** The PATCH the server action applies: every field, `logoUrl: null` for no logo. */
export function readBrandingForm(form: FormData) {
  const darkMode = String(form.get("darkMode") ?? "");
  return {
    productName: String(form.get("productName") ?? ""),
    primaryColor: String(form.get("primaryColor") ?? ""),
    darkMode,
    logoUrl: String(form.get("logoUrl") ?? "") || null,
  };
}

export type BrandingErrors = Partial<Record<"productName" | "primaryColor", string>>;

export function draftErrors(draft: BrandingDraft): BrandingErrors {
  const errors: BrandingErrors = {};
  const name = ProductNameSchema.safeParse(draft.productName);
  if (!name.success) errors.productName = name.error.issues[0]?.message;
  const colour = HexColorSchema.safeParse(draft.primaryColor);
  if (!colour.success) errors.primaryColor = colour.error.issues[0]?.message;
  else errors.primaryColor = contrastProblem(colour.data) ?? undefined;
  if (!errors.primaryColor) delete errors.primaryColor;
  if (!errors.productName) delete errors.productName;
  return errors;
}

/** The issues a refused save named, by field. */
export function serverErrors(state: BrandingFormState): BrandingErrors {
  if (state.status !== "error") return {};
  const byField: BrandingErrors = {};
  for (const issue of state.issues ?? []) {
    const field = issue.path.replace(/^branding\./, "");
    if (field === "productName" || field === "primaryColor") byField[field] = issue.message;
  }
  return byField;
}
