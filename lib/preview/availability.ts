// How the settings decide what each preview screen looks like, or that the hosted pages would
// never show it. Pure: read by the preview frame, its views and their tests.
import type { FactorType } from "@/lib/mfa/factor-types";
import { isAuthenticator } from "@/lib/mfa/factors";
import type { PreviewSettings } from "./protocol";
import type { PreviewScreen } from "./screens";

/** How the console and the placeholder name a factor: "… is off". */
export const FACTOR_NAMES: Record<FactorType, string> = {
  Totp: "Authenticator app",
  WebAuthn: "Passkeys",
  BackupCode: "Backup codes",
};

/** The order the verify pages offer methods in (passkeys first, backup codes last). */
const VERIFY_ORDER: readonly FactorType[] = ["WebAuthn", "Totp", "BackupCode"];

const REQUIRES: Partial<Record<PreviewScreen, FactorType>> = {
  "totp-setup": "Totp",
  "passkey-setup": "WebAuthn",
  "backup-codes": "BackupCode",
  "verify-totp": "Totp",
  "verify-passkey": "WebAuthn",
  "verify-backup-code": "BackupCode",
};

export type Availability = { shown: true } | { shown: false; reason: string };

/** Methods a sample user who holds every enabled factor could verify with, in page order. */
export function verifiable(settings: PreviewSettings): FactorType[] {
  return VERIFY_ORDER.filter((t) => settings.factors.includes(t));
}

/** Types a user can enroll as their first factor (backup codes never come alone). */
export function enrollable(settings: PreviewSettings): FactorType[] {
  return settings.factors.filter(isAuthenticator);
}

export const canSkip = (settings: PreviewSettings) => settings.policy !== "Mandatory";

/** Whether the hosted pages would ever show this screen under these settings, and if not why. */
export function availability(screen: PreviewScreen, settings: PreviewSettings): Availability {
  const factor = REQUIRES[screen];
  if (factor && !settings.factors.includes(factor)) {
    const verb = factor === "Totp" ? "is" : "are";
    return {
      shown: false,
      reason: `This screen is not shown while ${FACTOR_NAMES[factor]} ${verb} off.`,
    };
  }
  const needsEnrollable = screen === "enroll-prompt" || screen === "factor-list";
  if (needsEnrollable && enrollable(settings).length === 0) {
    return {
      shown: false,
      reason: "This screen is not shown while both Authenticator app and Passkeys are off.",
    };
  }
  if (screen === "enroll-prompt" && settings.policy === "NoPrompt") {
    return {
      shown: false,
      reason:
        "This screen is not shown while people are never prompted to turn on 2-step verification.",
    };
  }
  const needsFactor = screen === "try-another-method" || screen === "lockout";
  if (needsFactor && verifiable(settings).length === 0) {
    return { shown: false, reason: "This screen is not shown while every factor is off." };
  }
  return { shown: true };
}

/** The factor a lockout screen shows as locked: the authenticator app when it is on. */
export function lockedFactor(settings: PreviewSettings): FactorType | undefined {
  return settings.factors.includes("Totp") ? "Totp" : verifiable(settings)[0];
}
