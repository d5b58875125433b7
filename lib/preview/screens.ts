// The screens the live preview can show, how the settings decide what each looks like, and the
// sample data they are filled with. Pure: shared by the preview page, the pane and their tests.

import type { FactorType } from "@/lib/mfa/factor-types";
import { isAuthenticator } from "@/lib/mfa/factors";
import type { PreviewSettings } from "./protocol";

export const SCREEN_GROUPS = [
  { label: "Sign-in", screens: [{ id: "sign-in", label: "Sign in" }] },
  {
    label: "Enrollment",
    screens: [
      { id: "enroll-prompt", label: "Enrollment prompt" },
      { id: "factor-list", label: "Choose a method" },
      { id: "totp-setup", label: "Authenticator app setup (QR)" },
      { id: "passkey-setup", label: "Passkey setup" },
      { id: "backup-codes", label: "Backup codes" },
    ],
  },
  {
    label: "Verification",
    screens: [
      { id: "verify-totp", label: "Authenticator app code" },
      { id: "verify-passkey", label: "Passkey" },
      { id: "verify-backup-code", label: "Backup code" },
      { id: "try-another-method", label: "Try another method" },
    ],
  },
  { label: "Lockout", screens: [{ id: "lockout", label: "Too many attempts" }] },
] as const;

export type PreviewScreen = (typeof SCREEN_GROUPS)[number]["screens"][number]["id"];

export const SCREENS: readonly PreviewScreen[] = SCREEN_GROUPS.flatMap((g) =>
  g.screens.map((s) => s.id),
);

/** The address each screen has on the hosted pages, shown in the desktop frame's address bar. */
export const SCREEN_PATHS: Record<PreviewScreen, string> = {
  "sign-in": "/sign-in",
  "enroll-prompt": "/mfa/enroll",
  "factor-list": "/mfa/enroll?choose=1",
  "totp-setup": "/mfa/totp-setup",
  "passkey-setup": "/mfa/passkey-setup",
  "backup-codes": "/mfa/backup-codes",
  "verify-totp": "/mfa/verify?method=Totp",
  "verify-passkey": "/mfa/verify?method=WebAuthn",
  "verify-backup-code": "/mfa/verify?method=BackupCode",
  "try-another-method": "/mfa/verify?choose=1",
  lockout: "/mfa/locked",
};

export function isPreviewScreen(value: string): value is PreviewScreen {
  return (SCREENS as readonly string[]).includes(value);
}

export const SAMPLE = {
  account: "alex@example.com",
  totpSecret: "HXDMVJECJJWSRB3HWIZR4IFUGFTMXBOZ",
  lockoutMinutes: 12,
  passkeyName: "MacBook Pro",
  backupCodes: [
    "k7m2p-9xq4d",
    "r3t8w-2hj6v",
    "b5n1c-7yz3f",
    "q9d4s-1mk8p",
    "h2v6x-5tr9a",
    "w8f3j-4nb2e",
    "c6p7y-3gd1u",
    "z4a9m-8ks5q",
    "e1x5r-6wv7t",
    "u3g8n-2cf4h",
  ],
} as const;

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
