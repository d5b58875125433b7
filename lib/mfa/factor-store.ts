// Reading a user's stored factors, and writing the factors a flow bound.

import { AppError } from "@/lib/core/errors";
import { newId } from "@/lib/crypto/tokens";
import { type Db, getDb } from "@/lib/db/client";
import type { FactorType } from "./factor-types";
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
    ...(f.type === "BackupCode" ? { unusedCodes: f._count.codes } : {}),
  }));
}

export type NewFactor =
  | { type: "Totp"; secret: string; lastUsedStep: number | null }
  | { type: "BackupCode"; hashes: string[] }
  | {
      type: "WebAuthn";
      name: string;
      agent: string | null;
      credential: {
        credentialId: string;
        publicKey: string;
        counter: string;
        transports: string[];
        deviceType: string;
        backedUp: boolean;
        aaguid: string;
      };
    };

/**
 * Stores one factor; a new backup-code set replaces the old one. Throws
 * user.passkey_already_in_use when another flow stored the same credential first (the unique
 * credential id decides the race).
 */
export async function storeFactor(
  db: Pick<Db, "mfaFactor" | "backupCode">,
  userId: string,
  factor: NewFactor,
) {
  const id = newId();
  if (factor.type === "Totp") {
    await db.mfaFactor.create({
      data: { id, userId, type: "Totp", secret: factor.secret, lastUsedStep: factor.lastUsedStep },
    });
  } else if (factor.type === "BackupCode") {
    await db.mfaFactor.deleteMany({ where: { userId, type: "BackupCode" } });
    await db.mfaFactor.create({
      data: {
        id,
        userId,
        type: "BackupCode",
        codes: { create: factor.hashes.map((hash) => ({ id: newId(), hash })) },
      },
    });
  } else {
    const c = factor.credential;
    await db.mfaFactor
      .create({
        data: {
          id,
          userId,
          type: "WebAuthn",
          name: factor.name,
          agent: factor.agent,
          credentialId: c.credentialId,
          publicKey: c.publicKey,
          counter: BigInt(c.counter),
          transports: JSON.stringify(c.transports),
          deviceType: c.deviceType,
          backedUp: c.backedUp,
          aaguid: c.aaguid,
        },
      })
      .catch((error: unknown) => {
        // The factor id is fresh, so the only unique value that can clash is the credential id.
        if ((error as { code?: string })?.code === "P2002") {
          throw new AppError("user.passkey_already_in_use");
        }
        throw error;
      });
  }
  return id;
}
