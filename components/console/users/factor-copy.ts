// How the console names factors: type labels, a factor's name or device, and the sentences
// that name one ("Remove passkey 'Chrome on Linux'?"). Pure, shared by pages and components.
import { FACTORS, type FactorType } from "@/lib/mfa/factors";
import { describeDevice } from "@/lib/mfa/user-agent";
import type { LockedStep } from "@/lib/users/mfa-status";

/** "Chrome on macOS" from a user agent, or null when there is none to read. */
export function deviceName(userAgent: string | null): string | null {
  if (!userAgent) return null;
  const described = describeDevice(userAgent);
  // describeDevice falls back to "Passkey" for an unknown browser; say what it is here.
  return described.startsWith("Passkey")
    ? described.replace("Passkey", "Unknown browser")
    : described;
}

export type NamedFactor = {
  type: FactorType;
  name: string | null;
  agent: string | null;
  remainCodes?: number;
};

/** The factor's own name, else the device it was set up on, else null. */
export function factorName(factor: NamedFactor): string | null {
  return factor.name?.trim() || deviceName(factor.agent);
}

/** "Remove passkey 'Chrome on Linux'?", "Remove backup codes (7 left)?" */
export function removeQuestion(factor: NamedFactor): string {
  if (factor.type === "BackupCode") {
    return `Remove backup codes (${factor.remainCodes ?? 0} left)?`;
  }
  const name = factorName(factor);
  const noun = FACTORS[factor.type].copy.noun;
  return name ? `Remove ${noun} '${name}'?` : `Remove the ${noun}?`;
}

/** What a lockout shuts, as the subject of a sentence: "Password sign-in", "Passkeys". */
export function lockedLabel(type: LockedStep): string {
  return type === "Password" ? "Password sign-in" : FACTORS[type].copy.lockedNoun;
}

/** "Password sign-in is locked", "Passkeys are locked". */
export function lockedPhrase(type: LockedStep): string {
  return `${lockedLabel(type)} ${type === "Password" ? "is" : "are"} locked`;
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
