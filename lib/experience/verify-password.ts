// Sign-in step: checks a password. Unknown users and wrong passwords fail with the same code
// after the same argon2id work, and both count against a lockout pool, so neither timing nor
// the lockout reveals whether an account exists.
import { recordAudit } from "@/lib/audit/record";
import { AppError } from "@/lib/core/errors";
import type { RequestMeta } from "@/lib/core/request-meta";
import { sha256 } from "@/lib/crypto/tokens";
import { passwordPoolKey } from "@/lib/sentinel/pool";
import { checkPassword } from "@/lib/users/check-password";
import { findUserByIdentifier } from "@/lib/users/find-user";
import type { Identifier } from "@/lib/users/identifiers";
import { saveFlow } from "./flow-store";
import { addRecord, assertEvent } from "./records";
import type { Flow } from "./types";

export type VerifyPasswordOptions = { identifier: Identifier; password: string; meta: RequestMeta };

/**
 * Returns the new verification's id. Throws session.invalid_credentials,
 * session.verification_blocked_too_many_attempts, session.wrong_event, session.conflict.
 */
export async function verifyPassword(flow: Flow, options: VerifyPasswordOptions) {
  assertEvent(flow, "SignIn");
  const { identifier, password, meta } = options;
  const user = await findUserByIdentifier(identifier);
  const key = passwordPoolKey(
    user?.id ?? `unknown:${sha256(`${identifier.type}:${identifier.value.trim().toLowerCase()}`)}`,
  );
  const actor = { type: "user" as const, id: user?.id };
  let check: Awaited<ReturnType<typeof checkPassword>>;
  try {
    check = await checkPassword(key, user?.passwordHash, password);
  } catch (error) {
    await recordAudit({ type: "sign_in.blocked", actor, userId: user?.id, meta });
    throw error;
  }
  if (!check.ok || !user) {
    await recordAudit({
      type: "sign_in.failed",
      actor,
      userId: user?.id,
      meta,
      data: { identifierType: identifier.type, reason: "invalid_credentials" },
    });
    throw check.ok ? new AppError("session.invalid_credentials") : check.error;
  }
  const { record, data } = addRecord(flow, { type: "Password", userId: user.id });
  await saveFlow(flow, { data });
  return { verificationId: record.id };
}
