// A user's factors as admins and the Management API see them (never secrets or hashes).
import { getDb } from "@/lib/db/client";
import { FACTORS, type FactorType } from "@/lib/mfa/factors";

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
    ...(FACTORS[f.type as FactorType].cardinality === "set" ? { remainCodes: _count.codes } : {}),
  }));
}
