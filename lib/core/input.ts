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

/** Parses with the schema; throws guard.invalid_input naming each failing path. */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success)
    throw new AppError("guard.invalid_input", { issues: zodIssues(result.error) });
  return result.data;
}
