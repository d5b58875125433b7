// Issuing a backup-code set: ten new codes (or a supplied list), and the per-code argon2id hashes
// that are all the database ever keeps.
import { AppError } from "@/lib/core/errors";
import { hashSecret } from "@/lib/crypto/password-hash";
import { generateBackupCodes, isBackupCodeShape, normalizeBackupCode } from "./codes";

export type IssuedCodes = { codes: string[]; hashes: string[] };

/** Throws user.wrong_backup_code_format for an empty, malformed or repeating supplied list. */
export async function issueBackupCodes(supplied?: string[]): Promise<IssuedCodes> {
  if (
    supplied !== undefined &&
    (supplied.length === 0 ||
      supplied.some((c) => !isBackupCodeShape(c)) ||
      new Set(supplied.map(normalizeBackupCode)).size !== supplied.length)
  ) {
    throw new AppError("user.wrong_backup_code_format");
  }
  const codes = supplied ?? generateBackupCodes();
  const hashes = await Promise.all(codes.map((code) => hashSecret(normalizeBackupCode(code))));
  return { codes, hashes };
}
