import { describe, expect, it } from "vitest";
import { niceMax, ticks } from "./scale";

describe("niceMax", () => {
  it.each([
    [0, 4],
    [1, 1],
    [3, 5],
    [7, 10],
    [12, 20],
    [21, 25],
    [26, 50],
    [180, 200],
    [1234, 2000],
  ])("%d → %d", (max, nice) => {
    expect(niceMax(max)).toBe(nice);
  });
});

describe("ticks", () => {
  it("spaces whole numbers evenly", () => {
    expect(ticks(4)).toEqual([0, 1, 2, 3, 4]);
    expect(ticks(10)).toEqual([0, 2, 4, 6, 8, 10]);
    expect(ticks(25)).toEqual([0, 5, 10, 15, 20, 25]);
    expect(ticks(1)).toEqual([0, 1]);
    expect(ticks(100)).toEqual([0, 25, 50, 75, 100]);
  });
});
