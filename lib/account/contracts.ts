// The account API's contracts (/api/my-account): the signed-in user's own factors and the
// re-verification that guards changing them. Cookie-authenticated like the hosted pages; writes
// must carry the site's Origin. Documented in /api/openapi.json beside the Management API.

import type { Contract } from "@/lib/api/contract";
import { MfaVerificationList } from "@/lib/api/schemas";
import type { ErrorCode } from "@/lib/core/errors";
import * as s from "./schemas";

const TAG = "My account";
const SESSION: ErrorCode[] = ["auth.unauthorized"];
const WRITE: ErrorCode[] = [
  ...SESSION,
  "request.origin_not_allowed",
  "guard.invalid_input",
  "guard.payload_too_large",
];
const GUARDED: ErrorCode[] = [...WRITE, "account.reverification_required"];
const LOCKOUT: ErrorCode[] = [
  "session.mfa.factor_not_enabled",
  "session.mfa.too_many_attempts",
  "session.verification_blocked_too_many_attempts",
];

export const accountContracts = {
  getAccountSecurity: {
    method: "get",
    path: "/api/my-account/security",
    summary:
      "Your factors, which types you can add, whether MFA is required, and your re-verification",
    tag: TAG,
    response: s.AccountSecurityView,
    status: 200,
    errors: SESSION,
    session: true,
  },
  listOwnMfaVerifications: {
    method: "get",
    path: "/api/my-account/mfa-verifications",
    summary: "Your MFA factors",
    tag: TAG,
    response: MfaVerificationList,
    status: 200,
    errors: SESSION,
    session: true,
  },
  addOwnMfaVerification: {
    method: "post",
    path: "/api/my-account/mfa-verifications",
    summary:
      "Add a factor: a TOTP secret confirmed with a code, a registered passkey, or a new backup-code set (replacing the old one)",
    tag: TAG,
    input: s.AddOwnFactorInput,
    response: s.AddedOwnFactor,
    status: 201,
    errors: [
      ...GUARDED,
      ...LOCKOUT,
      "session.verification_not_found",
      "session.mfa.verification_not_verified",
      "session.mfa.invalid_totp_code",
      "session.mfa.webauthn_verification_failed",
      "session.mfa.backup_code_can_not_be_alone",
      "user.totp_already_in_use",
      "user.passkey_already_in_use",
    ],
    session: true,
  },
  renameOwnMfaVerification: {
    method: "patch",
    path: "/api/my-account/mfa-verifications/{verificationId}",
    params: s.OwnFactorParams,
    summary: "Rename one of your passkeys",
    tag: TAG,
    input: s.RenameFactorInput,
    status: 204,
    errors: [...WRITE, "entity.not_found"],
    session: true,
  },
  removeOwnMfaVerification: {
    method: "delete",
    path: "/api/my-account/mfa-verifications/{verificationId}",
    params: s.OwnFactorParams,
    summary:
      "Remove one of your factors (your backup codes go with your last authenticator app or passkey)",
    tag: TAG,
    status: 204,
    errors: [...GUARDED, "entity.not_found", "account.last_factor_required"],
    session: true,
  },
  createOwnTotpSecret: {
    method: "post",
    path: "/api/my-account/mfa-verifications/totp-secret",
    summary: "Start adding an authenticator app: a new secret and its QR code",
    tag: TAG,
    response: s.TotpSecretView,
    status: 200,
    errors: [...GUARDED, "session.mfa.factor_not_enabled", "user.totp_already_in_use"],
    session: true,
  },
  createOwnPasskeyOptions: {
    method: "post",
    path: "/api/my-account/mfa-verifications/web-authn-registration",
    summary: "Start adding a passkey: WebAuthn registration options",
    tag: TAG,
    response: s.RegistrationOptionsView,
    status: 200,
    errors: [...GUARDED, "session.mfa.factor_not_enabled"],
    session: true,
  },
  getReverification: {
    method: "get",
    path: "/api/my-account/verification",
    summary: "Whether you re-verified in the last 10 minutes, and what is left to verify",
    tag: TAG,
    response: s.ReverificationView,
    status: 200,
    errors: SESSION,
    session: true,
  },
  reverifyPassword: {
    method: "post",
    path: "/api/my-account/verification/password",
    summary: "Re-verify with your password (starts a new re-verification)",
    tag: TAG,
    input: s.ReverifyPasswordInput,
    response: s.ReverificationView,
    status: 200,
    errors: [
      ...WRITE,
      "account.invalid_password",
      "session.verification_blocked_too_many_attempts",
    ],
    session: true,
  },
  reverifyTotp: {
    method: "post",
    path: "/api/my-account/verification/totp",
    summary: "Re-verify with a code from your authenticator app",
    tag: TAG,
    input: s.ReverifyCodeInput,
    response: s.ReverificationView,
    status: 200,
    errors: [...GUARDED, ...LOCKOUT, "session.mfa.invalid_totp_code"],
    session: true,
  },
  reverifyBackupCode: {
    method: "post",
    path: "/api/my-account/verification/backup-code",
    summary: "Re-verify with one of your backup codes (it is used up)",
    tag: TAG,
    input: s.ReverifyBackupCodeInput,
    response: s.ReverificationView,
    status: 200,
    errors: [...GUARDED, ...LOCKOUT, "session.mfa.invalid_backup_code"],
    session: true,
  },
  startReverifyWebAuthn: {
    method: "post",
    path: "/api/my-account/verification/web-authn",
    summary: "Re-verify with a passkey: WebAuthn authentication options",
    tag: TAG,
    response: s.AuthenticationOptionsView,
    status: 200,
    errors: [...GUARDED, ...LOCKOUT],
    session: true,
  },
  finishReverifyWebAuthn: {
    method: "post",
    path: "/api/my-account/verification/web-authn/verify",
    summary: "Re-verify with a passkey: the browser's assertion",
    tag: TAG,
    input: s.ReverifyWebAuthnInput,
    response: s.ReverificationView,
    status: 200,
    errors: [
      ...GUARDED,
      ...LOCKOUT,
      "session.verification_not_found",
      "session.mfa.webauthn_verification_failed",
    ],
    session: true,
  },
} satisfies Record<string, Contract>;
