import { describe, expect, it } from "vitest";
import { securitySummaryText } from "./security-summary";

describe("securitySummaryText", () => {
  it("names the methods the user has, in registry order", () => {
    expect(
      securitySummaryText({ offered: ["Totp", "WebAuthn", "BackupCode"], using: ["Totp"] }),
    ).toBe("2-step verification is on with your authenticator app.");
    expect(
      securitySummaryText({
        offered: ["Totp", "WebAuthn", "BackupCode"],
        using: ["Totp", "WebAuthn", "BackupCode"],
      }),
    ).toBe("2-step verification is on with your authenticator app, passkeys and backup codes.");
  });

  it("offers what the site enables when the user has no authenticator", () => {
    expect(securitySummaryText({ offered: ["WebAuthn"], using: [] })).toBe(
      "2-step verification is off. Add a passkey to protect your account.",
    );
    expect(
      securitySummaryText({ offered: ["Totp", "WebAuthn", "BackupCode"], using: ["BackupCode"] }),
    ).toBe(
      "2-step verification is off. Add an authenticator app or a passkey to protect your account.",
    );
  });

  it("says so when the site offers none", () => {
    expect(securitySummaryText({ offered: [], using: [] })).toBe(
      "2-step verification is not offered on this site.",
    );
  });
});
