// How a typed sign-in identifier is read. Apart from the identifier rules (zod), so the passkey
// button's client code reads it the same way the server action does without shipping zod.
import type { Identifier } from "./identifiers";

/** A sign-in identifier typed by the user: an "@" makes it an email. */
export function guessIdentifier(value: string): Identifier {
  return { type: value.includes("@") ? "email" : "username", value: value.trim() };
}
