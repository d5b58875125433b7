// A user's factors as admins and the Management API see them (never secrets or hashes).
import { getDb } from "@/lib/db/client";
import type { FactorType } from "@/lib/mfa/factor-types";

export type FactorView = {
  id: string;
  type: FactorType;
  name: string | null;
  agent: string | null;
  createdAt: Date;
  lastUsedAt: Date | null;
  remainCodes?: number;
};

export async function listUserFactors(userId: string): Promise<FactorView[]> {
  const factors = await getDb().mfaFactor.findMany({
    where: { userId },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      type: true,
      name: true,
      agent: true,
      createdAt: true,
      lastUsedAt: true,
      _count: { select: { codes: { where: { usedAt: null } } } },
    },
  });
  return factors.map(({ _count, ...f }) => ({
    ...f,
    type: f.type as FactorType,
    ...(f.type === "BackupCode" ? { remainCodes: _count.codes } : {}),
  }));
}
