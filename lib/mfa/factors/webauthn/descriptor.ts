import type { FactorDescriptor } from "../descriptor";

export const webAuthnFactor = {
  type: "WebAuthn",
  role: "authenticator",
  cardinality: "many",
  inUse: null,
  rank: 0,
  amr: ["user"],
  icon: "fingerprint",
  copy: {
    label: "Passkey",
    storedLabel: "Passkey",
    noun: "passkey",
    plural: "passkeys",
    enrollHint: "Face ID, Touch ID, Windows Hello or a security key",
    verifyHint: "Use your fingerprint, face, screen lock or security key",
    lockedNoun: "Passkeys",
    settingTitle: "Passkeys and security keys",
    settingDescription: "Face ID, Touch ID, Windows Hello or a security key",
  },
} as const satisfies FactorDescriptor<"WebAuthn">;
