// Factors an admin or backend creates for a user (Management API): a TOTP secret (generated or
// supplied) to hand over with its QR code, or a backup-code set (generated or supplied). Both
// are bound at once; backup codes never as the user's only factor.
import { type AuditActor, recordAudit } from "@/lib/audit/record";
import { AppError } from "@/lib/core/errors";
import type { RequestMeta } from "@/lib/core/request-meta";
import { encryptSecret } from "@/lib/crypto/aes-gcm";
import { getDb } from "@/lib/db/client";
import { changeFactors, storeFactor } from "@/lib/mfa/factor-store";
import { issueBackupCodes } from "@/lib/mfa/factors/backup-code/issue";
import { assertCanAdd } from "@/lib/mfa/factors/rules";
import { enrollmentFor, issueTotpSecret } from "@/lib/mfa/factors/totp/issue";
import { getSettings } from "@/lib/settings/store";

export type CreateFactorContext = { userId: string; actor: AuditActor; meta?: RequestMeta };

async function loadUser(userId: string) {
  const user = await getDb().user.findUnique({ where: { id: userId } });
  if (!user) throw new AppError("entity.not_found");
  return user;
}

/** Throws entity.not_found, user.totp_already_in_use, user.totp_secret_invalid. */
export async function createTotpForUser({
  userId,
  secret,
  actor,
  meta,
}: CreateFactorContext & { secret?: string }) {
  const user = await loadUser(userId);
  const enrollment = await enrollmentFor(
    issueTotpSecret(secret),
    user.primaryEmail ?? user.username ?? user.id,
    (await getSettings()).branding.productName,
  );
  await changeFactors(userId, async (tx, held) => {
    assertCanAdd("Totp", held);
    const factorId = await storeFactor(tx, userId, {
      type: "Totp",
      secret: encryptSecret(enrollment.secret),
      lastUsedStep: null,
    });
    await recordAudit({
      type: "mfa.enrolled",
      actor,
      userId,
      meta,
      data: { factor: "Totp", factorId },
      db: tx,
    });
  });
  return {
    type: "Totp" as const,
    secret: enrollment.secret,
    secretQrCode: enrollment.secretQrCode,
  };
}

/**
 * Throws entity.not_found, session.mfa.backup_code_can_not_be_alone,
 * user.backup_code_already_in_use, user.wrong_backup_code_format.
 */
export async function createBackupCodesForUser({
  userId,
  codes,
  actor,
  meta,
}: CreateFactorContext & { codes?: string[] }) {
  await loadUser(userId);
  const issued = await issueBackupCodes(codes);
  await changeFactors(userId, async (tx, held) => {
    assertCanAdd("BackupCode", held);
    const factorId = await storeFactor(tx, userId, { type: "BackupCode", hashes: issued.hashes });
    await recordAudit({
      type: "mfa.enrolled",
      actor,
      userId,
      meta,
      data: { factor: "BackupCode", factorId, count: issued.codes.length },
      db: tx,
    });
  });
  return { type: "BackupCode" as const, codes: issued.codes };
}
