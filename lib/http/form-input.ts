// Reading a submitted form through a schema, so a server action gets typed input and the same
// guard.invalid_input answer (naming the failing paths) as a route handler reading JSON.
import { z } from "zod";
import { parseInput } from "@/lib/core/input";

/** A text field cut to `max` characters; absent, or a file, reads as "". */
export const formText = (max = 1024) =>
  z.preprocess((value) => (typeof value === "string" ? value.slice(0, max) : ""), z.string());

/** A checkbox: true when checked (browsers send "on"). */
export const formCheckbox = () => z.preprocess((value) => value === "on", z.boolean());

/** A name sent any number of times (checkboxes sharing a name): its text values, in order. */
export const formList = (max = 1024) =>
  z.preprocess(
    (value) =>
      (Array.isArray(value) ? value : value === undefined ? [] : [value])
        .filter((item): item is string => typeof item === "string")
        .map((item) => item.slice(0, max)),
    z.array(z.string()),
  );

/**
 * Parses the form's fields with the schema: a name sent once reads as its value, a name sent
 * several times as the list. Throws guard.invalid_input (with issues) when the schema refuses.
 */
export function formInput<S extends z.ZodType>(schema: S, form: FormData): z.output<S> {
  // fromEntries defines own properties, so a field named __proto__ stays a plain key.
  const raw = Object.fromEntries(
    [...new Set(form.keys())].map((name) => {
      const values = form.getAll(name);
      return [name, values.length === 1 ? values[0] : values];
    }),
  );
  return parseInput(schema, raw);
}
