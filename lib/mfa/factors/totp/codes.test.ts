import { describe, expect, it } from "vitest";
import {
  isValidTotpSecret,
  matchTotp,
  newTotpSecret,
  otpauthUri,
  totpCode,
  totpStep,
} from "./codes";

const at = new Date("2026-11-30T12:00:10Z");

describe("totp", () => {
  it("makes 32-character base32 secrets", () => {
    const secret = newTotpSecret();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(isValidTotpSecret(secret)).toBe(true);
  });

  it("computes RFC 6238's SHA-1 test vectors (their last six digits)", () => {
    // Appendix B: the ASCII secret "12345678901234567890", in base32.
    const secret = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
    expect(totpCode(secret, Math.floor(59 / 30))).toBe("287082");
    expect(totpCode(secret, Math.floor(1111111109 / 30))).toBe("081804");
    expect(totpCode(secret, Math.floor(2000000000 / 30))).toBe("279037");
  });

  it("accepts the current step and one step either side, and reports which", () => {
    const secret = newTotpSecret();
    const now = totpStep(at);
    for (const step of [now - 1, now, now + 1])
      expect(matchTotp(secret, totpCode(secret, step), at)).toBe(step);
    expect(matchTotp(secret, totpCode(secret, now - 2), at)).toBeNull();
    expect(matchTotp(secret, totpCode(secret, now + 2), at)).toBeNull();
  });

  it("never throws for malformed input", () => {
    const secret = newTotpSecret();
    for (const code of ["", "12345", "1234567", "abcdef", "12 34 5x"])
      expect(matchTotp(secret, code, at)).toBeNull();
  });

  it("validates supplied secrets as strict base32 of 16–32 characters", () => {
    expect(isValidTotpSecret("JBSWY3DPEHPK3PXPJBSWY3DP")).toBe(true);
    for (const bad of [
      "JBSWY3DPEHPK3PX",
      "jbswy3dpehpk3pxp",
      "JBSWY3DPEHPK3PX1",
      "A".repeat(33),
      "JBSWY3DP EHPK3PXP",
    ]) {
      expect(isValidTotpSecret(bad)).toBe(false);
    }
  });

  it("builds the otpauth URI with every parameter authenticator apps need", () => {
    const uri = otpauthUri({ issuer: "id.example.com", account: "a@b.c", secret: "ABC" });
    expect(uri).toBe(
      "otpauth://totp/id.example.com:a%40b.c?secret=ABC&issuer=id.example.com&algorithm=SHA1&digits=6&period=30",
    );
  });
});
