// A new backup-code set waits in its flow record until the user binds it. Until then the codes
// are kept sealed (AES-GCM, like a new TOTP secret), so a reloaded page or a second click shows
// the set the user may already have saved instead of silently replacing it; binding clears them.
import { decryptSecret, encryptSecret } from "@/lib/crypto/aes-gcm";
import type { Flow, VerificationRecord } from "../types";

export type PendingBackupCodes = { verificationId: string; codes: string[] };

export function sealBackupCodes(codes: string[]): string {
  return encryptSecret(JSON.stringify(codes));
}

/** The flow's newest generated set that is not bound yet, or null. */
export function pendingBackupCodes(flow: Flow): PendingBackupCodes | null {
  const record = flow.data.verifications.findLast(
    (r) => r.type === "BackupCode" && r.isNew && r.sealedCodes !== undefined,
  );
  if (record?.type !== "BackupCode" || !record.sealedCodes) return null;
  if (flow.data.bindings.some((b) => b.verificationId === record.id)) return null;
  return { verificationId: record.id, codes: JSON.parse(decryptSecret(record.sealedCodes)) };
}

/** The records with a bound set's sealed codes dropped: once bound, they are never shown again. */
export function withoutSealedCodes(records: VerificationRecord[], verificationId: string) {
  return records.map((r) => {
    if (r.id !== verificationId || r.type !== "BackupCode") return r;
    const { sealedCodes: _dropped, ...rest } = r;
    return rest;
  });
}
