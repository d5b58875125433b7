import { describe, expect, it } from "vitest";
import { safeReturnTo } from "./start-flow";

describe("safeReturnTo", () => {
  it("keeps same-origin paths", () => {
    expect(safeReturnTo("/console")).toBe("/console");
    expect(safeReturnTo("/account?tab=1")).toBe("/account?tab=1");
  });

  it.each([
    "https://evil.example",
    "//evil.example",
    "/\\evil.example",
    "javascript:alert(1)",
    "",
    null,
    undefined,
  ])("drops %j", (value) => {
    expect(safeReturnTo(value)).toBeUndefined();
  });
});
