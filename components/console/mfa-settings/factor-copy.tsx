// How the console names and describes each factor type.
import type { ReactNode } from "react";
import type { FactorType } from "@/lib/mfa/factor-types";
import { AuthenticatorIcon, BackupCodesIcon, PasskeyIcon } from "./icons";

export const FACTOR_COPY: Record<
  FactorType,
  {
    title: string;
    description: string;
    icon: ReactNode;
    /** Plural noun for summaries: "People can use authenticator apps and passkeys." */
    plural: string;
  }
> = {
  Totp: {
    title: "Authenticator app OTP",
    description: "One-time codes from Google Authenticator, 1Password, Authy or a similar app",
    icon: <AuthenticatorIcon />,
    plural: "authenticator apps",
  },
  WebAuthn: {
    title: "Passkeys and security keys",
    description: "Face ID, Touch ID, Windows Hello or a security key",
    icon: <PasskeyIcon />,
    plural: "passkeys",
  },
  BackupCode: {
    title: "Backup codes",
    description: "10 one-time codes for when the other factors are out of reach",
    icon: <BackupCodesIcon />,
    plural: "backup codes",
  },
};
