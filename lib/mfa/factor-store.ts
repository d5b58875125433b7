// Reading a user's stored factors, and writing the factors a flow bound.

import { getDb } from "@/lib/db/client";
import { FACTORS, type FactorType } from "./factors";
import { type NewBackupCodes, storeBackupCodes } from "./factors/backup-code/store";
import type { FactorDb } from "./factors/store";
import { type NewTotp, storeTotp } from "./factors/totp/store";
import { type NewPasskey, storePasskey } from "./factors/webauthn/store";
import type { FactorSummary } from "./policy";

export async function factorSummaries(userId: string): Promise<FactorSummary[]> {
  const factors = await getDb().mfaFactor.findMany({
    where: { userId },
    select: {
      id: true,
      type: true,
      lastUsedAt: true,
      _count: { select: { codes: { where: { usedAt: null } } } },
    },
  });
  return factors.map((f) => ({
    id: f.id,
    type: f.type as FactorType,
    lastUsedAt: f.lastUsedAt,
    ...(FACTORS[f.type as FactorType].cardinality === "set" ? { remainCodes: f._count.codes } : {}),
  }));
}

/** A factor to store, per type (each type's module owns its row). */
export type NewFactor = NewTotp | NewBackupCodes | NewPasskey;

type Stores = {
  [T in FactorType]: (db: FactorDb, userId: string, f: NewFactor & { type: T }) => Promise<string>;
};

const STORES = {
  Totp: storeTotp,
  WebAuthn: storePasskey,
  BackupCode: storeBackupCodes,
} satisfies Stores;

/** Stores one factor through its type's module. Throws what that module throws. */
export function storeFactor(db: FactorDb, userId: string, factor: NewFactor): Promise<string> {
  const store = STORES[factor.type] as (
    db: FactorDb,
    userId: string,
    f: NewFactor,
  ) => Promise<string>;
  return store(db, userId, factor);
}
