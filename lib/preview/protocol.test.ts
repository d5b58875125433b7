import { describe, expect, it } from "vitest";
import { DEFAULT_BRANDING } from "@/lib/branding/defaults";
import { encodeBranding } from "./branding-protocol";
import { DEFAULT_PREVIEW_SETTINGS, encodeJson, encodeSettings } from "./protocol";
import {
  decodeBranding,
  decodeSettings,
  PreviewBrandingSchema,
  PreviewSettingsSchema,
} from "./schemas";

describe("settings in the query string", () => {
  it("round-trips through base64url", () => {
    const value = encodeSettings({ factors: ["WebAuthn"], policy: "NoPrompt" });
    expect(value).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeSettings(value)).toEqual({ factors: ["WebAuthn"], policy: "NoPrompt" });
  });

  it("falls back to the defaults when missing, malformed or too long", () => {
    expect(decodeSettings(undefined)).toEqual(DEFAULT_PREVIEW_SETTINGS);
    expect(decodeSettings("")).toEqual(DEFAULT_PREVIEW_SETTINGS);
    for (const bad of ["not-base64!", "%E0%A4%A", "e30\t", "\r\n", "\ud800", "eyJ"]) {
      expect(decodeSettings(bad), bad).toEqual(DEFAULT_PREVIEW_SETTINGS);
    }
    const long = encodeJson({ factors: ["Totp"], policy: "Mandatory", pad: "x".repeat(1000) });
    expect(decodeSettings(long)).toEqual(DEFAULT_PREVIEW_SETTINGS);
  });
});

describe("branding in the query string", () => {
  it("round-trips through base64url, the colour in lower case", () => {
    const branding = { productName: "Ácme ✓", primaryColor: "#4F46E5", darkMode: "dark" } as const;
    expect(decodeBranding(encodeBranding(branding))).toEqual({
      ...branding,
      primaryColor: "#4f46e5",
    });
  });

  it("falls back to the default branding when missing or malformed", () => {
    expect(decodeBranding(undefined)).toEqual(DEFAULT_BRANDING);
    expect(decodeBranding("%%%")).toEqual(DEFAULT_BRANDING);
  });
});

// What the console encodes, the preview page reads through the server's schemas: a value the
// schema takes comes out as the schema reads it, anything else as the defaults.
const SETTINGS_VALUES: unknown[] = [
  { factors: [], policy: "Mandatory" },
  { factors: ["Totp", "WebAuthn", "BackupCode"], policy: "PromptOnlyAtSignIn" },
  { factors: ["WebAuthn"], policy: "NoPrompt", passkeySignIn: true },
  { factors: ["Totp"], policy: "NoPrompt", passkeySignIn: undefined, trustedDevice: undefined },
  { factors: ["Totp"], policy: "Mandatory", trustedDevice: { enabled: true, days: 30 } },
  { factors: ["Totp"], policy: "Mandatory", trustedDevice: { enabled: false, days: 365 } },
  { factors: ["Totp"], policy: "Mandatory", trustedDevice: { enabled: true, days: 0 } },
  { factors: ["Totp"], policy: "Mandatory", trustedDevice: { enabled: true, days: 366 } },
  { factors: ["Totp"], policy: "Mandatory", trustedDevice: { enabled: true, days: 1.5 } },
  { factors: ["Totp"], policy: "Mandatory", trustedDevice: { enabled: "yes", days: 3 } },
  { factors: ["Totp"], policy: "Mandatory", trustedDevice: { enabled: true } },
  { factors: ["Totp"], policy: "Mandatory", trustedDevice: { enabled: true, days: 3, x: 1 } },
  { factors: ["Totp"], policy: "Mandatory", passkeySignIn: "true" },
  { factors: ["Sms"], policy: "Mandatory" },
  { factors: ["Totp"], policy: "Always" },
  { factors: "Totp", policy: "Mandatory" },
  { factors: ["Totp"] },
  { policy: "Mandatory" },
  { factors: ["Totp"], policy: "Mandatory", extra: true },
  { factors: ["Totp", "Totp", "Totp", "Totp"], policy: "Mandatory" },
  JSON.parse('{"factors":[],"policy":"Mandatory","__proto__":{"x":1}}'),
  [],
  null,
  undefined,
  "settings",
  42,
];

const BRANDING_VALUES: unknown[] = [
  { productName: "Acme", primaryColor: "#4f46e5", darkMode: "auto" },
  { productName: "", primaryColor: "#ABCDEF", darkMode: "dark" },
  { productName: "a".repeat(40), primaryColor: "#ffffff", darkMode: "light" },
  { productName: "a".repeat(41), primaryColor: "#ffffff", darkMode: "light" },
  {
    productName: "Acme",
    logoUrl: `/branding/logo-${"a".repeat(64)}.svg`,
    primaryColor: "#4f46e5",
    darkMode: "auto",
  },
  { productName: "Acme", logoUrl: undefined, primaryColor: "#4f46e5", darkMode: "auto" },
  {
    productName: "Acme",
    logoUrl: "https://evil.example/x.png",
    primaryColor: "#4f46e5",
    darkMode: "auto",
  },
  {
    productName: "Acme",
    logoUrl: `/branding/logo-${"a".repeat(64)}.gif`,
    primaryColor: "#4f46e5",
    darkMode: "auto",
  },
  { productName: "Acme", primaryColor: "#4f46e", darkMode: "auto" },
  { productName: "Acme", primaryColor: "red", darkMode: "auto" },
  { productName: "Acme", primaryColor: "#4f46e5", darkMode: "night" },
  { productName: 7, primaryColor: "#4f46e5", darkMode: "auto" },
  { productName: "Acme", primaryColor: "#4f46e5" },
  { productName: "Acme", primaryColor: "#4f46e5", darkMode: "auto", script: "x" },
  null,
  "branding",
];

describe("what the preview page makes of any value in its URL", () => {
  it("reads settings as PreviewSettingsSchema does, or the defaults", () => {
    for (const value of SETTINGS_VALUES) {
      const parsed = PreviewSettingsSchema.safeParse(value);
      expect(decodeSettings(encodeJson(value)), JSON.stringify(value)).toEqual(
        parsed.success ? parsed.data : DEFAULT_PREVIEW_SETTINGS,
      );
    }
  });

  it("reads branding as PreviewBrandingSchema does, or the default branding", () => {
    for (const value of BRANDING_VALUES) {
      const parsed = PreviewBrandingSchema.safeParse(value);
      expect(decodeBranding(encodeJson(value)), JSON.stringify(value)).toEqual(
        parsed.success ? parsed.data : DEFAULT_BRANDING,
      );
    }
  });

  it("takes some values and refuses others (the tables above test both ways)", () => {
    const taken = SETTINGS_VALUES.filter((v) => PreviewSettingsSchema.safeParse(v).success);
    expect(taken.length).toBeGreaterThan(3);
    expect(taken.length).toBeLessThan(SETTINGS_VALUES.length - 3);
  });
});
