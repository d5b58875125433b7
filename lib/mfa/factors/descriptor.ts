// What every factor type declares about itself, once: its role, lockout pool, RFC 8176 `amr`
// values, cardinality, verification rank and how it is named to users and admins. Pure data, so
// client components can read it too; the type's operations live beside it in its folder.
import type { ErrorCode } from "@/lib/core/errors";

/** An authenticator proves the user on its own; a recovery factor stands in for one, never alone. */
export type FactorRole = "authenticator" | "recovery";

/** "one per user", "any number", "one active set". */
export type Cardinality = "one" | "many" | "set";

export type FactorCopy = {
  /** Noun for lists and headings: "Authenticator app". */
  label: string;
  /** A stored factor in lists of a user's factors: "Backup codes". */
  storedLabel: string;
  /** Lower-case noun for sentences: "Remove passkey …". */
  noun: string;
  /** Plural noun for summaries: "People can use authenticator apps and passkeys." */
  plural: string;
  /** One line under the label when offering it for enrollment. */
  enrollHint: string;
  /** One line under the label in "Try another method". */
  verifyHint: string;
  /** What a lockout of the type blocks: "Passkeys are locked". */
  lockedNoun: string;
  /** The console's switch for the type. */
  settingTitle: string;
  settingDescription: string;
};

export type FactorDescriptor<T extends string = string> = {
  type: T;
  role: FactorRole;
  cardinality: Cardinality;
  /** The refusal when the user already holds what the cardinality allows (null: no limit). */
  inUse: ErrorCode | null;
  /** Order in "verify with": lower first; ties go to the most recently used. */
  rank: number;
  /** RFC 8176 values a verification of this type adds (passkeys add hwk or swk by device). */
  amr: readonly string[];
  /** The glyph drawn for it (a name in components/ui/outline-icons). */
  icon: "phone" | "fingerprint" | "codes";
  copy: FactorCopy;
};
