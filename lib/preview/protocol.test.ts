import { describe, expect, it } from "vitest";
import {
  acceptSettingsMessage,
  DEFAULT_PREVIEW_SETTINGS,
  decodeSettings,
  encodeSettings,
  isReadyMessage,
  readyMessage,
  settingsMessage,
} from "./protocol";

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
