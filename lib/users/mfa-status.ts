// MFA at a glance for many users at once (the console's user list): their factors, whether an
// admin requires MFA, and which factor types are locked. A fixed number of queries whatever the
// page size: one for users with their factors, two for the lockouts of all of them.

import { getDb } from "@/lib/db/client";
import { FACTOR_TYPES, FACTORS, type FactorType } from "@/lib/mfa/factors";
import { lockoutState, type PoolPolicy } from "@/lib/sentinel/lockout";
import { mfaPool, poolKey } from "@/lib/sentinel/mfa-pools";

/** How many factors of a type a user holds (the console list's MFA column). */
export type FactorCount = { type: FactorType; count: number; remainCodes?: number };
/** `minutesLeft: null` is a hard lock: it lasts until an admin unlocks or another factor verifies. */
export type Lockout = { type: FactorType; minutesLeft: number | null };
export type MfaStatus = { required: boolean; factors: FactorCount[]; lockouts: Lockout[] };

const MINUTE = 60_000;

/** Status per user id; ids with no user are left out. */
export async function mfaStatusOf(
  userIds: string[],
  now = new Date(),
): Promise<Map<string, MfaStatus>> {
  if (userIds.length === 0) return new Map();
  const [users, lockouts] = await Promise.all([
    getDb().user.findMany({
      where: { id: { in: userIds } },
      select: {
        id: true,
        mfaRequired: true,
        factors: {
          select: { type: true, _count: { select: { codes: { where: { usedAt: null } } } } },
        },
      },
    }),
    mfaLockouts(userIds, now),
  ]);
  return new Map(
    users.map((user) => {
      const factors = FACTOR_TYPES.flatMap((type): FactorCount[] => {
        const ofType = user.factors.filter((f) => f.type === type);
        if (ofType.length === 0) return [];
        if (FACTORS[type].cardinality !== "set") return [{ type, count: ofType.length }];
        const remainCodes = ofType.reduce((sum, f) => sum + f._count.codes, 0);
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

/**
 * The locked factor types per user, by the lockout rule (lib/sentinel/lockout.ts) with the
 * sign-in policy (`mfaPool`), reading every user's history in two queries.
 */
export async function mfaLockouts(
  userIds: string[],
  now = new Date(),
  policy?: PoolPolicy,
): Promise<Map<string, Lockout[]>> {
  const result = new Map<string, Lockout[]>();
  if (userIds.length === 0) return result;
  const rules = policy ?? (await mfaPool());
  const db = getDb();
  const pools = FACTOR_TYPES.map((type) => poolKey("", type).pool);
  const successes = await db.sentinelAttempt.groupBy({
    by: ["subject", "pool"],
    where: { subject: { in: userIds }, pool: { in: pools }, success: true },
    _max: { createdAt: true },
  });
  const lastSuccess = new Map(
    successes.map((s) => [`${s.subject} ${s.pool}`, s._max.createdAt?.getTime()]),
  );
  const horizon = now.getTime() - (rules.windowMinutes + rules.lockMinutes) * MINUTE;
  // Failures that can still matter: after the last success (hard lock) or inside the horizon.
  const failures = await db.sentinelAttempt.findMany({
    where: {
      success: false,
      OR: userIds.flatMap((subject) =>
        pools.map((pool) => {
          const since = lastSuccess.get(`${subject} ${pool}`);
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
    const locks = FACTOR_TYPES.flatMap((type): Lockout[] => {
      const key = `${subject} ${poolKey(subject, type).pool}`;
      const since = lastSuccess.get(key);
      const history = {
        failures: (grouped.get(key) ?? []).map((f) => f.createdAt),
        lastSuccess: since === undefined ? undefined : new Date(since),
      };
      const state = lockoutState(history, rules, now);
      return state.locked ? [{ type, minutesLeft: state.minutesLeft }] : [];
    });
    if (locks.length > 0) result.set(subject, locks);
  }
  return result;
}
