// Registration step: checks the proposed username or email and password against the rules and
// remembers them (password already hashed) in the flow. Nothing about the user is written yet:
// the user row is created at submit, in the same transaction that completes the flow.

import { AppError } from "@/lib/core/errors";
import type { RequestMeta } from "@/lib/core/request-meta";
import { hashSecret } from "@/lib/crypto/password-hash";
import { getSettings } from "@/lib/settings/store";
import { assertIdentifiersAvailable } from "@/lib/users/assert-available";
import { assertIdentifierCheckAllowed } from "@/lib/users/identifier-check-limit";
import { type Identifier, validEmail, validUsername } from "@/lib/users/identifiers";
import { assertPasswordAllowed } from "@/lib/users/password-rules";
import { saveFlow } from "./flow-store";
import { addRecord, assertEvent } from "./records";
import type { Flow } from "./types";

export type NewIdentityOptions = {
  identifier: Identifier;
  password: string;
  email?: string;
  meta: RequestMeta;
};

/**
 * Returns the new verification's id. Throws session.registration_disabled, user.invalid_*,
 * user.*_already_in_use, password.*, session.verification_blocked_too_many_attempts (too many
 * availability checks from this IP), session.wrong_event, session.conflict.
 */
export async function verifyNewPasswordIdentity(flow: Flow, options: NewIdentityOptions) {
  assertEvent(flow, "Register");
  if (!(await getSettings()).registration.enabled)
    throw new AppError("session.registration_disabled");
  const { identifier, password } = options;
  const username = identifier.type === "username" ? validUsername(identifier.value) : null;
  const emailInput = identifier.type === "email" ? identifier.value : options.email;
  const primaryEmail = emailInput?.trim() ? validEmail(emailInput) : null;
  assertPasswordAllowed(password, username);
  await assertIdentifierCheckAllowed(options.meta);
  await assertIdentifiersAvailable({ username, primaryEmail });
  const passwordHash = await hashSecret(password);
  const { record, data } = addRecord(flow, {
    type: "NewPasswordIdentity",
    username,
    primaryEmail,
    passwordHash,
  });
  await saveFlow(flow, { data });
  return { verificationId: record.id };
}
