// The account API (/api/my-account) from the account page. Types mirror lib/account/schemas.ts
// as they arrive over the wire (dates as ISO strings).
import type {
  PublicKeyCredentialCreationOptionsJSON,
  PublicKeyCredentialRequestOptionsJSON,
} from "@simplewebauthn/browser";
import { sendJson } from "../experience/mfa/flow-api";

export type FactorType = "Totp" | "WebAuthn" | "BackupCode";

export type OwnFactor = {
  id: string;
  type: FactorType;
  name?: string | null;
  agent?: string | null;
  createdAt: string;
  lastUsedAt?: string | null;
  remainCodes?: number;
};

export type Reverification = {
  verified: boolean;
  passwordVerified: boolean;
  needsFactor: boolean;
  availableFactors: FactorType[];
  expiresAt: string | null;
};

export type AccountSecurity = {
  factors: OwnFactor[];
  enabledFactors: FactorType[];
  required: boolean;
  twoStepOn: boolean;
  reverification: Reverification;
};

export const REVERIFICATION_REQUIRED = "account.reverification_required";

const BASE = "/api/my-account";

export const accountApi = {
  security: () => sendJson<AccountSecurity>("GET", `${BASE}/security`),
  totpSecret: () =>
    sendJson<{ verificationId: string; secret: string; secretQrCode: string; otpauthUri: string }>(
      "POST",
      `${BASE}/mfa-verifications/totp-secret`,
      {},
    ),
  addTotp: (verificationId: string, code: string) =>
    sendJson<{ id: string }>("POST", `${BASE}/mfa-verifications`, {
      type: "Totp",
      verificationId,
      code,
    }),
  passkeyOptions: () =>
    sendJson<{
      verificationId: string;
      registrationOptions: PublicKeyCredentialCreationOptionsJSON;
    }>("POST", `${BASE}/mfa-verifications/web-authn-registration`, {}),
  addPasskey: (verificationId: string, payload: unknown) =>
    sendJson<{ id: string }>("POST", `${BASE}/mfa-verifications`, {
      type: "WebAuthn",
      verificationId,
      payload,
    }),
  newBackupCodes: () =>
    sendJson<{ codes: string[] }>("POST", `${BASE}/mfa-verifications`, { type: "BackupCode" }),
  rename: (id: string, name: string) =>
    sendJson<void>("PATCH", `${BASE}/mfa-verifications/${encodeURIComponent(id)}`, { name }),
  remove: (id: string) =>
    sendJson<void>("DELETE", `${BASE}/mfa-verifications/${encodeURIComponent(id)}`),
  password: (password: string) =>
    sendJson<Reverification>("POST", `${BASE}/verification/password`, { password }),
  totp: (code: string) => sendJson<Reverification>("POST", `${BASE}/verification/totp`, { code }),
  backupCode: (code: string) =>
    sendJson<Reverification>("POST", `${BASE}/verification/backup-code`, { code }),
  passkeyChallenge: () =>
    sendJson<{
      verificationId: string;
      authenticationOptions: PublicKeyCredentialRequestOptionsJSON;
    }>("POST", `${BASE}/verification/web-authn`, {}),
  passkeyAssertion: (verificationId: string, payload: unknown) =>
    sendJson<Reverification>("POST", `${BASE}/verification/web-authn/verify`, {
      verificationId,
      payload,
    }),
};
