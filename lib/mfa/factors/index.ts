// The factor registry: every factor type, registered once. Every list of types, enum, ranking
// and label elsewhere derives from it, so a new type is one more folder and one more line here,
// and the compiler then points at each place that must handle it. No zod here (client components
// read the registry); the types' schema is FactorTypeSchema in lib/mfa/factor-types.
import { backupCodeFactor } from "./backup-code/descriptor";
import type { FactorDescriptor } from "./descriptor";
import { onlyRecoveryAmong } from "./only-recovery";
import { totpFactor } from "./totp/descriptor";
import { webAuthnFactor } from "./webauthn/descriptor";

export type { FactorCopy, FactorDescriptor, FactorRole } from "./descriptor";

export const FACTORS = {
  Totp: totpFactor,
  WebAuthn: webAuthnFactor,
  BackupCode: backupCodeFactor,
} as const satisfies { [T in string]: FactorDescriptor<T> };

export type FactorType = keyof typeof FACTORS;

/** Every type, in the registry's order. */
export const FACTOR_TYPES = Object.keys(FACTORS) as [FactorType, ...FactorType[]];

export const factor = <T extends FactorType>(type: T): (typeof FACTORS)[T] => FACTORS[type];

/** Takes a stored row's type as it is (a string); an unknown type is no authenticator. */
export const isAuthenticator = (type: string) =>
  (FACTORS as Record<string, FactorDescriptor>)[type]?.role === "authenticator";

/** Types that prove the user on their own (everything but recovery factors). */
export const AUTHENTICATOR_TYPES = FACTOR_TYPES.filter(isAuthenticator);

/** A factor type from untrusted text, or undefined when it names none. */
export function parseFactorType(value: unknown): FactorType | undefined {
  return FACTOR_TYPES.find((t) => t === value);
}

/** Recovery factors (backup codes) never stand alone: true when `types` has only those. */
export const onlyRecovery = (types: readonly FactorType[]) =>
  onlyRecoveryAmong(types, AUTHENTICATOR_TYPES);
