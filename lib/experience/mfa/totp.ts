// TOTP steps of a flow: issue a new secret to bind, verify a code against it, or verify a code
// against the user's stored secret (replay-safe: the matched step must be newer than the last).
import { AppError } from "@/lib/core/errors";
import type { RequestMeta } from "@/lib/core/request-meta";
import { decryptSecret, encryptSecret } from "@/lib/crypto/aes-gcm";
import { direct, getDb } from "@/lib/db/client";
import { factorSummaries } from "@/lib/mfa/factor-store";
import { assertCanAdd } from "@/lib/mfa/factors/rules";
import { matchTotp } from "@/lib/mfa/factors/totp/codes";
import { enrollmentFor, issueTotpSecret } from "@/lib/mfa/factors/totp/issue";
import { getSettings } from "@/lib/settings/store";
import { saveFlow } from "../flow-store";
import { addRecord, getRecord } from "../records";
import type { Flow } from "../types";
import { beginMfaAttempt, flowSubject, guardMfaStep } from "./guard";

async function accountName(flow: Flow): Promise<string> {
  const subject = flowSubject(flow);
  if (!subject.userId) return subject.account;
  const user = await getDb().user.findUniqueOrThrow({ where: { id: subject.userId } });
  return user.primaryEmail ?? user.username ?? user.id;
}

/** Throws session.mfa.factor_not_enabled, user.totp_already_in_use. */
export async function createTotpSecret(flow: Flow) {
  const { userId } = flowSubject(flow);
  await guardMfaStep(flow, "Totp", null);
  assertCanAdd("Totp", userId ? await factorSummaries(userId) : []);
  const enrollment = await enrollmentFor(
    issueTotpSecret(),
    await accountName(flow),
    (await getSettings()).branding.productName,
  );
  const { record, data } = addRecord(flow, {
    type: "Totp",
    isNew: true,
    secret: encryptSecret(enrollment.secret),
    verified: false,
  });
  await saveFlow(flow, { data });
  // otpauthUri is for an "open in your authenticator app" link on phones.
  return { verificationId: record.id, ...enrollment };
}

export type VerifyTotpOptions = { code: string; verificationId?: string; meta: RequestMeta };

/** Throws session.mfa.invalid_totp_code and the attempt guards' errors. */
export async function verifyTotp(flow: Flow, { code, verificationId, meta }: VerifyTotpOptions) {
  return verificationId
    ? verifyNewSecret(flow, verificationId, code, meta)
    : verifyStoredSecret(flow, code, meta);
}

async function verifyNewSecret(
  flow: Flow,
  verificationId: string,
  code: string,
  meta: RequestMeta,
) {
  const record = getRecord(flow, verificationId, "Totp");
  if (!record.isNew || !record.secret) throw new AppError("session.verification_not_found");
  const attempt = await beginMfaAttempt({ flow, type: "Totp", userId: null, meta });
  const step = matchTotp(decryptSecret(record.secret), code);
  if (step === null) {
    throw await attempt.failed("invalid_code", new AppError("session.mfa.invalid_totp_code"));
  }
  const verifications = flow.data.verifications.map((r) =>
    r.id === record.id ? { ...record, verified: true, step } : r,
  );
  await attempt.succeeded((saving) =>
    saveFlow(flow, { data: { ...flow.data, verifications } }, saving),
  );
  return { verificationId: record.id };
}

async function verifyStoredSecret(flow: Flow, code: string, meta: RequestMeta) {
  const { userId } = flowSubject(flow);
  if (!userId) throw new AppError("session.mfa.invalid_totp_code");
  const attempt = await beginMfaAttempt({ flow, type: "Totp", userId, meta });
  // Raw statements on the direct connection: the TOTP verify is the hottest MFA step.
  const [factor] = await direct().$queryRaw<{ id: string; secret: string | null }[]>`
    SELECT "id", "secret" FROM "MfaFactor" WHERE "userId" = ${userId} AND "type" = 'Totp' LIMIT 1`;
  const step = factor?.secret ? matchTotp(decryptSecret(factor.secret), code) : null;
  // The step must be newer than the last one used, checked in the update itself so two
  // concurrent submissions of one code cannot both pass.
  const claimed =
    factor && step !== null
      ? await direct().$executeRaw`
          UPDATE "MfaFactor" SET "lastUsedStep" = ${step}, "lastUsedAt" = ${new Date()}
          WHERE "id" = ${factor.id} AND ("lastUsedStep" IS NULL OR "lastUsedStep" < ${step})`
      : 0;
  if (claimed !== 1) {
    const reason = !factor ? "no_factor" : step === null ? "invalid_code" : "replayed_code";
    throw await attempt.failed(reason, new AppError("session.mfa.invalid_totp_code"));
  }
  const { record, data } = addRecord(flow, {
    type: "Totp",
    isNew: false,
    verified: true,
    step: step ?? undefined,
  });
  await attempt.succeeded((saving) => saveFlow(flow, { data }, saving));
  return { verificationId: record.id };
}
