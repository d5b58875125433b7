import { describe, expect, it } from "vitest";
import { z } from "zod";
import {
  constraintNotes,
  exampleValue,
  fieldRows,
  type JsonSchema,
  schemaBody,
  typeLabel,
} from "./schema-fields";

const json = (schema: z.ZodType, io: "input" | "output" = "input") =>
  z.toJSONSchema(schema, { io, unrepresentable: "any" }) as JsonSchema;

const Nested = z.strictObject({
  name: z.string().min(1).max(64),
  email: z.string().max(320).nullable().optional(),
  mfa: z
    .strictObject({
      factors: z.array(z.enum(["Totp", "WebAuthn"])).max(2),
      limits: z.object({ attempts: z.int().min(1).max(100) }),
    })
    .optional(),
  tags: z.array(z.object({ key: z.string() })).optional(),
  page: z.coerce.number().int().min(1).default(1),
});

describe("fieldRows", () => {
  it("flattens nested objects and arrays of objects into dotted paths with depth", () => {
    const rows = fieldRows(json(Nested));
    expect(rows.map((r) => [r.path, r.depth, r.required])).toEqual([
      ["name", 0, true],
      ["email", 0, false],
      ["mfa", 0, false],
      ["mfa.factors", 1, true],
      ["mfa.limits", 1, true],
      ["mfa.limits.attempts", 2, true],
      ["tags", 0, false],
      ["tags[].key", 1, true],
      ["page", 0, false],
    ]);
  });

  it("labels types, nullability and constraints in words", () => {
    const byPath = Object.fromEntries(fieldRows(json(Nested)).map((r) => [r.path, r]));
    expect(byPath.name).toMatchObject({ type: "string", notes: ["1–64 characters"] });
    expect(byPath.email).toMatchObject({
      type: "string | null",
      notes: ["at most 320 characters"],
    });
    expect(byPath["mfa.factors"]).toMatchObject({
      type: "array of strings",
      notes: ['each one of "Totp", "WebAuthn"', "at most 2 items"],
    });
    expect(byPath["mfa.limits.attempts"]).toMatchObject({ type: "integer", notes: ["1–100"] });
    expect(byPath.page?.notes).toEqual(["at least 1", "default 1"]);
  });
});

describe("typeLabel and constraintNotes", () => {
  it("names literals, enums, dates and hides zod's implicit safe-integer bounds", () => {
    expect(typeLabel(json(z.literal("Totp")))).toBe('"Totp"');
    expect(constraintNotes(json(z.enum(["a", "b"])))).toEqual(['one of "a", "b"']);
    expect(constraintNotes(json(z.iso.datetime(), "output"))).toEqual(["ISO 8601 date-time"]);
    expect(constraintNotes(json(z.int()))).toEqual([]);
    expect(typeLabel(json(z.union([z.string(), z.number()])))).toBe("string | number");
  });
});

const Created = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("Totp"), secret: z.string().max(64).optional() }),
  z.strictObject({ type: z.literal("BackupCode"), codes: z.array(z.string()).optional() }),
]);

describe("schemaBody", () => {
  it("gives each alternative of a discriminated union its own labelled table", () => {
    const body = schemaBody(json(Created));
    expect(body.array).toBe(false);
    expect(body.strict).toBe(true);
    expect(body.variants.map((v) => v.label)).toEqual(['type: "Totp"', 'type: "BackupCode"']);
    expect(body.variants[1]?.rows.map((r) => r.path)).toEqual(["type", "codes"]);
  });

  it("describes a list of objects and follows $refs", () => {
    const item = json(z.object({ id: z.string() }));
    const resolve = (s: JsonSchema) => (s.$ref === "#/components/schemas/Item" ? item : s);
    const body = schemaBody(
      { type: "array", items: { $ref: "#/components/schemas/Item" } },
      resolve,
    );
    expect(body.array).toBe(true);
    expect(body.variants[0]?.rows.map((r) => r.path)).toEqual(["id"]);
    expect(schemaBody({ type: "string" })).toEqual({
      array: false,
      type: "string",
      variants: [],
      strict: false,
    });
  });
});

describe("exampleValue", () => {
  it("builds a value the schema itself accepts", () => {
    for (const schema of [Nested, Created, z.array(Created)]) {
      expect(schema.safeParse(exampleValue(json(schema))).success).toBe(true);
    }
  });

  it("prefers defaults and the first allowed value", () => {
    expect(exampleValue(json(Nested))).toMatchObject({
      page: 1,
      mfa: { factors: ["Totp", "WebAuthn"], limits: { attempts: 1 } },
    });
    expect(exampleValue(json(Created))).toEqual({ type: "Totp", secret: "string" });
  });
});
