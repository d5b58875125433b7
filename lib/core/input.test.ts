import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AppError } from "./errors";
import { parseInput } from "./input";

const refusal = (value: unknown, schema: z.ZodType = z.unknown()) => {
  try {
    parseInput(schema, value);
  } catch (error) {
    if (error instanceof AppError) return { code: error.code, data: error.data };
    throw error;
  }
  return undefined;
};

describe("parseInput", () => {
  it("passes what the schema accepts", () => {
    expect(parseInput(z.object({ a: z.string() }), { a: "x", b: 1 })).toEqual({ a: "x" });
  });

  it("names each path the schema refuses", () => {
    expect(refusal({ a: 1 }, z.object({ a: z.string() }))).toMatchObject({
      code: "guard.invalid_input",
      data: { issues: [{ path: "a" }] },
    });
  });

  it("refuses a NUL byte in any string or key, even one the schema would drop", () => {
    const nul = { path: "", message: "Contains a NUL character or a lone surrogate." };
    expect(refusal("a\u0000b")).toEqual({ code: "guard.invalid_input", data: { issues: [nul] } });
    expect(
      refusal({ keep: "x", dropped: ["ok", "a\u0000"] }, z.object({ keep: z.string() })),
    ).toEqual({
      code: "guard.invalid_input",
      data: { issues: [{ ...nul, path: "dropped.1" }] },
    });
    expect(refusal({ "k\u0000": 1 })).toMatchObject({ data: { issues: [{ path: "k\u0000" }] } });
    expect(refusal({ a: "nul is fine spelt out: \\u0000 %00" })).toBeUndefined();
  });

  it("refuses a lone surrogate, which would be stored as U+FFFD, and keeps proper pairs", () => {
    expect(refusal({ name: "a\uD800" })).toMatchObject({ data: { issues: [{ path: "name" }] } });
    expect(refusal({ name: "\uDC00a" })).toMatchObject({ code: "guard.invalid_input" });
    expect(refusal({ name: "🔐 Émile 山田" })).toBeUndefined();
  });

  it("walks a body nested far deeper than the call stack", () => {
    let deep: unknown = "a\u0000";
    for (let i = 0; i < 200_000; i++) deep = [deep];
    expect(refusal(deep)).toMatchObject({ code: "guard.invalid_input" });
  });
});
