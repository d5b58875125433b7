// Username and email rules: usernames are case-folded, 3–32 characters of [a-z0-9_.-]; emails
// are trimmed, lower-cased and checked for a plain address syntax.
import { z } from "zod";
import { AppError } from "@/lib/core/errors";

export const USERNAME_PATTERN = /^[a-z0-9_.-]{3,32}$/;
const EMAIL = z.email();

export function normalizeUsername(raw: string): string {
  return raw.trim().toLowerCase();
}

export function normalizeEmail(raw: string): string {
  return raw.trim().toLowerCase();
}

/** Throws user.invalid_username. */
export function validUsername(raw: string): string {
  const username = normalizeUsername(raw);
  if (!USERNAME_PATTERN.test(username)) throw new AppError("user.invalid_username");
  return username;
}

/** Throws user.invalid_email. */
export function validEmail(raw: string): string {
  const email = normalizeEmail(raw);
  if (email.length > 254 || !EMAIL.safeParse(email).success)
    throw new AppError("user.invalid_email");
  return email;
}

export type IdentifierType = "username" | "email";

export const IdentifierSchema = z.object({
  type: z.enum(["username", "email"]),
  value: z.string().min(1).max(256),
});

export type Identifier = z.output<typeof IdentifierSchema>;

export { guessIdentifier } from "./guess-identifier";
