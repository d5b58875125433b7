// MFA endpoints and journeys for integration tests.

import * as skip from "@/app/api/experience/profile/mfa/mfa-skipped/route";
import * as bind from "@/app/api/experience/profile/mfa/route";
import * as backupGenerate from "@/app/api/experience/verification/backup-code/generate/route";
import * as backupVerify from "@/app/api/experience/verification/backup-code/verify/route";
import * as totpSecret from "@/app/api/experience/verification/totp/secret/route";
import * as totpVerify from "@/app/api/experience/verification/totp/verify/route";
import * as waAuthentication from "@/app/api/experience/verification/web-authn/authentication/route";
import * as waAuthenticationVerify from "@/app/api/experience/verification/web-authn/authentication/verify/route";
import * as waRegistration from "@/app/api/experience/verification/web-authn/registration/route";
import * as waRegistrationVerify from "@/app/api/experience/verification/web-authn/registration/verify/route";
import { getDb } from "@/lib/db/client";
import type { FactorType, MfaPolicy } from "@/lib/mfa/factor-types";
import { totpCode, totpStep } from "@/lib/mfa/factors/totp/codes";
import { saveSettings } from "@/lib/settings/store";
import type { CallOptions, TestClient } from "./client";
import { api, startRegistration } from "./experience";

export const mfaApi = {
  totpSecret: (c: TestClient) =>
    c.call(totpSecret.POST, "POST", "/api/experience/verification/totp/secret"),
  totpVerify: (c: TestClient, body: unknown, o: CallOptions = {}) =>
    c.call(totpVerify.POST, "POST", "/api/experience/verification/totp/verify", { body, ...o }),
  backupGenerate: (c: TestClient) =>
    c.call(backupGenerate.POST, "POST", "/api/experience/verification/backup-code/generate"),
  backupVerify: (c: TestClient, code: string) =>
    c.call(backupVerify.POST, "POST", "/api/experience/verification/backup-code/verify", {
      body: { code },
    }),
  bind: (c: TestClient, type: FactorType, verificationId: unknown) =>
    c.call(bind.POST, "POST", "/api/experience/profile/mfa", { body: { type, verificationId } }),
  skip: (c: TestClient) => c.call(skip.POST, "POST", "/api/experience/profile/mfa/mfa-skipped"),
};

export function setMfa(factors: FactorType[], policy: MfaPolicy = "PromptAtSignInAndSignUp") {
  return saveSettings({ mfa: { factors, policy } });
}

/** A code for the step `offset` steps from now. */
export function codeFor(secret: string, offset = 0): string {
  return totpCode(secret, totpStep() + offset);
}

/** In a flow that is identified, enrolls TOTP (and backup codes when asked); returns the secret and codes. */
export async function enrollTotp(client: TestClient, withBackupCodes = true) {
  const issued = await mfaApi.totpSecret(client);
  const secret = issued.body.secret as string;
  // The step the enrollment spends, so a test can replay exactly that code later.
  const enrolledStep = totpStep();
  await mfaApi.totpVerify(client, {
    code: totpCode(secret, enrolledStep),
    verificationId: issued.body.verificationId,
  });
  await mfaApi.bind(client, "Totp", issued.body.verificationId);
  let codes: string[] = [];
  if (withBackupCodes) {
    const generated = await mfaApi.backupGenerate(client);
    codes = generated.body.codes as string[];
    await mfaApi.bind(client, "BackupCode", generated.body.verificationId);
  }
  return { secret, codes, enrolledStep };
}

/** Starts a sign-in flow and passes the password step; the MFA steps are the caller's. */
export async function passwordStep(client: TestClient, identifier: string, password: string) {
  await api.start(client, "SignIn");
  const verified = await api.password(client, identifier, password);
  await api.identify(client, verified.body.verificationId);
}

export const webAuthnApi = {
  registration: (c: TestClient, o: CallOptions = {}) =>
    c.call(waRegistration.POST, "POST", "/api/experience/verification/web-authn/registration", o),
  registrationVerify: (c: TestClient, verificationId: unknown, payload: unknown) =>
    c.call(
      waRegistrationVerify.POST,
      "POST",
      "/api/experience/verification/web-authn/registration/verify",
      {
        body: { verificationId, payload },
      },
    ),
  authentication: (c: TestClient) =>
    c.call(waAuthentication.POST, "POST", "/api/experience/verification/web-authn/authentication"),
  authenticationVerify: (c: TestClient, verificationId: unknown, payload: unknown) =>
    c.call(
      waAuthenticationVerify.POST,
      "POST",
      "/api/experience/verification/web-authn/authentication/verify",
      {
        body: { verificationId, payload },
      },
    ),
};

/**
 * Registers a user who enrolls TOTP (and backup codes unless told not to) and completes the flow,
 * so the returned client is signed in.
 */
export async function registerWithTotp({ backupCodes = true } = {}) {
  const { client, ...input } = await startRegistration();
  const { secret, codes, enrolledStep } = await enrollTotp(client, backupCodes);
  const submitted = await api.submit(client);
  if (submitted.status !== 200)
    throw new Error(`registration failed: ${JSON.stringify(submitted.body)}`);
  await api.complete(client);
  const { id } = await getDb().user.findUniqueOrThrow({ where: { username: input.username } });
  return { ...input, id, secret, codes, enrolledStep, client };
}
