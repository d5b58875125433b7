// Backup codes: 10 codes of 10 characters from an unambiguous lowercase alphabet (50 bits each),
// shown as xxxxx-xxxxx; input is case- and hyphen-insensitive.
import { randomInt } from "node:crypto";

export const BACKUP_CODE_COUNT = 10;
const ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"; // no i, l, o, 0, 1
const LENGTH = 10;

function oneCode(): string {
  let code = "";
  for (let i = 0; i < LENGTH; i++) code += ALPHABET[randomInt(ALPHABET.length)];
  return `${code.slice(0, 5)}-${code.slice(5)}`;
}

export function generateBackupCodes(count = BACKUP_CODE_COUNT): string[] {
  const codes = new Set<string>();
  while (codes.size < count) codes.add(oneCode());
  return [...codes];
}

/** The canonical form codes are hashed in: lowercase, no hyphens or spaces. */
export function normalizeBackupCode(input: string): string {
  return input.toLowerCase().replace(/[\s-]/g, "");
}

/** True when the input could be a backup code at all (checked before any hashing). */
export function isBackupCodeShape(input: string): boolean {
  const code = normalizeBackupCode(input);
  return code.length === LENGTH && [...code].every((c) => ALPHABET.includes(c));
}
