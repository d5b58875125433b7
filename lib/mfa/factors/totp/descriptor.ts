import type { FactorDescriptor } from "../descriptor";

export const totpFactor = {
  type: "Totp",
  role: "authenticator",
  cardinality: "one",
  inUse: "user.totp_already_in_use",
  rank: 1,
  amr: ["otp"],
  icon: "phone",
  copy: {
    label: "Authenticator app",
    storedLabel: "Authenticator app",
    noun: "authenticator app",
    plural: "authenticator apps",
    enrollHint: "Google Authenticator, 1Password, Authy…",
    verifyHint: "Enter the 6-digit code from your app",
    lockedNoun: "Authenticator app codes",
    settingTitle: "Authenticator app OTP",
    settingDescription:
      "One-time codes from Google Authenticator, 1Password, Authy or a similar app",
  },
} as const satisfies FactorDescriptor<"Totp">;
