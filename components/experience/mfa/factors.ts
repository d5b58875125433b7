// How the hosted pages name and describe each factor type (shared by server and client parts).
import type { FactorType } from "@/lib/mfa/factor-types";

export type FactorCopy = {
  /** Noun for lists and headings: "Authenticator app". */
  label: string;
  /** One line under the label when offering it for enrollment. */
  enrollHint: string;
  /** One line under the label in "Try another method". */
  verifyHint: string;
  /** "… are locked": what a lockout of this type blocks. */
  lockedNoun: string;
};

export const FACTOR_COPY: Record<FactorType, FactorCopy> = {
  Totp: {
    label: "Authenticator app",
    enrollHint: "Google Authenticator, 1Password, Authy…",
    verifyHint: "Enter the 6-digit code from your app",
    lockedNoun: "Authenticator app codes",
  },
  WebAuthn: {
    label: "Passkey",
    enrollHint: "Face ID, Touch ID, Windows Hello or a security key",
    verifyHint: "Use your fingerprint, face, screen lock or security key",
    lockedNoun: "Passkeys",
  },
  BackupCode: {
    label: "Backup code",
    enrollHint: "One-time codes for when you lose your other method",
    verifyHint: "Enter one of the codes you saved",
    lockedNoun: "Backup codes",
  },
};

const TYPES: readonly FactorType[] = ["Totp", "WebAuthn", "BackupCode"];

/** A factor type from a query parameter, or undefined when it names none. */
export function parseFactorType(value: string | undefined): FactorType | undefined {
  return TYPES.find((t) => t === value);
}
