// Which hosted page shows the step an MFA error asks for (lib/experience/error-pages.ts); null
// for errors the form shows itself.
import { AppError } from "@/lib/core/errors";
import { errorPagePath } from "../error-pages";

export function mfaPagePath(error: unknown): string | null {
  return error instanceof AppError ? errorPagePath(error) : null;
}
