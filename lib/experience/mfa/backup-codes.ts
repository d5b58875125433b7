// Backup-code steps of a flow: generate a new set to bind (stored as argon2id hashes; the codes
// stay sealed in the flow only until bound, see pending-backup-codes.ts), or spend one of the
// user's codes (consumed atomically: `usedAt IS NULL` in the update).
import { recordAudit } from "@/lib/audit/record";
import { AppError } from "@/lib/core/errors";
import type { RequestMeta } from "@/lib/core/request-meta";
import { verifySecret } from "@/lib/crypto/password-hash";
import { getDb } from "@/lib/db/client";
import { factorSummaries } from "@/lib/mfa/factor-store";
import { isBackupCodeShape, normalizeBackupCode } from "@/lib/mfa/factors/backup-code/codes";
import { issueBackupCodes } from "@/lib/mfa/factors/backup-code/issue";
import { assertCanAdd } from "@/lib/mfa/factors/rules";
import { saveFlow } from "../flow-store";
import { addRecord } from "../records";
import type { Flow } from "../types";
import { beginMfaAttempt, flowSubject, guardMfaStep } from "./guard";
import { pendingBackupCodes, sealBackupCodes } from "./pending-backup-codes";

async function unusedCodes(userId: string) {
  return getDb().backupCode.findMany({
    where: { usedAt: null, factor: { userId, type: "BackupCode" } },
    select: { id: true, hash: true, factorId: true },
  });
}

/**
 * Returns the flow's set waiting to be bound, else a new one. Throws
 * session.mfa.factor_not_enabled, user.backup_code_already_in_use.
 */
export async function generateFlowBackupCodes(flow: Flow) {
  const { userId } = flowSubject(flow);
  await guardMfaStep(flow, "BackupCode", null);
  const held = userId ? await factorSummaries(userId) : [];
  assertCanAdd("BackupCode", held, { cardinalityOnly: true });
  const pending = pendingBackupCodes(flow);
  if (pending) return pending;
  const { codes, hashes } = await issueBackupCodes();
  const { record, data } = addRecord(flow, {
    type: "BackupCode",
    isNew: true,
    hashes,
    sealedCodes: sealBackupCodes(codes),
    verified: true,
  });
  await saveFlow(flow, { data });
  return { verificationId: record.id, codes };
}

/** Throws session.mfa.invalid_backup_code and the attempt guards' errors. */
export async function verifyFlowBackupCode(flow: Flow, code: string, meta: RequestMeta) {
  const { userId } = flowSubject(flow);
  if (!userId) throw new AppError("session.mfa.invalid_backup_code");
  const attempt = await beginMfaAttempt({ flow, type: "BackupCode", userId, meta });
  const candidates = isBackupCodeShape(code) ? await unusedCodes(userId) : [];
  const typed = normalizeBackupCode(code);
  let match: (typeof candidates)[number] | undefined;
  for (const candidate of candidates) {
    if (await verifySecret(candidate.hash, typed)) match = candidate;
  }
  const spent = match
    ? await getDb().backupCode.updateMany({
        where: { id: match.id, usedAt: null },
        data: { usedAt: new Date() },
      })
    : { count: 0 };
  if (!match || spent.count !== 1) {
    const reason = match ? "already_used" : "invalid_code";
    throw await attempt.failed(reason, new AppError("session.mfa.invalid_backup_code"));
  }
  await getDb().mfaFactor.update({
    where: { id: match.factorId },
    data: { lastUsedAt: new Date() },
  });
  const { record, data } = addRecord(flow, { type: "BackupCode", isNew: false, verified: true });
  await attempt.succeeded((saving) => saveFlow(flow, { data }, saving));
  const remaining = candidates.length - 1;
  await recordAudit({
    type: "mfa.backup_code_used",
    actor: { type: "user", id: userId },
    userId,
    meta,
    data: { remaining },
  });
  return { verificationId: record.id, remaining };
}
