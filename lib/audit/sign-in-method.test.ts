import { describe, expect, it } from "vitest";
import { signInMethodOfEvent, signInMethodOfFlow } from "./sign-in-method";

const pwd = { type: "Password" };

describe("signInMethodOfFlow", () => {
  it.each([
    ["password alone", [pwd], ["pwd"], "password"],
    ["TOTP", [pwd, { type: "Totp", verified: true, isNew: false }], ["pwd", "otp", "mfa"], "totp"],
    [
      "a passkey after the password",
      [pwd, { type: "WebAuthn", verified: true, isNew: false }],
      ["pwd", "user", "hwk", "mfa"],
      "passkey",
    ],
    [
      "a passkey as the first factor",
      [{ type: "WebAuthn", verified: true, isNew: false }],
      ["user", "swk", "mfa"],
      "passkey",
    ],
    [
      "a backup code",
      [pwd, { type: "BackupCode", verified: true, isNew: false }],
      ["pwd", "mfa"],
      "backup_code",
    ],
    [
      "new backup codes shown after TOTP",
      [
        pwd,
        { type: "Totp", verified: true, isNew: false },
        { type: "BackupCode", verified: true, isNew: true },
      ],
      ["pwd", "otp", "mfa"],
      "totp",
    ],
    ["a remembered device", [pwd, { type: "TrustedDevice" }], ["pwd"], "remembered_device"],
    [
      "an unproven backup code",
      [pwd, { type: "BackupCode", verified: false, isNew: false }],
      ["pwd"],
      "password",
    ],
  ])("%s", (_, records, amr, method) => {
    expect(signInMethodOfFlow(records, amr)).toBe(method);
  });
});

describe("signInMethodOfEvent", () => {
  it("prefers the recorded method", () => {
    expect(signInMethodOfEvent({ method: "remembered_device", amr: ["pwd"] })).toBe(
      "remembered_device",
    );
  });
  it("falls back to the amr of older events", () => {
    expect(signInMethodOfEvent({ amr: ["pwd"] })).toBe("password");
    expect(signInMethodOfEvent({ amr: ["pwd", "otp", "mfa"] })).toBe("totp");
    expect(signInMethodOfEvent({ amr: ["pwd", "mfa"] })).toBe("backup_code");
    expect(signInMethodOfEvent({ amr: ["user", "hwk", "mfa"] })).toBe("passkey");
  });
  it("treats unknown values as the password alone", () => {
    expect(signInMethodOfEvent({ method: "sms", amr: "pwd" })).toBe("password");
    expect(signInMethodOfEvent({})).toBe("password");
  });
});
