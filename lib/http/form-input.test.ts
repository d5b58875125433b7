import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AppError } from "@/lib/core/errors";
import { formCheckbox, formInput, formList, formText } from "./form-input";

function form(entries: [string, string | Blob][]): FormData {
  const data = new FormData();
  for (const [name, value] of entries) data.append(name, value);
  return data;
}

describe("formInput", () => {
  const Schema = z.object({
    name: formText(8),
    remember: formCheckbox(),
    factors: formList(),
  });

  it("reads text, checkboxes and repeated names", () => {
    const input = formInput(
      Schema,
      form([
        ["name", "Ada Lovelace"],
        ["remember", "on"],
        ["factors", "Totp"],
        ["factors", "WebAuthn"],
      ]),
    );
    expect(input).toEqual({ name: "Ada Love", remember: true, factors: ["Totp", "WebAuthn"] });
  });

  it("reads absent fields and files as empty", () => {
    const input = formInput(Schema, form([["name", new Blob(["x"])]]));
    expect(input).toEqual({ name: "", remember: false, factors: [] });
  });

  it("keeps one value of a repeated text field, and a lone list value as a list", () => {
    const input = formInput(
      z.object({ name: formText(), factors: formList() }),
      form([
        ["name", "first"],
        ["factors", "Totp"],
      ]),
    );
    expect(input).toEqual({ name: "first", factors: ["Totp"] });
  });

  it("refuses what the schema refuses with guard.invalid_input naming the path", () => {
    const Code = z.object({ code: z.string().regex(/^\d{6}$/) });
    const run = () => formInput(Code, form([["code", "12345x"]]));
    expect(run).toThrow(AppError);
    try {
      run();
    } catch (error) {
      expect((error as AppError).code).toBe("guard.invalid_input");
      expect((error as AppError).data?.issues).toEqual([expect.objectContaining({ path: "code" })]);
    }
  });

  it("does not let a field named __proto__ change the object's prototype", () => {
    const input = formInput(
      z.object({ name: formText() }).passthrough(),
      form([["__proto__", "polluted"]]),
    ) as Record<string, unknown>;
    expect(Object.getPrototypeOf(input)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
