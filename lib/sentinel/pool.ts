// Lockout pools: attempts are rows in the database, so every process sees the same counts.
// A pool locks for `lockMinutes` once `maxAttempts` failures fall within `windowMinutes`; with a
// `hardLimit`, that many failures in a row (no success between) lock it until a success is
// recorded (an admin unlock, or the user verifying another factor).
import { newId } from "@/lib/crypto/tokens";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/http/errors";

export type PoolPolicy = {
  maxAttempts: number;
  windowMinutes: number;
  lockMinutes: number;
  hardLimit?: number;
};

/** Passwords: 100 failures per user per rolling hour (DESIGN §3). */
export const PASSWORD_POOL: PoolPolicy = { maxAttempts: 100, windowMinutes: 60, lockMinutes: 60 };

/**
 * Username/email availability checks at registration, per client IP per rolling hour;
 * `maxAttempts` comes from TWOFOLD_IDENTIFIER_CHECKS_PER_HOUR (default 30).
 */
export const identifierCheckPool = (maxAttempts: number): PoolPolicy => ({
  maxAttempts,
  windowMinutes: 60,
  lockMinutes: 60,
});

export type PoolKey = { subject: string; pool: string };
export type PoolState = { locked: false } | { locked: true; minutesLeft: number | null };

const MINUTE = 60_000;

async function hardLocked(key: PoolKey, limit: number): Promise<boolean> {
  const db = getDb();
  const lastSuccess = await db.sentinelAttempt.findFirst({
    where: { ...key, success: true },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true },
  });
  const failures = await db.sentinelAttempt.count({
    where: {
      ...key,
      success: false,
      ...(lastSuccess ? { createdAt: { gt: lastSuccess.createdAt } } : {}),
    },
  });
  return failures >= limit;
}

export async function poolState(
  key: PoolKey,
  policy: PoolPolicy,
  now = new Date(),
): Promise<PoolState> {
  if (policy.hardLimit && (await hardLocked(key, policy.hardLimit)))
    return { locked: true, minutesLeft: null };
  const horizon = new Date(now.getTime() - (policy.windowMinutes + policy.lockMinutes) * MINUTE);
  const recent = await getDb().sentinelAttempt.findMany({
    where: { ...key, success: false, createdAt: { gt: horizon } },
    orderBy: { createdAt: "desc" },
    take: policy.maxAttempts,
    select: { createdAt: true },
  });
  const newest = recent[0]?.createdAt.getTime();
  const oldest = recent[policy.maxAttempts - 1]?.createdAt.getTime();
  if (newest === undefined || oldest === undefined) return { locked: false };
  if (newest - oldest > policy.windowMinutes * MINUTE) return { locked: false };
  const unlocksAt = newest + policy.lockMinutes * MINUTE;
  if (unlocksAt <= now.getTime()) return { locked: false };
  return {
    locked: true,
    minutesLeft: Math.max(1, Math.ceil((unlocksAt - now.getTime()) / MINUTE)),
  };
}

/** Throws session.verification_blocked_too_many_attempts with the minutes left (null: until unlocked). */
export async function assertPoolOpen(
  key: PoolKey,
  policy: PoolPolicy,
  data: Record<string, unknown> = {},
) {
  const state = await poolState(key, policy);
  if (state.locked) {
    throw new AppError("session.verification_blocked_too_many_attempts", {
      ...data,
      minutesLeft: state.minutesLeft,
    });
  }
}

export async function recordAttempt(key: PoolKey, success: boolean): Promise<void> {
  await getDb().sentinelAttempt.create({
    data: { id: newId(), subject: key.subject, pool: key.pool, success },
  });
}
