// The account API (/api/my-account) from the account page. Its types are the contracts' own
// schemas as they arrive over the wire (z.output: dates as ISO strings), imported as types only.
import type { z } from "zod";
import type {
  AccountSecurityView,
  AddedOwnFactor,
  AddOwnFactorInput,
  AuthenticationOptionsView,
  RegistrationOptionsView,
  RenameFactorInput,
  ReverificationView,
  ReverifyBackupCodeInput,
  ReverifyCodeInput,
  ReverifyPasswordInput,
  TotpSecretView,
} from "@/lib/account/schemas";
import type { MfaVerificationView } from "@/lib/api/schemas";
import type { FactorType } from "@/lib/mfa/factor-types";
import { sendJson } from "../experience/mfa/flow-api";

export type { FactorType };
export type OwnFactor = z.output<typeof MfaVerificationView>;
export type Reverification = z.output<typeof ReverificationView>;
export type AccountSecurity = z.output<typeof AccountSecurityView>;
type Added = z.output<typeof AddedOwnFactor>;

export const REVERIFICATION_REQUIRED = "account.reverification_required";

const BASE = "/api/my-account";

export const accountApi = {
  security: () => sendJson<AccountSecurity>("GET", `${BASE}/security`),
  totpSecret: () =>
    sendJson<z.output<typeof TotpSecretView>>("POST", `${BASE}/mfa-verifications/totp-secret`, {}),
  addTotp: (verificationId: string, code: string) =>
    sendJson<Added>("POST", `${BASE}/mfa-verifications`, {
      type: "Totp",
      verificationId,
      code,
    } satisfies z.input<typeof AddOwnFactorInput>),
  passkeyOptions: () =>
    sendJson<z.output<typeof RegistrationOptionsView>>(
      "POST",
      `${BASE}/mfa-verifications/web-authn-registration`,
      {},
    ),
  addPasskey: (verificationId: string, payload: unknown) =>
    sendJson<Added>("POST", `${BASE}/mfa-verifications`, {
      type: "WebAuthn",
      verificationId,
      payload,
    }),
  newBackupCodes: () =>
    sendJson<Added>("POST", `${BASE}/mfa-verifications`, {
      type: "BackupCode",
    } satisfies z.input<typeof AddOwnFactorInput>),
  rename: (id: string, name: string) =>
    sendJson<void>("PATCH", `${BASE}/mfa-verifications/${encodeURIComponent(id)}`, {
      name,
    } satisfies z.input<typeof RenameFactorInput>),
  remove: (id: string) =>
    sendJson<void>("DELETE", `${BASE}/mfa-verifications/${encodeURIComponent(id)}`),
  password: (password: string) =>
    sendJson<Reverification>("POST", `${BASE}/verification/password`, {
      password,
    } satisfies z.input<typeof ReverifyPasswordInput>),
  totp: (code: string) =>
    sendJson<Reverification>("POST", `${BASE}/verification/totp`, {
      code,
    } satisfies z.input<typeof ReverifyCodeInput>),
  backupCode: (code: string) =>
    sendJson<Reverification>("POST", `${BASE}/verification/backup-code`, {
      code,
    } satisfies z.input<typeof ReverifyBackupCodeInput>),
  passkeyChallenge: () =>
    sendJson<z.output<typeof AuthenticationOptionsView>>(
      "POST",
      `${BASE}/verification/web-authn`,
      {},
    ),
  passkeyAssertion: (verificationId: string, payload: unknown) =>
    sendJson<Reverification>("POST", `${BASE}/verification/web-authn/verify`, {
      verificationId,
      payload,
    }),
};
