// Factors an admin or backend creates for a user (Management API): a TOTP secret (generated or
// supplied) to hand over with its QR code, or a backup-code set (generated or supplied). Both
// are bound at once; backup codes never as the user's only factor.
import QRCode from "qrcode";
import { type AuditActor, recordAudit } from "@/lib/audit/record";
import { getConfig } from "@/lib/config";
import { AppError } from "@/lib/core/errors";
import type { RequestMeta } from "@/lib/core/request-meta";
import { encryptSecret } from "@/lib/crypto/aes-gcm";
import { hashSecret } from "@/lib/crypto/password-hash";
import { getDb } from "@/lib/db/client";
import {
  generateBackupCodes,
  isBackupCodeShape,
  normalizeBackupCode,
} from "@/lib/mfa/backup-codes";
import { storeFactor } from "@/lib/mfa/factor-store";
import { isValidTotpSecret, newTotpSecret, otpauthUri } from "@/lib/mfa/totp";

export type CreateFactorContext = { userId: string; actor: AuditActor; meta?: RequestMeta };

async function loadUser(userId: string) {
  const user = await getDb().user.findUnique({
    where: { id: userId },
    include: { factors: { include: { codes: { where: { usedAt: null }, select: { id: true } } } } },
  });
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
  if (user.factors.some((f) => f.type === "Totp")) throw new AppError("user.totp_already_in_use");
  if (secret !== undefined && !isValidTotpSecret(secret))
    throw new AppError("user.totp_secret_invalid");
  const value = secret ?? newTotpSecret();
  const factorId = await storeFactor(getDb(), userId, {
    type: "Totp",
    secret: encryptSecret(value),
    lastUsedStep: null,
  });
  await recordAudit({
    type: "mfa.enrolled",
    actor,
    userId,
    meta,
    data: { factor: "Totp", factorId },
  });
  const uri = otpauthUri({
    issuer: getConfig().publicUrl.host,
    account: user.primaryEmail ?? user.username ?? user.id,
    secret: value,
  });
  return {
    type: "Totp" as const,
    secret: value,
    secretQrCode: await QRCode.toDataURL(uri, { margin: 1, width: 240 }),
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
  const user = await loadUser(userId);
  if (!user.factors.some((f) => f.type !== "BackupCode"))
    throw new AppError("session.mfa.backup_code_can_not_be_alone");
  if (user.factors.some((f) => f.type === "BackupCode" && f.codes.length > 0))
    throw new AppError("user.backup_code_already_in_use");
  if (
    codes !== undefined &&
    (codes.length === 0 ||
      codes.some((c) => !isBackupCodeShape(c)) ||
      new Set(codes.map(normalizeBackupCode)).size !== codes.length)
  ) {
    throw new AppError("user.wrong_backup_code_format");
  }
  const plain = codes ?? generateBackupCodes();
  const hashes = await Promise.all(plain.map((c) => hashSecret(normalizeBackupCode(c))));
  const factorId = await storeFactor(getDb(), userId, { type: "BackupCode", hashes });
  await recordAudit({
    type: "mfa.enrolled",
    actor,
    userId,
    meta,
    data: { factor: "BackupCode", factorId, count: plain.length },
  });
  return { type: "BackupCode" as const, codes: plain };
}
