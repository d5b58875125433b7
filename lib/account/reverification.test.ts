import { describe, expect, it } from "vitest";
import type { Flow, VerificationRecord } from "@/lib/experience/types";
import { reverificationState } from "./reverification";

const T0 = Date.parse("2026-01-01T10:00:00Z");
const at = (minutes: number) => new Date(T0 + minutes * 60_000).toISOString();

function flow(
  records: VerificationRecord[],
  bound: string[] = [],
  event: Flow["event"] = "Account",
): Flow {
  return {
    id: "f",
    event,
    userId: "u",
    status: "active",
    version: 1,
    mfaFailures: 0,
    expiresAt: new Date(T0 + 3_600_000),
    data: {
      verifications: records,
      bindings: bound.map((verificationId) => ({ type: "Totp" as const, verificationId })),
      skipped: false,
    },
  };
}

const password = (m: number): VerificationRecord => ({
  id: "p",
  createdAt: at(m),
  type: "Password",
  userId: "u",
});
const totp = (m: number, isNew = false, verified = true): VerificationRecord => ({
  id: `t${m}`,
  createdAt: at(m),
  type: "Totp",
  isNew,
  verified,
});
const now = (m: number) => new Date(T0 + m * 60_000);
const signIn = (m: number, amr: string[]): VerificationRecord => ({
  id: `s${m}`,
  createdAt: at(m),
  type: "Session",
  userId: "u",
  sessionId: "session",
  amr,
});

describe("reverificationState", () => {
  it("is nothing without an account flow", () => {
    expect(reverificationState(null, ["Totp"], now(0))).toMatchObject({
      verified: false,
      needsFactor: true,
    });
    expect(reverificationState(flow([password(0)], [], "SignIn"), [], now(0)).verified).toBe(false);
  });

  it("needs only the password when the user has no usable factor", () => {
    const state = reverificationState(flow([password(0)]), [], now(1));
    expect(state).toMatchObject({ verified: true, needsFactor: false });
    expect(state.expiresAt?.toISOString()).toBe(at(10));
  });

  it("needs a verified existing factor besides the password", () => {
    expect(reverificationState(flow([password(0)]), ["Totp"], now(1))).toMatchObject({
      verified: false,
      passwordVerified: true,
      needsFactor: true,
    });
    expect(
      reverificationState(flow([password(0), totp(0, false, false)]), ["Totp"], now(1)).verified,
    ).toBe(false);
    const state = reverificationState(flow([password(0), totp(2)]), ["Totp"], now(3));
    expect(state.verified).toBe(true);
    expect(state.expiresAt?.toISOString()).toBe(at(10));
  });

  it("counts a new factor only once it was stored in this re-verification", () => {
    expect(reverificationState(flow([password(0), totp(1, true)]), ["Totp"], now(2)).verified).toBe(
      false,
    );
    expect(
      reverificationState(flow([password(0), totp(1, true)], ["t1"]), ["Totp"], now(2)).verified,
    ).toBe(true);
  });

  it("ends 10 minutes after its oldest proof", () => {
    const f = flow([password(0), totp(5)]);
    expect(reverificationState(f, ["Totp"], now(9.9)).verified).toBe(true);
    expect(reverificationState(f, ["Totp"], now(10)).verified).toBe(false);
    expect(reverificationState(flow([password(0)]), [], now(10)).passwordVerified).toBe(false);
  });

  it("counts the session's own sign-in for what it proved, for 10 minutes", () => {
    const mfa = flow([signIn(0, ["pwd", "otp", "mfa"])]);
    expect(reverificationState(mfa, ["Totp"], now(9.9))).toMatchObject({
      verified: true,
      needsFactor: false,
    });
    expect(reverificationState(mfa, ["Totp"], now(10)).verified).toBe(false);
    const passwordOnly = flow([signIn(0, ["pwd"])]);
    expect(reverificationState(passwordOnly, [], now(1)).verified).toBe(true);
    expect(reverificationState(passwordOnly, ["Totp"], now(1))).toMatchObject({
      verified: false,
      passwordVerified: true,
      needsFactor: true,
    });
    // A passkey alone proved no password: the password is still asked.
    expect(
      reverificationState(flow([signIn(0, ["user", "hwk"])]), ["WebAuthn"], now(1))
        .passwordVerified,
    ).toBe(false);
  });
});
