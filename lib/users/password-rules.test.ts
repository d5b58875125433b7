import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/core/errors";
import { assertPasswordAllowed, isCommonPassword } from "./password-rules";

function codeOf(password: string, username?: string): string | null {
  try {
    assertPasswordAllowed(password, username);
    return null;
  } catch (error) {
    return error instanceof AppError ? error.code : "unexpected";
  }
}

describe("password rules", () => {
  it("accepts 8 to 256 characters with no composition rules", () => {
    expect(codeOf("lowercase only words")).toBeNull();
    expect(codeOf(`${"a".repeat(7)}é`)).toBeNull();
    expect(codeOf("x".repeat(256).replace(/^x{8}/, "unusual!"))).toBeNull();
  });

  it("counts characters, not bytes", () => {
    expect(codeOf("ééééééé")).toBe("password.too_short");
  });

  it("rejects lengths outside 8–256", () => {
    expect(codeOf("1234567")).toBe("password.too_short");
    expect(codeOf("q".repeat(257))).toBe("password.too_long");
  });

  it("rejects common passwords, case-insensitively", () => {
    expect(isCommonPassword("password1")).toBe(true);
    expect(codeOf("PASSWORD1")).toBe("password.too_common");
    expect(codeOf("iloveyou2")).toBe("password.too_common");
    expect(isCommonPassword("violet-harbour-tin-51")).toBe(false);
  });

  it("rejects a password containing the username", () => {
    expect(codeOf("my-alice_w-secret", "alice_w")).toBe("password.contains_username");
    expect(codeOf("MY-ALICE_W-SECRET", "alice_w")).toBe("password.contains_username");
    expect(codeOf("an-unrelated-secret", "alice_w")).toBeNull();
  });
});
