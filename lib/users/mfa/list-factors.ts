// A user's factors as admins and the Management API see them (never secrets or hashes).
import { sql } from "@/lib/db/sql";
import { factorRows, remainCodesOf } from "@/lib/mfa/factor-store";
import type { FactorType } from "@/lib/mfa/factors";

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
  const rows = await factorRows(sql`f."userId" = ${userId}`);
  return rows.map(({ unusedCodes, userId: _, ...f }) => ({
    ...f,
    ...remainCodesOf({ type: f.type, unusedCodes }),
  }));
}
