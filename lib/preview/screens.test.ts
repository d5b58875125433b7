import { describe, expect, it } from "vitest";
import { availability, canSkip, enrollable, verifiable } from "./availability";
import type { PreviewSettings } from "./protocol";
import { SCREENS } from "./screens";

const all: PreviewSettings = {
  factors: ["Totp", "WebAuthn", "BackupCode"],
  policy: "PromptOnlyAtSignIn",
};

describe("preview screens", () => {
  it("shows every screen when every factor is on and people are prompted", () => {
    for (const screen of SCREENS) expect(availability(screen, all)).toEqual({ shown: true });
  });

  it("hides the screens of a factor that is off, saying which", () => {
    const noPasskeys: PreviewSettings = { ...all, factors: ["Totp", "BackupCode"] };
    expect(availability("passkey-setup", noPasskeys)).toEqual({
      shown: false,
      reason: "This screen is not shown while Passkeys are off.",
    });
    expect(availability("verify-passkey", noPasskeys).shown).toBe(false);
    expect(availability("verify-totp", noPasskeys).shown).toBe(true);
    expect(availability("totp-setup", { ...all, factors: ["WebAuthn"] })).toEqual({
      shown: false,
      reason: "This screen is not shown while Authenticator app is off.",
    });
  });

  it("offers only enabled factors, passkeys first and backup codes last", () => {
    expect(verifiable({ ...all, factors: ["BackupCode", "Totp"] })).toEqual(["Totp", "BackupCode"]);
    expect(verifiable(all)).toEqual(["WebAuthn", "Totp", "BackupCode"]);
    expect(enrollable(all)).toEqual(["Totp", "WebAuthn"]);
  });

  it("never offers skipping under Mandatory and never prompts under NoPrompt", () => {
    expect(canSkip({ ...all, policy: "Mandatory" })).toBe(false);
    expect(canSkip(all)).toBe(true);
    expect(availability("enroll-prompt", { ...all, policy: "NoPrompt" }).shown).toBe(false);
    expect(availability("factor-list", { ...all, policy: "NoPrompt" }).shown).toBe(true);
  });

  it("shows only sign-in when every factor is off", () => {
    const none: PreviewSettings = { factors: [], policy: "Mandatory" };
    expect(SCREENS.filter((s) => availability(s, none).shown)).toEqual(["sign-in"]);
  });
});
