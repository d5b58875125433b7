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

/** U+0000, or a surrogate without its pair (the `u` flag reads a proper pair as one code point). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: U+0000 is what this looks for
const UNSTORABLE = /[\u0000\uD800-\uDFFF]/u;
const UNSTORABLE_MESSAGE = "Contains a NUL character or a lone surrogate.";

/**
 * The path of the first string (or key) holding U+0000 or a lone surrogate. No form or JSON a
 * person sends contains either; PostgreSQL's text cannot store a NUL at all, and both databases
 * would store a lone surrogate as U+FFFD, silently changing what was sent (two passwords that
 * differ only there would hash alike). Walked without recursion: a body may nest deeply.
 */
function unstorablePath(value: unknown): string | undefined {
  const pending: [unknown, string][] = [[value, ""]];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [item, at] = next;
    if (typeof item === "string") {
      if (UNSTORABLE.test(item)) return at;
    } else if (item && typeof item === "object") {
      for (const [key, child] of Object.entries(item)) {
        const path = at ? `${at}.${key}` : key;
        if (UNSTORABLE.test(key)) return path;
        pending.push([child, path]);
      }
    }
  }
  return undefined;
}

/** Parses with the schema; throws guard.invalid_input naming each failing path. */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const unstorable = unstorablePath(value);
  if (unstorable !== undefined) {
    const issue = { path: unstorable, message: UNSTORABLE_MESSAGE };
    throw new AppError("guard.invalid_input", { issues: [issue] });
  }
  const result = schema.safeParse(value);
  if (!result.success)
    throw new AppError("guard.invalid_input", { issues: zodIssues(result.error) });
  return result.data;
}
