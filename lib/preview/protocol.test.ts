import { describe, expect, it } from "vitest";
import { acceptBrandingMessage, brandingMessage, previewBranding } from "./branding-protocol";
import {
  acceptSettingsMessage,
  DEFAULT_PREVIEW_SETTINGS,
  encodeSettings,
  isPreviewSettings,
  isReadyMessage,
  readyMessage,
  settingsMessage,
} from "./protocol";
import { decodeSettings, PreviewBrandingSchema, PreviewSettingsSchema } from "./schemas";

const parent = { name: "console window" };
const self = { name: "preview window" };
const origin = "https://id.example.com";
const at = { self, parent, origin };
const settings = { factors: ["Totp", "BackupCode"], policy: "Mandatory" } as const;
const good = {
  source: parent,
  origin,
  data: settingsMessage({ ...settings, factors: [...settings.factors] }),
};

describe("acceptSettingsMessage", () => {
  it("accepts the console's settings from the framing window of our origin", () => {
    expect(acceptSettingsMessage(good, at)).toEqual(settings);
  });

  it("rejects a wrong or missing sender tag", () => {
    for (const source of ["twofold-consolE", "twofold-preview", "", undefined]) {
      expect(acceptSettingsMessage({ ...good, data: { ...good.data, source } }, at)).toBeNull();
    }
  });

  it("rejects another message type", () => {
    expect(
      acceptSettingsMessage({ ...good, data: { ...good.data, type: "reset" } }, at),
    ).toBeNull();
  });

  it("rejects another origin, even a sibling subdomain or another scheme", () => {
    for (const other of ["https://evil.example", "http://id.example.com", "null", ""]) {
      expect(acceptSettingsMessage({ ...good, origin: other }, at)).toBeNull();
    }
  });

  it("rejects a sender that is not the parent window", () => {
    expect(acceptSettingsMessage({ ...good, source: { name: "popup" } }, at)).toBeNull();
    expect(acceptSettingsMessage({ ...good, source: self }, at)).toBeNull();
    expect(acceptSettingsMessage({ ...good, source: null }, at)).toBeNull();
  });

  it("rejects everything when the page is not framed", () => {
    expect(
      acceptSettingsMessage({ ...good, source: self }, { self, parent: self, origin }),
    ).toBeNull();
  });

  it("rejects invalid settings", () => {
    const bad = [
      { factors: ["Sms"], policy: "Mandatory" },
      { factors: ["Totp"], policy: "Always" },
      { factors: "Totp", policy: "Mandatory" },
      { factors: ["Totp"] },
      { factors: ["Totp"], policy: "Mandatory", extra: true },
      { factors: ["Totp", "Totp", "Totp", "Totp"], policy: "Mandatory" },
      null,
    ];
    for (const value of bad) {
      expect(
        acceptSettingsMessage({ ...good, data: { ...good.data, settings: value } }, at),
      ).toBeNull();
    }
  });

  it("rejects non-object data and extra fields", () => {
    for (const data of ["settings", 42, null, undefined, { ...good.data, script: "x" }]) {
      expect(acceptSettingsMessage({ ...good, data }, at)).toBeNull();
    }
  });
});

describe("isReadyMessage", () => {
  const frame = { name: "frame window" };
  it("accepts the frame's ready message from our origin only", () => {
    expect(isReadyMessage({ source: frame, origin, data: readyMessage }, frame, origin)).toBe(true);
    expect(isReadyMessage({ source: parent, origin, data: readyMessage }, frame, origin)).toBe(
      false,
    );
    expect(
      isReadyMessage(
        { source: frame, origin: "https://x.test", data: readyMessage },
        frame,
        origin,
      ),
    ).toBe(false);
    expect(
      isReadyMessage(
        { source: frame, origin, data: { ...readyMessage, source: "x" } },
        frame,
        origin,
      ),
    ).toBe(false);
    expect(isReadyMessage({ source: null, origin, data: readyMessage }, null, origin)).toBe(false);
  });
});

describe("settings in the query string", () => {
  it("round-trips through base64url", () => {
    const value = encodeSettings({ factors: ["WebAuthn"], policy: "NoPrompt" });
    expect(value).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeSettings(value)).toEqual({ factors: ["WebAuthn"], policy: "NoPrompt" });
  });

  it("falls back to the defaults when missing or invalid", () => {
    expect(decodeSettings(undefined)).toEqual(DEFAULT_PREVIEW_SETTINGS);
    expect(decodeSettings("not-base64!")).toEqual(DEFAULT_PREVIEW_SETTINGS);
    const bad = Buffer.from(JSON.stringify({ factors: ["Sms"], policy: "Mandatory" })).toString(
      "base64url",
    );
    expect(decodeSettings(bad)).toEqual(DEFAULT_PREVIEW_SETTINGS);
  });
});

// The guards filter messages in the browser; the server's schemas are the rule. Whatever one
// takes, the other takes too, on every value here.
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

describe("the guards agree with the server's schemas", () => {
  it("takes the same preview settings as PreviewSettingsSchema", () => {
    for (const value of SETTINGS_VALUES) {
      expect(isPreviewSettings(value), JSON.stringify(value)).toBe(
        PreviewSettingsSchema.safeParse(value).success,
      );
    }
  });

  it("takes the same branding as PreviewBrandingSchema, and reads it the same", () => {
    for (const value of BRANDING_VALUES) {
      const parsed = PreviewBrandingSchema.safeParse(value);
      expect(previewBranding(value) !== null, JSON.stringify(value)).toBe(parsed.success);
      if (parsed.success) expect(previewBranding(value)).toEqual(parsed.data);
    }
  });
});

describe("acceptBrandingMessage", () => {
  const branding = { productName: "Acme", primaryColor: "#4F46E5", darkMode: "dark" } as const;
  const message = { source: parent, origin, data: brandingMessage(branding) };

  it("accepts the framing console's branding, the colour in lower case", () => {
    expect(acceptBrandingMessage(message, at)).toEqual({ ...branding, primaryColor: "#4f46e5" });
  });

  it("rejects another sender, tag, type or shape", () => {
    expect(acceptBrandingMessage({ ...message, source: self }, at)).toBeNull();
    expect(acceptBrandingMessage({ ...message, origin: "https://x.test" }, at)).toBeNull();
    for (const data of [
      { ...message.data, source: "twofold-preview" },
      { ...message.data, type: "settings" },
      { ...message.data, extra: 1 },
      { ...message.data, branding: { ...branding, darkMode: "night" } },
      settingsMessage({ factors: [], policy: "Mandatory" }),
    ]) {
      expect(acceptBrandingMessage({ ...message, data }, at)).toBeNull();
    }
  });
});
