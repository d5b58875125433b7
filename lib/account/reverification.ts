// Whether a signed-in user has proved their identity again recently enough to change factors:
// a password check, plus one of their usable factors when they have any, all within
// the last 10 minutes. The session's own sign-in counts as such a proof (a Session record, timed
// at the session's creation). Pure: the caller supplies the account flow, the usable types and
// the clock.

import { isFactorRecord } from "@/lib/experience/records";
import type { Flow, VerificationRecord } from "@/lib/experience/types";
import type { FactorType } from "@/lib/mfa/factors";

export const REVERIFICATION_MS = 10 * 60 * 1000;

export type ReverificationState = {
  verified: boolean;
  passwordVerified: boolean;
  /** The user has usable factors and has not verified one in this re-verification. */
  needsFactor: boolean;
  /** Factor types the user can verify, in the order the sign-in offers them. */
  availableFactors: FactorType[];
  /** When a complete re-verification stops counting. */
  expiresAt: Date | null;
};

/** The password, checked in this re-verification or by the session's own sign-in. */
function isPasswordProof(r: VerificationRecord) {
  return r.type === "Password" || (r.type === "Session" && r.amr.includes("pwd"));
}

/** An existing factor verified, or a new one stored (bound) in this re-verification. */
function isFactorProof(flow: Flow, r: VerificationRecord) {
  // A sign-in reaches "mfa" only with a password and a second factor (lib/experience/amr.ts).
  if (r.type === "Session") return r.amr.includes("mfa");
  if (!isFactorRecord(r)) return false;
  if (!r.verified) return false;
  return !r.isNew || flow.data.bindings.some((b) => b.verificationId === r.id);
}

function unverified(availableFactors: FactorType[]): ReverificationState {
  return {
    verified: false,
    passwordVerified: false,
    needsFactor: availableFactors.length > 0,
    availableFactors,
    expiresAt: null,
  };
}

export function reverificationState(
  flow: Flow | null,
  availableFactors: FactorType[],
  now: Date,
): ReverificationState {
  const fresh = (r: VerificationRecord) =>
    Date.parse(r.createdAt) + REVERIFICATION_MS > now.getTime();
  if (flow?.event !== "Account") return unverified(availableFactors);
  const records = flow.data.verifications.filter(fresh);
  const password = records.find(isPasswordProof);
  // A factor added in this re-verification also proves possession, so adding a first factor
  // does not end the re-verification it happened in.
  const factor = records.find((r) => isFactorProof(flow, r));
  const needsFactor = availableFactors.length > 0 && !factor;
  const verified = Boolean(password) && !needsFactor;
  const oldest = [password, availableFactors.length > 0 ? factor : undefined]
    .filter((r): r is VerificationRecord => r !== undefined)
    .map((r) => Date.parse(r.createdAt));
  return {
    verified,
    passwordVerified: Boolean(password),
    needsFactor,
    availableFactors,
    expiresAt: verified ? new Date(Math.min(...oldest) + REVERIFICATION_MS) : null,
  };
}
