import { describe, expect, it } from "vitest";
import { errorPagePath, signInNotice, stepPath } from "./error-pages";

describe("errorPagePath", () => {
  it.each([
    ["session.mfa.require_mfa_verification", "/mfa/verify"],
    ["user.missing_mfa", "/mfa/enroll"],
    ["user.suggest_mfa", "/mfa/enroll"],
    ["session.mfa.backup_code_required", "/mfa/backup-codes"],
    ["user.passkey_already_in_use", "/mfa/passkey-setup?error=user.passkey_already_in_use"],
    ["session.mfa.too_many_attempts", "/sign-in?error=session.mfa.too_many_attempts"],
    ["session.not_found", "/sign-in?error=session.not_found"],
    ["session.expired", "/sign-in?error=session.expired"],
    ["session.already_completed", "/sign-in?error=session.already_completed"],
    ["session.mfa.invalid_totp_code", null],
    ["guard.invalid_input", null],
  ])("%s → %s", (code, page) => {
    expect(errorPagePath({ code })).toBe(page);
  });

  it("sends a lockout of one factor to its screen, which reads the minutes itself", () => {
    const code = "session.verification_blocked_too_many_attempts";
    expect(errorPagePath({ code, data: { factor: "Totp", minutesLeft: 12 } })).toBe(
      "/mfa/locked?factor=Totp",
    );
    expect(errorPagePath({ code, data: { factor: "Totp", minutesLeft: null } })).toBe(
      "/mfa/locked?factor=Totp",
    );
    // A password lockout names no factor: the form shows it.
    expect(errorPagePath({ code, data: { minutesLeft: 3 } })).toBeNull();
  });

  it("shows no step (nothing left to do) on /mfa/enroll", () => {
    expect(stepPath(null)).toBe("/mfa/enroll");
    expect(stepPath({ code: "session.mfa.backup_code_required" })).toBe("/mfa/backup-codes");
  });
});

describe("signInNotice", () => {
  it("shows only the allow-listed notices, whatever the URL says", () => {
    expect(signInNotice("expired")).toBe("Your sign-in expired. Start again.");
    for (const reason of [undefined, "", "Expired", "constructor", "__proto__", "<b>hi</b>"]) {
      expect(signInNotice(reason)).toBeUndefined();
    }
  });
});
