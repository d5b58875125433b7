// Checks a password inside its lockout pool: the attempt reserves its slot before the argon2id
// work, so parallel guesses cannot outrun the limit. A missing hash (unknown user, no password)
// costs the same work as a real one and fails the same way.

import { AppError } from "@/lib/core/errors";
import { verifyAgainstDummy, verifySecret } from "@/lib/crypto/password-hash";
import {
  failureAnswer,
  markSucceeded,
  PASSWORD_POOL,
  type PoolKey,
  reserveAttempt,
} from "@/lib/sentinel/pool";

export type PasswordCheck = { ok: true } | { ok: false; error: AppError };

/**
 * On a wrong password, `error` is session.invalid_credentials, or the lockout when this failure
 * reached the limit. Throws session.verification_blocked_too_many_attempts when already locked.
 */
export async function checkPassword(
  key: PoolKey,
  passwordHash: string | null | undefined,
  password: string,
): Promise<PasswordCheck> {
  const reservation = await reserveAttempt(key, PASSWORD_POOL);
  const ok = passwordHash
    ? await verifySecret(passwordHash, password)
    : await verifyAgainstDummy(password);
  if (!ok) {
    return {
      ok: false,
      error: failureAnswer(reservation, new AppError("session.invalid_credentials")),
    };
  }
  await markSucceeded(reservation);
  return { ok: true };
}
