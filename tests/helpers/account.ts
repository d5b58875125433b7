// The account API (/api/my-account) as a test sees it: one function per endpoint.
import * as factor from "@/app/api/my-account/mfa-verifications/[verificationId]/route";
import * as factors from "@/app/api/my-account/mfa-verifications/route";
import * as totpSecret from "@/app/api/my-account/mfa-verifications/totp-secret/route";
import * as passkeyOptions from "@/app/api/my-account/mfa-verifications/web-authn-registration/route";
import * as security from "@/app/api/my-account/security/route";
import * as backupCode from "@/app/api/my-account/verification/backup-code/route";
import * as password from "@/app/api/my-account/verification/password/route";
import * as reverification from "@/app/api/my-account/verification/route";
import * as totp from "@/app/api/my-account/verification/totp/route";
import * as webAuthn from "@/app/api/my-account/verification/web-authn/route";
import * as webAuthnVerify from "@/app/api/my-account/verification/web-authn/verify/route";
import { REVERIFICATION_MS } from "@/lib/account/reverification";
import { getDb } from "@/lib/db/client";
import type { CallOptions, TestClient } from "./client";

const BASE = "/api/my-account";

export const accountApi = {
  security: (c: TestClient) => c.call(security.GET, "GET", `${BASE}/security`),
  factors: (c: TestClient) => c.call(factors.GET, "GET", `${BASE}/mfa-verifications`),
  add: (c: TestClient, body: unknown, o: CallOptions = {}) =>
    c.call(factors.POST, "POST", `${BASE}/mfa-verifications`, { body, ...o }),
  rename: (c: TestClient, id: string, name: unknown) =>
    c.call(factor.PATCH, "PATCH", `${BASE}/mfa-verifications/${id}`, {
      body: { name },
      params: { verificationId: id },
    }),
  remove: (c: TestClient, id: string, o: CallOptions = {}) =>
    c.call(factor.DELETE, "DELETE", `${BASE}/mfa-verifications/${id}`, {
      params: { verificationId: id },
      ...o,
    }),
  totpSecret: (c: TestClient) =>
    c.call(totpSecret.POST, "POST", `${BASE}/mfa-verifications/totp-secret`),
  passkeyOptions: (c: TestClient) =>
    c.call(passkeyOptions.POST, "POST", `${BASE}/mfa-verifications/web-authn-registration`),
  reverification: (c: TestClient) => c.call(reverification.GET, "GET", `${BASE}/verification`),
  password: (c: TestClient, value: string, o: CallOptions = {}) =>
    c.call(password.POST, "POST", `${BASE}/verification/password`, {
      body: { password: value },
      ...o,
    }),
  totp: (c: TestClient, code: string) =>
    c.call(totp.POST, "POST", `${BASE}/verification/totp`, { body: { code } }),
  backupCode: (c: TestClient, code: string) =>
    c.call(backupCode.POST, "POST", `${BASE}/verification/backup-code`, { body: { code } }),
  webAuthn: (c: TestClient) => c.call(webAuthn.POST, "POST", `${BASE}/verification/web-authn`),
  webAuthnVerify: (c: TestClient, verificationId: unknown, payload: unknown) =>
    c.call(webAuthnVerify.POST, "POST", `${BASE}/verification/web-authn/verify`, {
      body: { verificationId, payload },
    }),
};

/**
 * Waits for a sign-in helper, then moves every session's start past the re-verification window,
 * so the sign-in no longer counts as a re-verification and the test re-verifies explicitly.
 */
export async function signedInEarlier<T>(signedIn: Promise<T>): Promise<T> {
  const result = await signedIn;
  const createdAt = new Date(Date.now() - REVERIFICATION_MS - 1000);
  await getDb().session.updateMany({ data: { createdAt } });
  return result;
}
