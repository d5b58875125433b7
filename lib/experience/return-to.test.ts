import { describe, expect, it } from "vitest";
import { safeReturnTo } from "./return-to";

const ORIGIN = "https://id.example.com";
const check = (value: string | null | undefined) => safeReturnTo(value, ORIGIN);

/** Known open-redirect payloads: each must be dropped or become a harmless path on our origin. */
const HOSTILE = [
  "//evil.example",
  "///evil.example",
  "////evil.example",
  "/\\evil.example",
  "\\\\evil.example",
  "\\/evil.example",
  "/\t/evil.example",
  "\t//evil.example",
  "/\r/evil.example",
  "/\n/evil.example",
  "/\r\n/evil.example",
  "/\u2028/evil.example",
  "/\u2029/evil.example",
  " //evil.example",
  "  /\\evil.example",
  "/%09/evil.example",
  "/%2F%2Fevil.example",
  "/%5Cevil.example",
  "/%5C%5Cevil.example",
  "/.//evil.example",
  "/./\\evil.example",
  "/..//evil.example",
  "javascript:alert(1)",
  "JaVaScRiPt:alert(1)",
  "\tjavascript:alert(1)",
  "data:text/html,<script>alert(1)</script>",
  "http:evil.example",
  "https:evil.example",
  "http://evil.example",
  "https://evil.example",
  "https://id.example.com.evil.example/",
  "https://id.example.com@evil.example/",
  "//id.example.com@evil.example",
  "/\uD800//evil.example",
  "/\u0000/evil.example",
];

describe("safeReturnTo", () => {
  it.each([
    ["/console", "/console"],
    ["/account?tab=1", "/account?tab=1"],
    ["/console/users?x=1#a", "/console/users?x=1#a"],
    ["/account/security", "/account/security"],
    ["https://id.example.com/console?x=1", "/console?x=1"],
    ["/a/../console", "/console"],
  ])("keeps %j as %j", (value, expected) => {
    expect(check(value)).toBe(expected);
  });

  it.each(HOSTILE)("never leaves our origin for %j", (value) => {
    const result = check(value);
    if (result === undefined) return;
    expect(result.startsWith("/")).toBe(true);
    expect(result.startsWith("//")).toBe(false);
    expect(result).not.toMatch(/[\\\p{Cc}\u2028\u2029]/u);
    const resolved = new URL(result, ORIGIN);
    expect(resolved.origin).toBe(ORIGIN);
    expect(resolved.pathname + resolved.search + resolved.hash).toBe(result);
  });

  it.each([
    "/\t/evil.example",
    "/\n/evil.example",
    "/\r/evil.example",
    "\t//evil.example",
    "/.//evil.example",
    "https://evil.example",
    "javascript:alert(1)",
    "",
    null,
    undefined,
  ])("drops %j", (value) => {
    expect(check(value)).toBeUndefined();
  });

  it("drops an over-long value", () => {
    expect(check(`/${"a".repeat(2048)}`)).toBeUndefined();
  });
});
