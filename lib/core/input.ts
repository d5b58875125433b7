// Validating input with a schema: a failure becomes guard.invalid_input naming each failing path,
// the same answer wherever the input came from (JSON body, query, form, route params).
import type { z } from "zod";
import { AppError } from "./errors";

export function zodIssues(error: z.ZodError) {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join("."),
    message: issue.message,
  }));
}

const NUL_MESSAGE = "Contains a NUL character.";

/**
 * The path of the first string (or key) holding U+0000, which no form or JSON a person sends
 * contains and PostgreSQL's text cannot store. Walked without recursion: a body may nest deeply.
 */
function nulPath(value: unknown): string | undefined {
  const pending: [unknown, string][] = [[value, ""]];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [item, at] = next;
    if (typeof item === "string") {
      if (item.includes("\u0000")) return at;
    } else if (item && typeof item === "object") {
      for (const [key, child] of Object.entries(item)) {
        const path = at ? `${at}.${key}` : key;
        if (key.includes("\u0000")) return path;
        pending.push([child, path]);
      }
    }
  }
  return undefined;
}

/** Parses with the schema; throws guard.invalid_input naming each failing path. */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const nul = nulPath(value);
  if (nul !== undefined) {
    throw new AppError("guard.invalid_input", { issues: [{ path: nul, message: NUL_MESSAGE }] });
  }
  const result = schema.safeParse(value);
  if (!result.success)
    throw new AppError("guard.invalid_input", { issues: zodIssues(result.error) });
  return result.data;
}
