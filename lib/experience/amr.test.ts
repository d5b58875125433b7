import { describe, expect, it } from "vitest";
import { flowAmr } from "./amr";
import type { Flow, VerificationRecord } from "./types";

const flowWith = (...verifications: VerificationRecord[]): Flow => ({
  id: "f",
  event: "SignIn",
  userId: "u",
  status: "active",
  version: 0,
  mfaFailures: 0,
  expiresAt: new Date(),
  data: { verifications, bindings: [], skipped: false },
});
const base = { id: "r", createdAt: "", challenge: null };

describe("flowAmr for a passkey that signed in alone", () => {
  it("is user, hwk or swk, and mfa (user verification makes it two factors)", () => {
    const passkey = { ...base, type: "Passkey" as const, verified: true, userId: "u" };
    expect(flowAmr(flowWith({ ...passkey, deviceType: "singleDevice" }))).toEqual([
      "user",
      "hwk",
      "mfa",
    ]);
    expect(flowAmr(flowWith({ ...passkey, deviceType: "multiDevice" }))).toEqual([
      "user",
      "swk",
      "mfa",
    ]);
  });

  it("is nothing until the assertion checked out", () => {
    expect(flowAmr(flowWith({ ...base, type: "Passkey", verified: false }))).toEqual([]);
  });
});
