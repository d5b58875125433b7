// The branding a fresh install wears. Apart from the schemas (zod), so the branding provider
// that every hosted page hydrates ships no validation code to the browser.
import type { Branding } from "./schemas";

export const DEFAULT_BRANDING: Branding = {
  productName: "Twofold",
  primaryColor: "#4f46e5",
  darkMode: "light",
};
