// JSON Schema (as zod's toJSONSchema writes it) to what a reader needs: field rows with dotted
// paths, a type label, constraints in words, and an example value that satisfies the schema.

export type JsonSchema = {
  type?: string | string[];
  description?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  const?: unknown;
  enum?: unknown[];
  default?: unknown;
  examples?: unknown[];
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  $ref?: string;
};

export type FieldRow = {
  /** Dotted path from the body's root; `[]` marks the items of an array. */
  path: string;
  depth: number;
  type: string;
  required: boolean;
  /** Human-readable constraints: length, range, allowed values, default, format. */
  notes: string[];
  description?: string;
};

export type SchemaVariant = { label?: string; rows: FieldRow[] };

/** A body as tables: one variant per alternative of a union; `array` when it is a list of them. */
export type SchemaBody = {
  array: boolean;
  /** The body's type when it has no fields (e.g. a string). */
  type?: string;
  variants: SchemaVariant[];
  /** Unknown fields are refused (a strict request schema). */
  strict: boolean;
};

/** Follows a `$ref` into the document's components; identity for inline schemas. */
export type Resolve = (schema: JsonSchema) => JsonSchema;

// zod writes z.int()'s implicit bounds as ±MAX_SAFE_INTEGER: no reader needs to see those.
const SAFE = Number.MAX_SAFE_INTEGER;

/** Splits `T | null` into T and a nullable flag; other unions stay as they are. */
function unwrapNullable(s: JsonSchema): { schema: JsonSchema; nullable: boolean } {
  const alternatives = s.anyOf ?? s.oneOf;
  if (alternatives) {
    const rest = alternatives.filter((a) => a.type !== "null");
    if (rest.length === 1 && rest.length < alternatives.length) {
      const { anyOf: _, oneOf: __, ...outer } = s;
      return { schema: { ...rest[0], ...outer }, nullable: true };
    }
  }
  if (Array.isArray(s.type) && s.type.includes("null")) {
    const type = s.type.filter((t) => t !== "null");
    return { schema: { ...s, type: type.length === 1 ? type[0] : type }, nullable: true };
  }
  return { schema: s, nullable: false };
}

function isObject(s: JsonSchema): boolean {
  return s.type === "object" && s.properties !== undefined;
}

export function typeLabel(input: JsonSchema): string {
  const { schema: s, nullable } = unwrapNullable(input);
  let label: string;
  if (s.const !== undefined) label = JSON.stringify(s.const);
  else if (s.anyOf ?? s.oneOf) label = (s.anyOf ?? s.oneOf ?? []).map(typeLabel).join(" | ");
  else if (s.type === "array") label = s.items ? `array of ${plural(typeLabel(s.items))}` : "array";
  else if (Array.isArray(s.type)) label = s.type.join(" | ");
  else label = s.type ?? "any";
  return nullable ? `${label} | null` : label;
}

function plural(label: string): string {
  return /^(string|integer|number|boolean|object)$/.test(label) ? `${label}s` : label;
}

function range(min: number | undefined, max: number | undefined, unit: (n: number) => string) {
  const lo = min !== undefined && Math.abs(min) < SAFE ? min : undefined;
  const hi = max !== undefined && Math.abs(max) < SAFE ? max : undefined;
  if (lo !== undefined && hi !== undefined) return `${lo}–${unit(hi)}`;
  if (hi !== undefined) return `at most ${unit(hi)}`;
  if (lo !== undefined && lo > 0) return `at least ${unit(lo)}`;
  return undefined;
}

const chars = (n: number) => `${n} character${n === 1 ? "" : "s"}`;
const items = (n: number) => `${n} item${n === 1 ? "" : "s"}`;

