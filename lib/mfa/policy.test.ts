import { describe, expect, it } from "vitest";
import type { FactorType, MfaPolicy } from "./factor-types";
import { type FactorSummary, type MfaSituation, nextMfaStep, verificationOrder } from "./policy";

const totp: FactorSummary = { id: "t", type: "Totp", lastUsedAt: new Date(1000) };
const passkey: FactorSummary = { id: "w", type: "WebAuthn", lastUsedAt: null };
const codes = (unused: number): FactorSummary => ({
  id: "b",
  type: "BackupCode",
  lastUsedAt: null,
  remainCodes: unused,
});
const ALL: FactorType[] = ["Totp", "WebAuthn", "BackupCode"];

function situation(overrides: Partial<MfaSituation> = {}): MfaSituation {
  return {
    event: "SignIn",
    policy: "PromptAtSignInAndSignUp",
    enabled: ALL,
    stored: [],
    bound: [],
    verifiedInFlow: false,
    user: { mfaSkipped: false, mfaRequired: false },
    skippedInFlow: false,
    ...overrides,
  };
}

describe("nextMfaStep", () => {
  it("asks nothing when MFA is off", () => {
    expect(nextMfaStep(situation({ enabled: [], stored: [totp] }))).toBeNull();
  });

  it("requires verification of a usable factor, WebAuthn first and backup codes last", () => {
    const step = nextMfaStep(situation({ stored: [codes(3), totp, passkey] }));
    expect(step).toEqual({
      code: "session.mfa.require_mfa_verification",
      availableFactors: ["WebAuthn", "Totp", "BackupCode"],
    });
  });

  it("ignores factors of disabled types and spent backup-code sets", () => {
    expect(
      nextMfaStep(
        situation({
          enabled: ["WebAuthn"],
          stored: [totp],
          user: { mfaSkipped: true, mfaRequired: false },
        }),
      ),
    ).toBeNull();
    expect(verificationOrder([codes(0)].filter((f) => (f.remainCodes ?? 0) > 0))).toEqual([]);
  });

  it("does not count factors bound in this flow as verification", () => {
    expect(nextMfaStep(situation({ stored: [totp], bound: ["WebAuthn"] }))?.code).toBe(
      "session.mfa.require_mfa_verification",
    );
  });

  const prompts: [MfaPolicy, "SignIn" | "Register", string | null][] = [
    ["PromptAtSignInAndSignUp", "Register", "user.suggest_mfa"],
    ["PromptAtSignInAndSignUp", "SignIn", "user.suggest_mfa"],
    ["PromptOnlyAtSignIn", "Register", null],
    ["PromptOnlyAtSignIn", "SignIn", "user.suggest_mfa"],
    ["NoPrompt", "Register", null],
    ["NoPrompt", "SignIn", null],
    ["Mandatory", "Register", "user.missing_mfa"],
    ["Mandatory", "SignIn", "user.missing_mfa"],
  ];

  it.each(prompts)("under %s at %s asks %s of a user without factors", (policy, event, code) => {
    expect(nextMfaStep(situation({ policy, event }))?.code ?? null).toBe(code);
  });

  it("remembers a skip under prompt policies, but Mandatory and admin-required override it", () => {
    const skipped = { mfaSkipped: true, mfaRequired: false };
    expect(nextMfaStep(situation({ user: skipped }))).toBeNull();
    expect(nextMfaStep(situation({ skippedInFlow: true }))).toBeNull();
    expect(nextMfaStep(situation({ policy: "Mandatory", user: skipped }))?.code).toBe(
      "user.missing_mfa",
    );
    expect(
      nextMfaStep(situation({ policy: "NoPrompt", user: { mfaSkipped: true, mfaRequired: true } })),
    ).toEqual({
      code: "user.missing_mfa",
      availableFactors: ["Totp", "WebAuthn"],
    });
  });

  it("asks for backup codes once a primary factor exists and none are unused", () => {
    expect(nextMfaStep(situation({ bound: ["Totp"] }))).toEqual({
      code: "session.mfa.backup_code_required",
    });
    expect(nextMfaStep(situation({ bound: ["Totp", "BackupCode"] }))).toBeNull();
    expect(nextMfaStep(situation({ stored: [totp, codes(0)], verifiedInFlow: true }))).toEqual({
      code: "session.mfa.backup_code_required",
    });
    expect(nextMfaStep(situation({ enabled: ["Totp"], bound: ["Totp"] }))).toBeNull();
  });

  it("never offers backup codes as the factor to enroll", () => {
    expect(nextMfaStep(situation({ policy: "Mandatory" }))).toEqual({
      code: "user.missing_mfa",
      availableFactors: ["Totp", "WebAuthn"],
    });
  });

  it("forces enrollment without a skip when an app asks for mfa, whatever the policy", () => {
    const asked = situation({ policy: "NoPrompt", required: "mfa" });
    expect(nextMfaStep(asked)).toEqual({
      code: "user.missing_mfa",
      availableFactors: ["Totp", "WebAuthn"],
    });
    expect(nextMfaStep({ ...asked, user: { mfaSkipped: true, mfaRequired: false } })).toEqual({
      code: "user.missing_mfa",
      availableFactors: ["Totp", "WebAuthn"],
    });
    expect(nextMfaStep(situation({ policy: "NoPrompt" }))).toBeNull();
  });

  it("asks a passkey of a user who has one when an app asks for phr", () => {
    expect(nextMfaStep(situation({ stored: [totp, passkey], required: "phr" }))).toEqual({
      code: "session.mfa.require_mfa_verification",
      availableFactors: ["WebAuthn"],
    });
    const totpDone = situation({
      stored: [totp, passkey, codes(3)],
      required: "phr",
      verifiedInFlow: true,
    });
    expect(nextMfaStep(totpDone)).toEqual({
      code: "session.mfa.require_mfa_verification",
      availableFactors: ["WebAuthn"],
    });
    expect(nextMfaStep({ ...totpDone, passkeyVerified: true })).toBeNull();
  });

  it("makes a user without a passkey enroll one when an app asks for phr", () => {
    const verified = situation({ stored: [totp, codes(3)], required: "phr", verifiedInFlow: true });
    expect(nextMfaStep(verified)).toEqual({
      code: "user.missing_mfa",
      availableFactors: ["WebAuthn"],
    });
    expect(nextMfaStep({ ...verified, bound: ["WebAuthn"] })).toBeNull();
  });
});

describe("a remembered device", () => {
  const held = { stored: [totp, codes(5)], policy: "Mandatory" as MfaPolicy };

  it("stands in for the verification step, under Mandatory and for admin-required users", () => {
    expect(nextMfaStep(situation({ ...held, trustedDevice: true }))).toBeNull();
    const required = { mfaSkipped: false, mfaRequired: true };
    expect(
      nextMfaStep(situation({ ...held, policy: "NoPrompt", user: required, trustedDevice: true })),
    ).toBeNull();
  });

  it("never stands in for a level an app asked for", () => {
    for (const level of ["mfa", "phr"] as const) {
      expect(nextMfaStep(situation({ ...held, trustedDevice: true, required: level }))?.code).toBe(
        "session.mfa.require_mfa_verification",
      );
    }
  });

  it("leaves the backup-code rule in place", () => {
    expect(nextMfaStep(situation({ ...held, stored: [totp], trustedDevice: true }))?.code).toBe(
      "session.mfa.backup_code_required",
    );
  });
});
