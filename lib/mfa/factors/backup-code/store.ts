// A user's backup-code set: one per user, so a new set replaces the old one (used or not).
import { newId } from "@/lib/crypto/tokens";
import type { FactorDb } from "../store";

export type NewBackupCodes = { type: "BackupCode"; hashes: string[] };

export async function storeBackupCodes(
  db: FactorDb,
  userId: string,
  factor: NewBackupCodes,
): Promise<string> {
  const id = newId();
  await db.mfaFactor.deleteMany({ where: { userId, type: "BackupCode" } });
  await db.mfaFactor.create({
    data: {
      id,
      userId,
      type: "BackupCode",
      codes: { create: factor.hashes.map((hash) => ({ id: newId(), hash })) },
    },
  });
  return id;
}
