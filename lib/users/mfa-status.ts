// MFA at a glance for many users at once (the console's user list): their factors, whether an
// admin requires MFA, and what is locked (password sign-in, factor types). A fixed number of
// queries whatever the page size: users, their factors, and two for all their lockouts.

import { getDb } from "@/lib/db/client";
import { join, sql } from "@/lib/db/sql";
import { factorRows } from "@/lib/mfa/factor-store";
import { FACTOR_TYPES, FACTORS, type FactorType } from "@/lib/mfa/factors";
import { lockoutState, type PoolPolicy } from "@/lib/sentinel/lockout";
import { mfaPool, poolKey } from "@/lib/sentinel/mfa-pools";
import { PASSWORD_POOL, type PoolKey, passwordPoolKey, successPools } from "@/lib/sentinel/pool";

/** How many factors of a type a user holds (the console list's MFA column). */
export type FactorCount = { type: FactorType; count: number; remainCodes?: number };
/** What a lockout shuts: password sign-in, or one second-factor type. */
export type LockedStep = "Password" | FactorType;
/** `minutesLeft: null` is a hard lock: it lasts until an admin unlocks or another factor verifies. */
export type Lockout = { type: LockedStep; minutesLeft: number | null };
export type MfaStatus = { required: boolean; factors: FactorCount[]; lockouts: Lockout[] };

const MINUTE = 60_000;

/** Status per user id; ids with no user are left out. */
export async function mfaStatusOf(
  userIds: string[],
  now = new Date(),
): Promise<Map<string, MfaStatus>> {
  if (userIds.length === 0) return new Map();
  const [users, rows, lockouts] = await Promise.all([
    getDb().user.findMany({
      where: { id: { in: userIds } },
      select: { id: true, mfaRequired: true },
    }),
    factorRows(sql`f."userId" IN (${join(userIds)})`),
    userLockouts(userIds, now),
  ]);
  return new Map(
    users.map((user) => {
      const factors = FACTOR_TYPES.flatMap((type): FactorCount[] => {
        const ofType = rows.filter((f) => f.userId === user.id && f.type === type);
        if (ofType.length === 0) return [];
        if (FACTORS[type].cardinality !== "set") return [{ type, count: ofType.length }];
        const remainCodes = ofType.reduce((sum, f) => sum + f.unusedCodes, 0);
        return [{ type, count: ofType.length, remainCodes }];
      });
      return [
        user.id,
        { required: user.mfaRequired, factors, lockouts: lockouts.get(user.id) ?? [] },
      ];
    }),
  );
}

type Attempt = { subject: string; pool: string; createdAt: Date };

/** Each pool a user can be locked out of, in sign-in order, with the policy that counts it. */
async function lockablePools(mfaPolicy?: PoolPolicy) {
  const mfa = mfaPolicy ?? (await mfaPool());
  return [
    { type: "Password" as LockedStep, key: passwordPoolKey(""), policy: PASSWORD_POOL },
    ...FACTOR_TYPES.map((type) => ({
      type: type as LockedStep,
      key: poolKey("", type),
      policy: mfa,
    })),
  ];
}

/**
 * What is locked per user, password sign-in first, then factor types: the lockout rule
 * (lib/sentinel/lockout.ts) with each pool's policy (PASSWORD_POOL; `mfaPolicy`, by default the
 * sign-in experience's `mfaPool`), reading every user's history in two queries.
 */
export async function userLockouts(
  userIds: string[],
  now = new Date(),
  mfaPolicy?: PoolPolicy,
): Promise<Map<string, Lockout[]>> {
  const result = new Map<string, Lockout[]>();
  if (userIds.length === 0) return result;
  const pools = await lockablePools(mfaPolicy);
  const db = getDb();
  const successes = await db.sentinelAttempt.groupBy({
    by: ["subject", "pool"],
    where: {
      subject: { in: userIds },
      pool: { in: [...new Set(pools.flatMap((p) => successPools(p.key)))] },
      success: true,
    },
    _max: { createdAt: true },
  });
  const successAt = new Map(
    successes.map((s) => [`${s.subject} ${s.pool}`, s._max.createdAt?.getTime()]),
  );
  /** The pool's last success: the newest in any of its success pools, as at sign-in. */
  const lastSuccess = (subject: string, key: PoolKey) => {
    const times = successPools(key).flatMap((pool) => successAt.get(`${subject} ${pool}`) ?? []);
    return times.length ? Math.max(...times) : undefined;
  };
  // Failures that can still matter: inside the pool's horizon, or after the last success when
  // the pool has a hard lock.
  const failures = await db.sentinelAttempt.findMany({
    where: {
      success: false,
      OR: userIds.flatMap((subject) =>
        pools.map(({ key, policy }) => {
          const { pool } = key;
          const horizon = now.getTime() - (policy.windowMinutes + policy.lockMinutes) * MINUTE;
          const since = lastSuccess(subject, key);
          if (!policy.hardLimit) return { subject, pool, createdAt: { gt: new Date(horizon) } };
          return since === undefined
            ? { subject, pool }
            : { subject, pool, createdAt: { gt: new Date(Math.min(since, horizon)) } };
        }),
      ),
    },
    orderBy: { createdAt: "desc" },
    select: { subject: true, pool: true, createdAt: true },
  });
  const grouped = new Map<string, Attempt[]>();
  for (const failure of failures) {
    const key = `${failure.subject} ${failure.pool}`;
    const list = grouped.get(key);
    if (list) list.push(failure);
    else grouped.set(key, [failure]);
  }
  for (const subject of userIds) {
    const locks = pools.flatMap(({ type, key, policy }): Lockout[] => {
      const since = lastSuccess(subject, key);
      const history = {
        failures: (grouped.get(`${subject} ${key.pool}`) ?? []).map((f) => f.createdAt),
        lastSuccess: since === undefined ? undefined : new Date(since),
      };
      const state = lockoutState(history, policy, now);
      return state.locked ? [{ type, minutesLeft: state.minutesLeft }] : [];
    });
    if (locks.length > 0) result.set(subject, locks);
  }
  return result;
}
