import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/core/errors";
import { passkeySignInFor } from "./passkey-sign-in-rule";

const withWebAuthn = { factors: ["WebAuthn" as const], policy: "NoPrompt" as const };
const withoutWebAuthn = { factors: ["Totp" as const], policy: "NoPrompt" as const };
const on = { enabled: true };
const off = { enabled: false };

describe("passkeySignInFor", () => {
  it("keeps the requested choice, else the current one, while WebAuthn is enabled", () => {
    expect(passkeySignInFor(withWebAuthn, on, off)).toEqual(on);
    expect(passkeySignInFor(withWebAuthn, undefined, on)).toEqual(on);
    expect(passkeySignInFor(withWebAuthn, off, on)).toEqual(off);
  });

  it("switches it off with WebAuthn, and refuses switching it on without", () => {
    expect(passkeySignInFor(withoutWebAuthn, undefined, on)).toEqual(off);
    expect(passkeySignInFor(withoutWebAuthn, off, on)).toEqual(off);
    expect(() => passkeySignInFor(withoutWebAuthn, on, off)).toThrow(AppError);
  });
});
