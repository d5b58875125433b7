// Password rules after NIST 800-63B: 8–256 characters, no composition rules, not a common
// password, not containing the username. The common list is zxcvbn-ts's, loaded once on first use.
import { dictionary } from "@zxcvbn-ts/language-common";
import { AppError } from "@/lib/core/errors";

export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 256;

let common: Set<string> | undefined;

function commonPasswords(): Set<string> {
  common ??= new Set(
    (dictionary["passwords-common"] as string[]).filter((p) => p.length >= PASSWORD_MIN),
  );
  return common;
}

export function isCommonPassword(password: string): boolean {
  return commonPasswords().has(password.toLowerCase());
}

/** Throws password.too_short, password.too_long, password.too_common or password.contains_username. */
export function assertPasswordAllowed(password: string, username?: string | null): void {
  const length = [...password].length;
  if (length < PASSWORD_MIN) throw new AppError("password.too_short", { min: PASSWORD_MIN });
  if (length > PASSWORD_MAX) throw new AppError("password.too_long", { max: PASSWORD_MAX });
  if (isCommonPassword(password)) throw new AppError("password.too_common");
  if (username && password.toLowerCase().includes(username.toLowerCase())) {
    throw new AppError("password.contains_username");
  }
}