export function constraintNotes(input: JsonSchema): string[] {
  const { schema: s } = unwrapNullable(input);
  const notes: string[] = [];
  const quoted = (values: unknown[]) => values.map((v) => JSON.stringify(v)).join(", ");
  if (s.enum) notes.push(`one of ${quoted(s.enum)}`);
  else if (s.type === "array" && s.items?.enum) notes.push(`each one of ${quoted(s.items.enum)}`);
  const length = range(s.minLength, s.maxLength, chars);
  if (length) notes.push(length);
  const size = range(s.minItems, s.maxItems, items);
  if (size) notes.push(size);
  const value = range(s.minimum, s.maximum, String);
  if (value) notes.push(value);
  if (s.format === "date-time") notes.push("ISO 8601 date-time");
  else if (s.format) notes.push(`format ${s.format}`);
  else if (s.pattern) notes.push(`matches /${s.pattern}/`);
  if (s.default !== undefined) notes.push(`default ${JSON.stringify(s.default)}`);
  return notes;
}

/** Flattens an object schema's properties (and nested objects) into rows with dotted paths. */
export function fieldRows(
  object: JsonSchema,
  resolve: Resolve = (s) => s,
  prefix = "",
  depth = 0,
): FieldRow[] {
  const rows: FieldRow[] = [];
  for (const [name, raw] of Object.entries(object.properties ?? {})) {
    const property = resolve(raw);
    const path = `${prefix}${name}`;
    rows.push({
      path,
      depth,
      type: typeLabel(property),
      required: object.required?.includes(name) ?? false,
      notes: constraintNotes(property),
      ...(property.description ? { description: property.description } : {}),
    });
    const inner = unwrapNullable(property).schema;
    if (isObject(inner)) rows.push(...fieldRows(inner, resolve, `${path}.`, depth + 1));
    else if (inner.type === "array" && inner.items && isObject(resolve(inner.items))) {
      rows.push(...fieldRows(resolve(inner.items), resolve, `${path}[].`, depth + 1));
    }
  }
  return rows;
}

/** The `type: "Totp"` that tells a union's alternatives apart, when there is one. */
function discriminator(variant: JsonSchema): string | undefined {
  for (const [name, property] of Object.entries(variant.properties ?? {})) {
    if (property.const !== undefined) return `${name}: ${JSON.stringify(property.const)}`;
  }
  return undefined;
}

export function schemaBody(input: JsonSchema, resolve: Resolve = (s) => s): SchemaBody {
  let schema = resolve(input);
  const array = schema.type === "array" && schema.items !== undefined;
  if (array && schema.items) schema = resolve(schema.items);
  const alternatives = (schema.anyOf ?? schema.oneOf ?? []).map(resolve);
  if (alternatives.length > 0 && alternatives.every(isObject)) {
    const variants = alternatives.map((a, i) => ({
      label: discriminator(a) ?? `Alternative ${i + 1}`,
      rows: fieldRows(a, resolve),
    }));
    const strict = alternatives.every((a) => a.additionalProperties === false);
    return { array, variants, strict };
  }
  if (isObject(schema)) {
    return {
      array,
      variants: [{ rows: fieldRows(schema, resolve) }],
      strict: schema.additionalProperties === false,
    };
  }
  return { array, type: typeLabel(schema), variants: [], strict: false };
}

/** A value that satisfies the schema, for examples: defaults first, then the first choice. */
export function exampleValue(input: JsonSchema, resolve: Resolve = (s) => s): unknown {
  const { schema: s } = unwrapNullable(resolve(input));
  if (s.const !== undefined) return s.const;
  if (s.default !== undefined) return s.default;
  if (s.examples?.length) return s.examples[0];
  if (s.enum?.length) return s.enum[0];
  const first = (s.anyOf ?? s.oneOf)?.[0];
  if (first) return exampleValue(first, resolve);
  switch (Array.isArray(s.type) ? s.type[0] : s.type) {
    case "object":
      return Object.fromEntries(
        Object.entries(s.properties ?? {}).map(([k, v]) => [k, exampleValue(v, resolve)]),
      );
    case "array":
      if (!s.items) return [];
      return s.items.enum ? s.items.enum : [exampleValue(s.items, resolve)];
    case "integer":
    case "number":
      return s.minimum !== undefined && Math.abs(s.minimum) < SAFE ? s.minimum : 1;
    case "boolean":
      return true;
    case "string":
      return s.format === "date-time" ? "2025-01-31T12:00:00.000Z" : "string";
    default:
      return null;
  }
}
