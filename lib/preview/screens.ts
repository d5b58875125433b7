// The screens the live preview can show: the picker's groups and labels, and the hosted path of
// each. Pure: read by the console's pane and the preview page; what the settings make of each
// screen is in availability.ts, the sample data in sample.ts.

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
