import { describe, expect, it } from "vitest";
import {
  contrastRatio,
  contrastWithWhite,
  formatRatio,
  isHexColor,
  MIN_CONTRAST,
  mixHex,
  readableOn,
} from "./contrast";
import { contrastProblem, PrimaryColorSchema } from "./schemas";

describe("contrastRatio", () => {
  it("is 21:1 for black on white and 1:1 for a colour on itself", () => {
    expect(contrastRatio("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrastRatio("#ffffff", "#000000")).toBeCloseTo(21, 5);
    expect(contrastRatio("#4f46e5", "#4f46e5")).toBe(1);
  });

  it.each([
    ["#767676", 4.54],
    ["#777777", 4.48],
    ["#4f46e5", 6.29],
    ["#2563eb", 5.17],
    ["#ffcc00", 1.51],
    ["#FF0000", 4.0],
  ])("white on %s is %s:1 (published WCAG values)", (hex, ratio) => {
    expect(contrastWithWhite(hex)).toBeCloseTo(ratio, 1);
  });

  it("puts the AA line between #767676 and #777777", () => {
    expect(contrastWithWhite("#767676")).toBeGreaterThanOrEqual(MIN_CONTRAST);
    expect(contrastWithWhite("#777777")).toBeLessThan(MIN_CONTRAST);
  });

  it("refuses anything but #rrggbb", () => {
    for (const bad of ["#fff", "4f46e5", "#4f46e5 ", "#4f46e", "#gggggg", "red", "", "#4f46e5ff"]) {
      expect(isHexColor(bad), bad).toBe(false);
      expect(() => contrastWithWhite(bad)).toThrow(RangeError);
    }
  });

  it("rounds the shown ratio down", () => {
    expect(formatRatio(4.4999)).toBe("4.4:1");
    expect(formatRatio(21)).toBe("21:1");
  });
});

describe("PrimaryColorSchema", () => {
  it("accepts a readable colour and stores it lower-case", () => {
    expect(PrimaryColorSchema.parse("#4F46E5")).toBe("#4f46e5");
  });

  it("refuses an unreadable colour with the ratio in the message", () => {
    const result = PrimaryColorSchema.safeParse("#ffcc00");
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain("1.5:1");
    expect(contrastProblem("#ffcc00")).toContain("4.5:1");
    expect(contrastProblem("#4f46e5")).toBeNull();
  });
});

describe("readableOn", () => {
  it.each(["#0f766e", "#000000", "#4f46e5", "#7f1d1d", "#767676"])(
    "lightens %s until it reads on the dark surface",
    (hex) => {
      const text = readableOn(hex, "#161e2f");
      expect(contrastRatio(text, "#161e2f")).toBeGreaterThanOrEqual(MIN_CONTRAST);
      // No lighter than needed: one step less would not read.
      const t = [...Array(21).keys()].find((s) => mixHex(hex, "#ffffff", s / 20) === text) ?? 0;
      if (t > 0)
        expect(contrastRatio(mixHex(hex, "#ffffff", (t - 1) / 20), "#161e2f")).toBeLessThan(
          MIN_CONTRAST,
        );
    },
  );

  it("keeps a colour that already reads", () => {
    expect(readableOn("#ffcc00", "#161e2f")).toBe("#ffcc00");
    expect(mixHex("#000000", "#ffffff", 0.5)).toBe("#808080");
  });
});
