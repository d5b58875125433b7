// The rules about which factors a user may add, whoever adds them (the sign-in flow, the account
// page, an admin or the Management API): each type's cardinality, and recovery factors never
// alone. Pure: callers pass what the user holds (stored, plus what a flow is about to bind).
import { AppError } from "@/lib/core/errors";
import { FACTORS, type FactorType, isAuthenticator } from "./index";

/** A factor the user holds, or one a flow is about to bind; a code set counts while codes remain. */
export type Held = { type: string; remainCodes?: number };

export type AddOptions = {
  /** Replace the user's set rather than refuse (the account page's "generate new codes"). */
  replaceSet?: boolean;
  /** Check the cardinality only: the recovery rule waits for binding (a flow issuing codes). */
  cardinalityOnly?: boolean;
};

/**
 * Throws user.totp_already_in_use / user.backup_code_already_in_use when the type's cardinality
 * is full, session.mfa.backup_code_can_not_be_alone when a recovery factor would stand alone.
 */
export function assertCanAdd(type: FactorType, held: readonly Held[], options: AddOptions = {}) {
  const { cardinality, role, inUse } = FACTORS[type];
  const same = held.filter((h) => h.type === type);
  const full =
    cardinality === "one"
      ? same.length > 0
      : cardinality === "set"
        ? !options.replaceSet && same.some((h) => (h.remainCodes ?? 0) > 0)
        : false;
  if (full && inUse) throw new AppError(inUse);
  if (
    !options.cardinalityOnly &&
    role === "recovery" &&
    !held.some((h) => isAuthenticator(h.type))
  ) {
    throw new AppError("session.mfa.backup_code_can_not_be_alone");
  }
}
