import { describe, expect, it } from "vitest";
import { guessIdentifier, validEmail, validUsername } from "./identifiers";

describe("identifiers", () => {
  it("case-folds and trims usernames and emails", () => {
    expect(validUsername("  Alice.W-1_ ")).toBe("alice.w-1_");
    expect(validEmail(" Alice@Example.COM ")).toBe("alice@example.com");
  });

  it.each(["ab", "a".repeat(33), "has space", "émile", "semi;colon", ""])(
    "refuses username %j",
    (name) => {
      expect(() => validUsername(name)).toThrowError(
        expect.objectContaining({ code: "user.invalid_username" }),
      );
    },
  );

  it.each(["plain", "a@", "@b.c", "a b@c.d"])("refuses email %j", (email) => {
    expect(() => validEmail(email)).toThrowError(
      expect.objectContaining({ code: "user.invalid_email" }),
    );
  });

  it("treats an identifier with @ as an email", () => {
    expect(guessIdentifier("a@b.c")).toEqual({ type: "email", value: "a@b.c" });
    expect(guessIdentifier(" bob ")).toEqual({ type: "username", value: "bob" });
  });
});
