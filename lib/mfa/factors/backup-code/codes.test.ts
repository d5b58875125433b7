import { describe, expect, it } from "vitest";
import { generateBackupCodes, isBackupCodeShape, normalizeBackupCode } from "./codes";

describe("backup codes", () => {
  it("makes 10 distinct xxxxx-xxxxx codes from the unambiguous alphabet", () => {
    const codes = generateBackupCodes();
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) expect(code).toMatch(/^[a-hjkmnp-z2-9]{5}-[a-hjkmnp-z2-9]{5}$/);
  });

  it("normalises case, hyphens and spaces", () => {
    expect(normalizeBackupCode(" ABCDE-fghjk ")).toBe("abcdefghjk");
    expect(isBackupCodeShape("ABCDE FGHJK")).toBe(true);
    expect(isBackupCodeShape("abcde-fghj")).toBe(false);
    expect(isBackupCodeShape("abcde-fghj0")).toBe(false);
  });
});
