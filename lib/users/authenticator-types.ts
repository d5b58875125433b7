// Which authenticator types (not recovery codes) a user holds, for the console's warnings and
// next steps about an admin's own MFA.
import { getDb } from "@/lib/db/client";
import { AUTHENTICATOR_TYPES, type FactorType, parseFactorType } from "@/lib/mfa/factors";

export async function authenticatorTypesOf(userId: string): Promise<FactorType[]> {
  const rows = await getDb().mfaFactor.findMany({
    where: { userId, type: { in: AUTHENTICATOR_TYPES } },
    select: { type: true },
    distinct: ["type"],
  });
  return rows.flatMap((r) => parseFactorType(r.type) ?? []);
}
