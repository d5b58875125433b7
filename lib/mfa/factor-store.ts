// Reading a user's stored factors, writing the factors a flow bound, and the one transaction in
// which a user's factors change.

import { AppError } from "@/lib/core/errors";
import { type Db, direct, getDb } from "@/lib/db/client";
import type { RawDb } from "@/lib/db/direct";
import { lockForTransaction, type Sql, sql } from "@/lib/db/sql";
import { FACTORS, type FactorType } from "./factors";
import { type NewBackupCodes, storeBackupCodes } from "./factors/backup-code/store";
import type { FactorDb } from "./factors/store";
import { type NewTotp, storeTotp } from "./factors/totp/store";
import { type NewPasskey, storePasskey } from "./factors/webauthn/store";
import type { FactorSummary } from "./policy";

/** A stored factor as the readers below see it: never a secret, with its unused codes counted. */
export type FactorRow = {
  id: string;
  userId: string;
  type: FactorType;
  name: string | null;
  agent: string | null;
  createdAt: Date;
  lastUsedAt: Date | null;
  /** Backup codes not yet used (0 for types without codes). */
  unusedCodes: number;
};

/**
 * The factors matching `where` (trusted SQL over the MfaFactor columns), oldest first. The
 * unused codes are counted per factor through the factorId index: a join on a grouped count
 * would scan every user's codes on each call, and this runs on every sign-in step.
 */
export async function factorRows(where: Sql, db: RawDb = direct()): Promise<FactorRow[]> {
  const rows = await db.$queryRaw<FactorRow[]>`
    SELECT f."id", f."userId", f."type", f."name", f."agent", f."createdAt", f."lastUsedAt",
      (SELECT CAST(COUNT(*) AS INTEGER) FROM "BackupCode" c
        WHERE c."factorId" = f."id" AND c."usedAt" IS NULL) AS "unusedCodes"
    FROM "MfaFactor" f WHERE ${where} ORDER BY f."createdAt" ASC, f."id" ASC`;
  return rows.map((r) => ({ ...r, unusedCodes: Number(r.unusedCodes) }));
}

/** `remainCodes` for the types that hold a set of codes, nothing for the others. */
export function remainCodesOf(row: Pick<FactorRow, "type" | "unusedCodes">) {
  return FACTORS[row.type].cardinality === "set" ? { remainCodes: row.unusedCodes } : {};
}

export async function factorSummaries(userId: string): Promise<FactorSummary[]> {
  const rows = await factorRows(sql`f."userId" = ${userId}`);
  return rows.map((f) => ({
    id: f.id,
    type: f.type,
    lastUsedAt: f.lastUsedAt,
    ...remainCodesOf(f),
  }));
}

/** A stored factor as a change sees it: its row, with the unused codes the add rules count. */
export type HeldFactor = FactorRow & { remainCodes?: number };

/** A transaction's client, as a change to factors uses it: the factor tables and raw SQL. */
export type FactorTx = FactorDb & Pick<Db, "$executeRaw" | "$queryRaw">;

/**
 * Runs `work` in one transaction that holds the user's factor lock, with the user's factors as
 * read under it. Two requests changing one user's factors take turns, so a rule about what
 * remains (the last authenticator under Mandatory, backup codes never alone, one authenticator
 * app) sees what the other did. Every add and remove of a stored factor goes through here.
 */
export function changeFactors<R>(
  userId: string,
  work: (tx: FactorTx, factors: HeldFactor[]) => Promise<R>,
): Promise<R> {
  return getDb().$transaction(async (tx) => work(tx, await lockFactors(tx, userId)));
}

/** The key of a user's factor lock; deleting the user takes it too. */
export const factorLock = (userId: string) => `factors:${userId}`;

/**
 * Takes the user's factor lock in a transaction the caller runs (a flow's completion), and reads
 * the user's factors under it: what changeFactors does before its work. Throws entity.not_found
 * when the user is gone (deleted while this waited for the lock).
 */
export async function lockFactors(tx: RawDb, userId: string): Promise<HeldFactor[]> {
  await lockForTransaction(tx, factorLock(userId));
  const user = await tx.$queryRaw<unknown[]>`SELECT 1 FROM "User" WHERE "id" = ${userId}`;
  if (user.length === 0) throw new AppError("entity.not_found");
  const rows = await factorRows(sql`f."userId" = ${userId}`, tx);
  return rows.map((row) => ({ ...row, ...remainCodesOf(row) }));
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
