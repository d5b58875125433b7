// The second factors' lockout pools: one per user and factor type, with the sign-in experience's
// sentinel policy and the hard lock after 100 failures in a row (NIST 800-63B §5.2.2).
import { FACTOR_TYPES, type FactorType } from "@/lib/mfa/factors";
import { getSettings } from "@/lib/settings/store";
import type { PoolPolicy } from "./lockout";
import type { PoolKey } from "./pool";

const HARD_LIMIT = 100;

export async function mfaPool(): Promise<PoolPolicy> {
  const { sentinelPolicy } = await getSettings();
  return {
    maxAttempts: sentinelPolicy.maxAttempts,
    windowMinutes: 60,
    lockMinutes: sentinelPolicy.lockoutDuration,
    hardLimit: HARD_LIMIT,
  };
}

const poolName = (type: FactorType) => `mfa:${type}`;

/** A verified factor of any type ends the hard locks of all the user's factor types. */
const MFA_POOLS = FACTOR_TYPES.map(poolName);

export const poolKey = (userId: string, type: FactorType): PoolKey => ({
  subject: userId,
  pool: poolName(type),
  successesFrom: MFA_POOLS,
});
